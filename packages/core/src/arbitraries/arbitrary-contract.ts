import fc from 'fast-check';
import { PROCESS_STATES, SUPERVISOR_DECISIONS } from '../constants.js';
import { createEmptyContract } from '../create-contract.js';
import type { Answer, LeaderEvaluation, LearningContract } from '../schema/contract-schema.js';

const words = fc.string({ maxLength: 40 });
const answer = fc.record({ text: words, done: fc.boolean() }) as fc.Arbitrary<Answer>;

/**
 * Private texts are tagged with whose they are, so a test can search a copy
 * for any trace of the other party's private parts.
 */
const privateText = (owner: string) => words.map((text) => `«private-${owner}» ${text}`);
const privateAnswer = (owner: string) =>
  fc.record({ text: privateText(owner), done: fc.boolean() });

const leaderEvaluation = (owner: string): fc.Arbitrary<LeaderEvaluation> =>
  fc.record({
    results: privateAnswer(owner),
    leaderEffort: privateAnswer(owner),
    employeeEffort: privateAnswer(owner),
    keepingPlan: fc.record({
      what: privateText(owner),
      how: privateText(owner),
      who: privateText(owner),
      when: privateText(owner),
      done: fc.boolean(),
    }),
    conversation: fc.record({ date: fc.constant('2026-06-15'), participants: privateText(owner) }),
    developmentPlanUpdated: fc.boolean(),
    developmentPlan: privateText(owner),
  });

const goals = fc.array(
  fc.record({
    id: fc.uuid(),
    text: words,
    subGoals: fc.array(fc.record({ id: fc.uuid(), text: words }), { maxLength: 2 }),
    preset: fc.boolean(),
  }),
  { maxLength: 3 },
);

/** Contracts with random text in every part, at any step of the process. */
export const arbitraryContract: fc.Arbitrary<LearningContract> = fc
  .record({
    names: fc.tuple(words, words),
    purpose: words,
    goalsA: goals,
    goalsB: goals,
    decision: fc.constantFrom(...SUPERVISOR_DECISIONS),
    joint: fc.record({
      goals: answer,
      collaboration: answer,
      supervisorUse: answer,
      nextTime: answer,
      keepingKnowledge: answer,
    }),
    evaluationA: leaderEvaluation('a'),
    evaluationB: leaderEvaluation('b'),
    notesA: privateText('a'),
    notesB: privateText('b'),
    state: fc.constantFrom(...PROCESS_STATES),
  })
  .map((random) => {
    const base = createEmptyContract({
      id: 'generated',
      now: new Date('2026-01-05T09:00:00.000Z'),
    });
    const contract: LearningContract = {
      ...base,
      parties: {
        a: { ...base.parties.a, name: random.names[0] },
        b: { ...base.parties.b, name: random.names[1] },
      },
      purpose: random.purpose,
      goals: { a: random.goalsA, b: random.goalsB },
      supervisor: { ...base.supervisor, decision: random.decision },
      jointEvaluation: random.joint,
      leaderEvaluations: { a: random.evaluationA, b: random.evaluationB },
      privateNotes: { a: random.notesA, b: random.notesB },
      process: { ...base.process, state: random.state },
    };
    // Plain objects, as a contract read from JSON is (fast-check makes some without a prototype).
    return JSON.parse(JSON.stringify(contract)) as LearningContract;
  });
