import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

type Args = { lang: 'da' | 'en' };

const meta: Meta<Args> = {
  title: 'Elements/evaluation-checklist',
  component: 'evaluation-checklist',
  args: { lang: 'da' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
};
export default meta;

/** The partners' five questions. */
export const Joint: StoryObj<Args> = {
  render: ({ lang }) =>
    html`<evaluation-checklist
      lang=${lang}
      kind="joint"
      .contract=${sampleContract('evaluation')}
    ></evaluation-checklist>`,
};

/** Party A with their leader, as the leader sees it. */
export const WithLeader: StoryObj<Args> = {
  render: ({ lang }) =>
    html`<evaluation-checklist
      lang=${lang}
      kind="leader"
      party="a"
      perspective="leader-a"
      .contract=${sampleContract('closing')}
    ></evaluation-checklist>`,
};
