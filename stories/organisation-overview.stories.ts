import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/organisation/define.js';

const meta: Meta = { title: 'Elements/organisation-overview', component: 'organisation-overview' };
export default meta;

const step = (name: string, count: number | null) => ({ step: name, count });

/** A scheme in use: some figures under five, shown as "under 5". */
export const InUse: StoryObj = {
  render: () =>
    html`<organisation-overview
      .overview=${{
        perStep: [
          step('introduced', null),
          step('agreement', 7),
          step('learning', 12),
          step('evaluation', null),
          step('closing', null),
          step('completed', 18),
        ],
        perMonth: [
          { month: '2026-10', started: 10, completed: null },
          { month: '2026-11', started: 6, completed: 8 },
        ],
        medianDays: [
          { step: 'introduced', days: null },
          { step: 'agreement', days: 8 },
          { step: 'learning', days: 55.5 },
          { step: 'evaluation', days: 10 },
          { step: 'closing', days: null },
        ],
        stalled: [step('agreement', 5), step('learning', null)],
        stallDays: 30,
        themes: [
          { theme: 'Digitalisering', count: 11 },
          { theme: 'Kommunikation', count: null },
        ],
        departments: [{ from: 'Hjemmeplejen', to: 'Sundhed', count: 7 }],
      }}
    ></organisation-overview>`,
};

/** A new scheme: nothing to show yet. */
export const Empty: StoryObj = {
  render: () =>
    html`<organisation-overview
      .overview=${{
        perStep: [],
        perMonth: [],
        medianDays: [],
        stalled: [],
        stallDays: 30,
        themes: [],
        departments: [],
      }}
    ></organisation-overview>`,
};
