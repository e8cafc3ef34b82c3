/** The two colleagues who learn from each other. */
export const PARTIES = ['a', 'b'] as const;
/** Party A or party B: one of `PARTIES`. */
export type Party = (typeof PARTIES)[number];

/** The five steps of "Lær af en kollega", in order. */
export const STEPS = ['introduced', 'agreement', 'learning', 'evaluation', 'closing'] as const;
/** One of `STEPS`. */
export type Step = (typeof STEPS)[number];

/** Where a contract can be in its life: one of the steps, or finished. */
export const PROCESS_STATES = [...STEPS, 'completed'] as const;
/** One of `PROCESS_STATES`. */
export type ProcessState = (typeof PROCESS_STATES)[number];

/** Who is looking at a contract. Decides what is visible and editable. */
export const PERSPECTIVES = ['party-a', 'party-b', 'leader-a', 'leader-b', 'supervisor'] as const;
/** One of `PERSPECTIVES`. */
export type Perspective = (typeof PERSPECTIVES)[number];

/** Who writes a logbook entry: a party, or the supervisor with their input. */
export const LOG_AUTHORS = ['a', 'b', 'supervisor'] as const;
export type LogAuthor = (typeof LOG_AUTHORS)[number];

/** Who carries out an activity in the plan. */
export const ACTIVITY_OWNERS = ['a', 'b', 'both', 'supervisor'] as const;
export type ActivityOwner = (typeof ACTIVITY_OWNERS)[number];

/** Whether a supervisor (videnforvalter) supports the pair. */
export const SUPERVISOR_DECISIONS = ['undecided', 'none', 'assigned'] as const;
export type SupervisorDecision = (typeof SUPERVISOR_DECISIONS)[number];

/** Formal: the leader pre-sets goals and themes. Informal: employees start it themselves. */
export const MODES = ['formal', 'informal'] as const;
export type Mode = (typeof MODES)[number];

/** The schema version this build of the library writes. */
export const SCHEMA_VERSION = 4;
