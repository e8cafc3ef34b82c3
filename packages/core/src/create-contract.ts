import { SCHEMA_VERSION } from './constants.js';
import { newItemId } from './paths.js';
import type {
  Answer,
  Goal,
  LeaderEvaluation,
  LearningContract,
  Person,
  Settings,
} from './schema/contract-schema.js';

const emptyPerson = (): Person => ({ name: '', department: '', position: '', email: '' });
const emptyAnswer = (): Answer => ({ text: '', done: false });
const emptyLeaderEvaluation = (): LeaderEvaluation => ({
  results: emptyAnswer(),
  leaderEffort: emptyAnswer(),
  employeeEffort: emptyAnswer(),
  keepingPlan: { what: '', how: '', who: '', when: '', done: false },
  conversation: { date: '', participants: '' },
  developmentPlanUpdated: false,
  developmentPlan: '',
});

/** What `createEmptyContract` is given: the id, and optionally the clock and the organisation's settings. */
export interface NewContractOptions {
  /** The key the contract is stored under. */
  id: string;
  /** The moment of creation; defaults to now. Passing it keeps tests repeatable. */
  now?: Date;
  /** The organisation's way of running it. Formal mode copies the leaders' preset goals in. */
  settings?: Partial<Settings>;
}

const presetGoal = (text: string): Goal => ({ id: newItemId(), text, subGoals: [], preset: true });

/**
 * A blank contract. Run informally, it starts at the agreement step: the
 * employees start it themselves, with the organisation's introduction on the
 * page, so step 1 counts as done. Run formally, it starts at step 1, where the
 * leaders set the goals and the theme before the parties fill in the rest.
 */
export function createEmptyContract({
  id,
  now = new Date(),
  settings: given = {},
}: NewContractOptions): LearningContract {
  const at = now.toISOString();
  const settings: Settings = {
    mode: given.mode ?? 'informal',
    theme: given.theme ?? '',
    presetGoals: given.presetGoals ?? { a: [], b: [] },
  };
  const formal = settings.mode === 'formal';
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    createdAt: at,
    updatedAt: at,
    revision: 0,
    settings,
    parties: { a: emptyPerson(), b: emptyPerson() },
    purpose: '',
    goals: {
      a: formal ? settings.presetGoals.a.map(presetGoal) : [],
      b: formal ? settings.presetGoals.b.map(presetGoal) : [],
    },
    leaders: {
      a: { name: '', title: '', email: '', responsibilities: '' },
      b: { name: '', title: '', email: '', responsibilities: '' },
    },
    supervisor: { decision: 'undecided', name: '', role: '', email: '', responsibilities: '' },
    plan: {
      approach: '',
      activities: [],
      timeFrame: { start: '', end: '', meetingFrequency: '', ongoingEvaluation: '' },
      schedule: [],
      logbook: [],
    },
    amendments: [],
    jointEvaluation: {
      goals: emptyAnswer(),
      collaboration: emptyAnswer(),
      supervisorUse: emptyAnswer(),
      nextTime: emptyAnswer(),
      keepingKnowledge: emptyAnswer(),
    },
    leaderEvaluations: { a: emptyLeaderEvaluation(), b: emptyLeaderEvaluation() },
    privateNotes: { a: '', b: '' },
    approvals: {
      leaders: { a: null, b: null },
      parties: { a: null, b: null },
      closing: { a: null, b: null },
    },
    process: formal
      ? { state: 'introduced', reached: { introduced: at } }
      : { state: 'agreement', reached: { introduced: at, agreement: at } },
    custom: {},
  };
}
