import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

const meta: Meta = { title: 'Elements/contract-form', component: 'contract-form' };
export default meta;

/** The agreement step, filled in. */
export const Filled: StoryObj = {
  render: () => html`<contract-form .contract=${sampleContract('agreement')}></contract-form>`,
};

/** A configuration with a mistake: the editor sees where. */
export const BadConfiguration: StoryObj = {
  render: () =>
    html`<contract-form
      .config=${{ sections: [{ id: 'plan' }, { id: 'plan' }] }}
      .contract=${sampleContract()}
    ></contract-form>`,
};
