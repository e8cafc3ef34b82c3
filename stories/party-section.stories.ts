import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

type Args = { party: 'a' | 'b' };

const meta: Meta<Args> = {
  title: 'Elements/party-section',
  component: 'party-section',
  args: { party: 'a' },
  argTypes: { party: { control: 'inline-radio', options: ['a', 'b'] } },
  render: ({ party }) =>
    html`<party-section
      party=${party}
      perspective=${`party-${party}`}
      .contract=${sampleContract()}
    ></party-section>`,
};
export default meta;

/** Party A's own block. */
export const PartyA: StoryObj<Args> = {};

/** Party B's own block. */
export const PartyB: StoryObj<Args> = { args: { party: 'b' } };
