import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { sampleContract } from './support/sample-contract.js';

interface Args {
  lang: 'da' | 'en';
  perspective: 'party-a' | 'party-b' | 'leader-a' | 'leader-b' | 'supervisor';
  readonly: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/learning-contract',
  component: 'learning-contract',
  args: { lang: 'da', perspective: 'party-a', readonly: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    perspective: {
      control: 'select',
      options: ['party-a', 'party-b', 'leader-a', 'leader-b', 'supervisor'],
    },
  },
  render: ({ lang, perspective, readonly }) =>
    html`<learning-contract
      lang=${lang}
      perspective=${perspective}
      ?readonly=${readonly}
      storage="memory"
    ></learning-contract>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A new, empty contract, kept in memory while the page is open. */
export const Empty: Story = {};

/** The same, in English. */
export const English: Story = { args: { lang: 'en' } };

/** Filled in and waiting for approval, seen by party B's leader. */
export const LeaderApproving: Story = {
  args: { perspective: 'leader-b' },
  render: ({ lang, perspective }) =>
    html`<learning-contract
      lang=${lang}
      perspective=${perspective}
      storage="memory"
      .contract=${sampleContract('agreement')}
    ></learning-contract>`,
};

/** The partners evaluating together. */
export const Evaluating: Story = {
  render: ({ lang, perspective }) =>
    html`<learning-contract
      lang=${lang}
      perspective=${perspective}
      storage="memory"
      .contract=${sampleContract('evaluation')}
    ></learning-contract>`,
};

/** Read-only: everything shown, nothing to change. */
export const ReadOnly: Story = {
  args: { readonly: true },
  render: ({ lang, readonly }) =>
    html`<learning-contract
      lang=${lang}
      ?readonly=${readonly}
      storage="memory"
      .contract=${sampleContract('learning')}
    ></learning-contract>`,
};

/** A municipality's own section and a hidden one, configured from HTML by a CMS editor. */
export const ConfiguredInHtml: Story = {
  render: ({ lang }) =>
    html`<learning-contract lang=${lang} storage="memory">
      <script type="application/json">
        {
          "sections": [
            {
              "id": "kompetencer",
              "label": { "da": "Kompetenceplan", "en": "Competence plan" },
              "fields": [
                { "id": "area", "kind": "short-text", "label": { "da": "Område", "en": "Area" } }
              ]
            },
            { "id": "supervisor", "hidden": true }
          ]
        }
      </script>
    </learning-contract>`,
};
