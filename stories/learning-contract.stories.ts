import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  createMemoryAdapter,
  DEFAULT_KEY_PREFIX,
  SCHEMA_VERSION,
  type StorageAdapter,
} from '@kollegalaering/core';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import { closingAnswered } from '@kollegalaering/core/testing';
import { emptyParties, learningUnderWay, sampleContract } from './support/sample-contract.js';
import { toolbarStorage } from './support/toolbar-storage.js';

// Language and theme come from the toolbar, through the page's lang and a stylesheet link.
interface Args {
  perspective: 'party-a' | 'party-b' | 'leader-a' | 'leader-b' | 'supervisor';
  readonly: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/learning-contract',
  component: 'learning-contract',
  args: { perspective: 'party-a', readonly: false },
  argTypes: {
    perspective: {
      control: 'select',
      options: ['party-a', 'party-b', 'leader-a', 'leader-b', 'supervisor'],
    },
  },
  render: ({ perspective, readonly }, context) => {
    const { storage, contractId } = toolbarStorage(context);
    return html`<learning-contract
      perspective=${perspective}
      ?readonly=${readonly}
      storage=${storage}
      contract-id=${contractId}
    ></learning-contract>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A new, empty contract, kept where the toolbar's Storage says: type, reload, and see. */
export const Empty: Story = {};

/** Filled in and waiting for approval, seen by party B's leader. */
export const LeaderApproving: Story = {
  args: { perspective: 'leader-b' },
  render: ({ perspective }) =>
    html`<learning-contract
      perspective=${perspective}
      storage="memory"
      .contract=${sampleContract('agreement')}
    ></learning-contract>`,
};

/** The partners evaluating together. */
export const Evaluating: Story = {
  render: ({ perspective }) =>
    html`<learning-contract
      perspective=${perspective}
      storage="memory"
      .contract=${sampleContract('evaluation')}
    ></learning-contract>`,
};

/**
 * Invalid: the person tried to move on too early. The error summary takes focus,
 * names each problem in words, and links to its field.
 */
export const Invalid: Story = {
  render: () =>
    html`<learning-contract
      storage="memory"
      .contract=${{ ...sampleContract('agreement'), parties: emptyParties() }}
    ></learning-contract>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('learning-contract')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="advance"]')?.click();
    await element.updateComplete;
  },
};

/** A section configuration with a mistake: no form, and the editor sees where to fix it. */
export const BadConfiguration: Story = {
  render: () =>
    html`<learning-contract
      storage="memory"
      .config=${{ sections: [{ id: 'plan' }, { id: 'purpose', hidden: true }] }}
    ></learning-contract>`,
};

/** Read-only: everything shown, nothing to change. */
export const ReadOnly: Story = {
  args: { readonly: true },
  render: ({ readonly }) =>
    html`<learning-contract
      ?readonly=${readonly}
      storage="memory"
      .contract=${sampleContract('learning')}
    ></learning-contract>`,
};

const atStep = (
  state: Parameters<typeof sampleContract>[0],
  perspective: Args['perspective'] = 'party-a',
): Story => ({
  args: { perspective },
  render: (args) =>
    html`<learning-contract
      perspective=${args.perspective}
      storage="memory"
      .contract=${sampleContract(state)}
    ></learning-contract>`,
});

/** Step 3: the learning runs; the agreement is folded away, the logbook and changes are open. */
export const StepLearning: Story = atStep('learning');

/**
 * Step 3 while the learning runs (its end date to come): the panel says until
 * when, the logbook and the next meeting; a party may ask to end it early.
 */
export const LearningUnderWay: Story = {
  args: { perspective: 'party-a' },
  render: (args) =>
    html`<learning-contract
      perspective=${args.perspective}
      storage="memory"
      .contract=${learningUnderWay()}
    ></learning-contract>`,
};

/** Step 5: the closing conversation, seen by party A's leader. */
export const StepClosing: Story = atStep('closing', 'leader-a');

/**
 * Step 5, party A's evaluation answered: their leader confirms the closing
 * conversation, and is asked in plain words first.
 */
