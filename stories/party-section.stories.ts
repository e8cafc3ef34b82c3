import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

const meta: Meta<{ lang: 'da' | 'en'; party: 'a' | 'b' }> = {
  title: 'Elements/party-section',
  component: 'party-section',
  args: { lang: 'da', party: 'a' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    party: { control: 'inline-radio', options: ['a', 'b'] },
  },
  render: ({ lang, party }) =>
    html`<party-section
      lang=${lang}
      party=${party}
      perspective=${`party-${party}`}
      .contract=${sampleContract()}
    ></party-section>`,
};
export default meta;

/** Party A's own block. */
export const PartyA: StoryObj<{ lang: 'da' | 'en'; party: 'a' | 'b' }> = {};

/** Party B's own block. */
export const PartyB: StoryObj<{ lang: 'da' | 'en'; party: 'a' | 'b' }> = { args: { party: 'b' } };
