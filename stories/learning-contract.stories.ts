import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';

interface Args {
  lang: 'da' | 'en';
  contractId: string;
}

const meta: Meta<Args> = {
  title: 'Elements/learning-contract',
  component: 'learning-contract',
  args: { lang: 'da', contractId: 'storybook-example' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
  },
  render: ({ lang, contractId }) =>
    html`<learning-contract
      lang=${lang}
      contract-id=${contractId}
      storage="memory"
    ></learning-contract>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A new, empty contract in Danish, kept in memory while the page is open. */
export const Empty: Story = {};

/** The same contract in English. */
export const English: Story = { args: { lang: 'en', contractId: 'storybook-english' } };
