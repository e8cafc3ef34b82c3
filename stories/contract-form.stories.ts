import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

const meta: Meta<{ lang: 'da' | 'en' }> = {
  title: 'Elements/contract-form',
  component: 'contract-form',
  args: { lang: 'da' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
};
export default meta;

/** The agreement step, filled in. */
export const Filled: StoryObj<{ lang: 'da' | 'en' }> = {
  render: ({ lang }) =>
    html`<contract-form lang=${lang} .contract=${sampleContract('agreement')}></contract-form>`,
};

/** A configuration with a mistake: the editor sees where. */
export const BadConfiguration: StoryObj<{ lang: 'da' | 'en' }> = {
  render: ({ lang }) =>
    html`<contract-form
      lang=${lang}
      .config=${{ sections: [{ id: 'plan' }, { id: 'plan' }] }}
      .contract=${sampleContract()}
    ></contract-form>`,
};