export const ConfirmingTheClosing: Story = {
  args: { perspective: 'leader-a' },
  render: (args) =>
    html`<learning-contract
      perspective=${args.perspective}
      storage="memory"
      .contract=${closingAnswered(sampleContract('closing'), 'a')}
    ></learning-contract>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('learning-contract')!;
    await element.updateComplete;
    element
      .shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="confirm-closing"]')
      ?.click();
    await element.updateComplete;
  },
};

/** After step 5: everything shown, nothing more to do. */
export const StepCompleted: Story = atStep('completed');

/** Party B's view while agreeing: B's own goals can be changed, A's only read. */
export const PerspectivePartyB: Story = atStep('agreement', 'party-b');

/** Party A's leader while agreeing: their own block and the approval. */
export const PerspectiveLeaderA: Story = atStep('agreement', 'leader-a');

/** The supervisor: the plan, and of the partners' evaluation only the question about them. */
export const PerspectiveSupervisor: Story = atStep('evaluation', 'supervisor');

/** A municipality's own section and a hidden one, configured from HTML by a CMS editor. */
export const ConfiguredInHtml: Story = {
  render: (_args, context) => {
    const { storage, contractId } = toolbarStorage(context);
    return html`<learning-contract storage=${storage} contract-id=${contractId}>
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
    </learning-contract>`;
  },
};

// Storage faults. Each story gives the element an adapter already in that state,
// so the panel or message shows without anything typed.
const storedKey = (id: string) => `${DEFAULT_KEY_PREFIX}${id}`;

/** Stored data that cannot be read: kept aside, said plainly, and a blank contract to start on. */
export const StorageCorruptData: Story = {
  render: () =>
    html`<learning-contract
      contract-id="corrupt"
      .storage=${createMemoryAdapter(new Map([[storedKey('corrupt'), '{"schemaVersion":1, "purp']]))}
    ></learning-contract>`,
};

/** Saved by a newer version of the tool: shown read-only, never written. */
export const StorageNewerVersion: Story = {
  render: () =>
    html`<learning-contract
      contract-id="newer"
      .storage=${createMemoryAdapter(
        new Map([
          [
            storedKey('newer'),
            JSON.stringify({ ...sampleContract(), id: 'newer', schemaVersion: SCHEMA_VERSION + 1 }),
          ],
        ]),
      )}
    ></learning-contract>`,
};

/**
 * Two people changed the same words of one field: the colleague's text is
 * stored, and the person's own waits at the field for them to choose.
 * (Here: changes kept in this browser from before a reload, replayed onto a
 * version Jonas saved meanwhile.)
 */
export const FieldConflict: Story = {
  render: () => {
    const before = { ...sampleContract(), id: 'conflict', revision: 2, purpose: 'Fælles formål' };
    const theirs = { ...before, revision: 3, purpose: 'Deres formål' };
    localStorage.setItem(
      'kollegalaering:pending:custom:conflict',
      JSON.stringify({
        perspective: 'party-a',
        base: before,
        pending: [
          { edit: { op: 'set', path: ['purpose'], value: 'Mit formål' }, before: 'Fælles formål' },
        ],
        conflicts: [],
      }),
    );
    const memory = createMemoryAdapter(new Map());
    const adapter: StorageAdapter = {
      ...memory,
      capabilities: { ...memory.capabilities, shared: true },
      load: () => Promise.resolve({ ok: true, value: theirs }),
    };
    return html`<learning-contract contract-id="conflict" .storage=${adapter}></learning-contract>`;
  },
};

/** The server cannot be reached: the changes wait in the browser and the status says so. */
export const StorageOffline: Story = {
  render: () => {
    const contract = { ...sampleContract(), id: 'offline', revision: 1 };
    localStorage.setItem(
      'kollegalaering:pending:custom:offline',
      JSON.stringify({
        perspective: 'party-a',
        base: contract,
        pending: [
          {
            edit: { op: 'set', path: ['purpose'], value: 'Skrevet offline' },
            before: contract.purpose,
          },
        ],
        conflicts: [],
      }),
    );
    const memory = createMemoryAdapter(new Map());
    const adapter: StorageAdapter = {
      ...memory,
      capabilities: { ...memory.capabilities, shared: true },
      load: () => Promise.resolve({ ok: false, error: { code: 'unavailable', detail: 'offline' } }),
      save: () => Promise.resolve({ ok: false, error: { code: 'unavailable', detail: 'offline' } }),
    };
    return html`<learning-contract contract-id="offline" .storage=${adapter}></learning-contract>`;
  },
};

/** Kept past the organisation's retention period: the copy to download, and deletion asked twice. */
export const PastRetention: Story = {
  render: () =>
    html`<learning-contract
      contract-id="retention"
      .storage=${createMemoryAdapter(
        new Map([
          [
            storedKey('retention'),
            JSON.stringify({ ...sampleContract('completed'), id: 'retention' }),
          ],
        ]),
      )}
      .config=${{ retention: { monthsAfterCompletion: 1 } }}
    ></learning-contract>`,
};

/** How one organisation runs the method: formally, with its competence plan's themes and its own introduction. */
const FORMAL = {
  process: {
    mode: 'formal',
    themes: [
      { da: 'Tværfagligt samarbejde', en: 'Working across professions' },
      { da: 'Digital dokumentation', en: 'Digital records' },
    ],
    introduction: {
      text: {
        da: 'Hos os bruger alle afdelinger metoden. Spørg HR, hvis du er i tvivl.',
        en: 'Every department here uses the method. Ask HR if in doubt.',
      },
      url: 'https://example.org/laer-af-en-kollega',
    },
  },
};

/** Run formally, step 1: party A's leader sets the goals and the theme, then hands the contract on. */
export const FormalStepOne: Story = {
  args: { perspective: 'leader-a' },
  render: ({ perspective }) =>
    html`<learning-contract
      perspective=${perspective}
      storage="memory"
      contract-id="formal-step-one"
      .config=${FORMAL}
    ></learning-contract>`,
};

/** Run formally, step 2: party A reads the goal their leader set and breaks it into sub-goals. */
export const FormalAgreement: Story = {
  render: ({ perspective }) => {
    const contract = sampleContract('agreement');
    const [first, ...rest] = contract.goals.a;
    return html`<learning-contract
      perspective=${perspective}
      storage="memory"
      .config=${FORMAL}
      .contract=${{
        ...contract,
        settings: { ...contract.settings, mode: 'formal', theme: 'Digital dokumentation' },
        goals: {
          ...contract.goals,
          a: [
            {
              ...first!,
              preset: true,
              subGoals: [{ id: 'sub-1', text: 'Følge en sagsbehandler en dag' }],
            },
            ...rest,
          ],
        },
      }}
    ></learning-contract>`;
  },
};
