import type { OrganisationOverview } from '@kollegalaering/core/organisation';

/** Figures as the server sends them, for tests and stories: `null` is "under 5". */
export const SAMPLE_OVERVIEW: OrganisationOverview = {
  perStep: [
    { step: 'introduced', count: null },
    { step: 'agreement', count: 8 },
    { step: 'learning', count: 14 },
    { step: 'evaluation', count: 6 },
    { step: 'closing', count: null },
    { step: 'completed', count: 21 },
  ],
  perMonth: [
    { month: '2026-09', started: 9, completed: null },
    { month: '2026-10', started: 12, completed: 6 },
    { month: '2026-11', started: 7, completed: 11 },
  ],
  medianDays: [
    { step: 'introduced', days: null },
    { step: 'agreement', days: 9.5 },
    { step: 'learning', days: 61 },
    { step: 'evaluation', days: 12 },
    { step: 'closing', days: null },
  ],
  stalled: [
    { step: 'introduced', count: null },
    { step: 'agreement', count: 5 },
    { step: 'learning', count: null },
    { step: 'evaluation', count: null },
    { step: 'closing', count: null },
  ],
  stallDays: 30,
  themes: [
    { theme: 'Digitalisering', count: 17 },
    { theme: 'Velfærdsteknologi', count: null },
  ],
  departments: [
    { from: 'Hjemmeplejen', to: 'IT', count: 9 },
    { from: 'IT', to: 'Skoleområdet', count: 6 },
  ],
};
