import { SCHEMA_VERSION } from './constants.js';
import type {
  Answer,
  LeaderEvaluation,
  LearningContract,
  Person,
} from './schema/contract-schema.js';

const emptyPerson = (): Person => ({ name: '', department: '', position: '', email: '' });
const emptyAnswer = (): Answer => ({ text: '', done: false });
const emptyLeaderEvaluation = (): LeaderEvaluation => ({
  results: emptyAnswer(),
  leaderEffort: emptyAnswer(),
  employeeEffort: emptyAnswer(),
  keepingPlan: { what: '', how: '', who: '', when: '', done: false },
  developmentPlanUpdated: false,
});

export interface NewContractOptions {
  /** The key the contract is stored under. */
  id: string;
  /** The moment of creation; defaults to now. Passing it keeps tests repeatable. */
  now?: Date;
}

/**
 * A blank contract at the agreement step: the tool has been introduced (step 1)
 * by the time two colleagues open a contract, so that step starts as done.
 */
export function createEmptyContract({
  id,
  now = new Date(),
}: NewContractOptions): LearningContract {
  const at = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    createdAt: at,
    updatedAt: at,
    revision: 0,
    settings: { mode: 'informal', theme: '', presetGoals: { a: [], b: [] } },
    parties: { a: emptyPerson(), b: emptyPerson() },
    purpose: '',
    goals: { a: [], b: [] },
    leaders: {
      a: { name: '', title: '', responsibilities: '' },
      b: { name: '', title: '', responsibilities: '' },
    },
    supervisor: { decision: 'undecided', name: '', role: '', responsibilities: '' },
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
    approvals: { leaders: { a: null, b: null }, parties: { a: null, b: null } },
    process: { state: 'agreement', reached: { introduced: at, agreement: at } },
    custom: {},
  };
}
