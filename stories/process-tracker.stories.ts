import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

const meta: Meta = { title: 'Elements/process-tracker', component: 'process-tracker' };
export default meta;

/** Agreeing: approvals outstanding, the next step blocked with reasons. */
export const Agreeing: StoryObj = {
  render: () => html`<process-tracker .contract=${sampleContract('agreement')}></process-tracker>`,
};

/** Learning: the agreement done and approved. */
export const Learning: StoryObj = {
  render: () => html`<process-tracker .contract=${sampleContract('learning')}></process-tracker>`,
};

/** All five steps done. */
export const Completed: StoryObj = {
  render: () => html`<process-tracker .contract=${sampleContract('completed')}></process-tracker>`,
};
