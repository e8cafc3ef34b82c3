import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

const meta: Meta = { title: 'Elements/evaluation-checklist', component: 'evaluation-checklist' };
export default meta;

/** The partners' five questions. */
export const Joint: StoryObj = {
  render: () =>
    html`<evaluation-checklist
      kind="joint"
      .contract=${sampleContract('evaluation')}
    ></evaluation-checklist>`,
};

/** Party A with their leader, as the leader sees it. */
export const WithLeader: StoryObj = {
  render: () =>
    html`<evaluation-checklist
      kind="leader"
      party="a"
      perspective="leader-a"
      .contract=${sampleContract('closing')}
    ></evaluation-checklist>`,
};
