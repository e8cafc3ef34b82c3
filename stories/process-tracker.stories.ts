import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

type Args = { lang: 'da' | 'en' };

const meta: Meta<Args> = {
  title: 'Elements/process-tracker',
  component: 'process-tracker',
  args: { lang: 'da' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
};
export default meta;

/** Agreeing: approvals outstanding, the next step blocked with reasons. */
export const Agreeing: StoryObj<Args> = {
  render: ({ lang }) =>
    html`<process-tracker lang=${lang} .contract=${sampleContract('agreement')}></process-tracker>`,
};

/** Learning: the agreement done and approved. */
export const Learning: StoryObj<Args> = {
  render: ({ lang }) =>
    html`<process-tracker lang=${lang} .contract=${sampleContract('learning')}></process-tracker>`,
};

/** All five steps done. */
export const Completed: StoryObj<Args> = {
  render: ({ lang }) =>
    html`<process-tracker lang=${lang} .contract=${sampleContract('completed')}></process-tracker>`,
};
