import type { Perspective } from './constants.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import { ownerOf, type CustomOwners } from './ownership.js';
import { getAtPath, type FieldPath } from './paths.js';
import type { LearningContract } from './schema/contract-schema.js';
import { answersAskedFor, isBlank } from './validation.js';
import { canView } from './visibility.js';

/**
 * The parts of a contract that some people on it cannot see, though a step
 * may wait for their answers: each party's own part (their evaluation with
 * their leader, fields the organisation made theirs), and the partners'
 * evaluation, of which the supervisor sees one answer.
 */
export const SCREENED_PARTS = ['a', 'b', 'joint'] as const;
export type ScreenedPart = (typeof SCREENED_PARTS)[number];

/** The screened part a path is in, or null for what everyone on the contract sees. */
export function screenedPartOf(path: FieldPath, owners: CustomOwners = {}): ScreenedPart | null {
  const owner = ownerOf(path, owners);
  if (owner !== 'shared') return owner;
  return path[0] === 'jointEvaluation' ? 'joint' : null;
}

/** Whether `perspective` sees the whole of a screened part. */
export const seesWhole = (perspective: Perspective, part: ScreenedPart): boolean =>
  canView(
    perspective,
    part === 'joint' ? ['jointEvaluation', 'goals'] : ['leaderEvaluations', part],
  );

/** The answers the current step asks for in a screened part, whether given or not. */
export const askedIn = (
  contract: LearningContract,
  part: ScreenedPart,
  rules: ContractRules,
): FieldPath[] =>
  answersAskedFor(contract, contract.process.state, rules).filter(
    (path) => screenedPartOf(path, rules.customOwners) === part,
  );

/**
 * The contract with `process.answered` brought up to date for the screened
 * parts that someone in `seenBy` sees whole (every part, when left out). An
 * edit updates what its writer sees; an action, run on the whole contract,
 * updates all. Those who cannot see a part read from it whom the step waits
 * for. Left out while the step asks for nothing in any screened part.
 */
export function withAnswered(
  contract: LearningContract,
  rules: ContractRules = BUILT_IN_RULES,
  seenBy?: readonly Perspective[],
): LearningContract {
  const asked = SCREENED_PARTS.map((part) => askedIn(contract, part, rules));
  const { answered: known, ...process } = contract.process;
  // Kept only while the step asks for answers in a screened part (the evaluations).
  if (asked.every((paths) => paths.length === 0)) {
    return known ? { ...contract, process } : contract;
  }
  const answered = { ...(known ?? { a: false, b: false, joint: false }) };
  SCREENED_PARTS.forEach((part, index) => {
    if (seenBy && !seenBy.some((perspective) => seesWhole(perspective, part))) return;
    answered[part] = asked[index]!.every((path) => !isBlank(getAtPath(contract, path)));
  });
  const same = known && SCREENED_PARTS.every((part) => answered[part] === known[part]);
  return same ? contract : { ...contract, process: { ...process, answered } };
}
