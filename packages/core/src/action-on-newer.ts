import { PERSPECTIVES, PROCESS_STATES, type Perspective } from './constants.js';
import { differingPaths } from './compare-contracts.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import type { FieldPath } from './paths.js';
import { parsePerspective } from './perspective.js';
import { actionBlockers, type Action } from './process.js';
import type { LearningContract } from './schema/contract-schema.js';
import { isPartOfAgreement } from './visibility.js';

/**
 * What a newer stored version means for an action a person took on the
 * version they read (someone else saved or acted at the same moment):
 * - `done`: the newer version already has what the action does (the learning
 *   already began, their acceptance is already there); `by` is who did it: the
 *   person themselves (in another window) for their own signature, and for a
 *   step the one other person who could take it (left out when several could).
 * - `retry`: what the action is about did not change, so it is taken on the
 *   newer version as it is (two parties accepting at once).
 * - `changed`: what they were signing or moving on from changed; `paths` says
 *   where, for the person to read before they press again.
 */
export type ActionOnNewer =
  { kind: 'done'; by?: Perspective } | { kind: 'retry' } | { kind: 'changed'; paths: FieldPath[] };

/** What follows from actions and bookkeeping, not what anyone signs. */
const NOT_SIGNED = new Set(['approvals', 'process', 'revision', 'updatedAt', 'retainUntil']);

const step = (contract: LearningContract) => PROCESS_STATES.indexOf(contract.process.state);

/** Whether `current` already has what `action` by `perspective` does, compared with `read`. */
function alreadyDone(
  action: Action,
  perspective: Perspective,
  read: LearningContract,
  current: LearningContract,
  amendmentId: string | undefined,
): boolean {
  const { party } = parsePerspective(perspective);
  const { approvals, process } = current;
  switch (action) {
    case 'accept':
      return party !== null && approvals.parties[party] !== null;
    case 'approve':
      return party !== null && approvals.leaders[party] !== null;
    case 'confirm-closing':
      return party !== null && approvals.closing[party] !== null;
    case 'advance':
      return step(current) > step(read);
    case 'end-early':
      // Asked (by them), or ended (the other asked, and someone agreed).
      return process.endEarly?.by === perspective || step(current) > step(read);
    case 'confirm-amendment':
      return (
        current.amendments
          .find((each) => each.id === amendmentId)
          ?.agreedBy.includes(perspective) ?? false
      );
  }
}

/** The paths of what `action` is about that differ between the two versions. */
function aboutPaths(
  action: Action,
  perspective: Perspective,
  read: LearningContract,
  current: LearningContract,
  amendmentId: string | undefined,
): FieldPath[] {
  if (current.process.state !== read.process.state) return [['process', 'state']];
  const changed = differingPaths(read, current);
  const { party } = parsePerspective(perspective);
  switch (action) {
    case 'accept':
    case 'approve':
      // The agreement's content, not who else signed it meanwhile.
      return changed.filter((path) => isPartOfAgreement(path) && !NOT_SIGNED.has(String(path[0])));
    case 'confirm-closing':
      // The evaluation with this leader's employee.
      return changed.filter((path) => path[0] === 'leaderEvaluations' && path[1] === party);
    case 'confirm-amendment': {
      const index = read.amendments.findIndex((each) => each.id === amendmentId);
      return changed.filter(
        (path) => path[0] === 'amendments' && path[1] === index && path[2] !== 'agreedBy',
      );
    }
    case 'advance':
    case 'end-early':
      // About the step, which is the same.
      return [];
  }
}

/**
 * What to do with `action`, taken by `perspective` on `read`, now that
 * `current` is stored (see ActionOnNewer). Whether it may then be taken is
 * still the action's own rule, asked again on `current`.
 */
export function actionOnNewer(
  action: Action,
  perspective: Perspective,
  read: LearningContract,
  current: LearningContract,
  options: { amendmentId?: string; rules?: ContractRules } = {},
): ActionOnNewer {
  const { amendmentId, rules = BUILT_IN_RULES } = options;
  if (alreadyDone(action, perspective, read, current, amendmentId)) {
    // Their own signature (or request), given in another window.
    if (action !== 'advance' && step(current) === step(read))
      return { kind: 'done', by: perspective };
    const could = PERSPECTIVES.filter(
      (other) =>
        other !== perspective &&
        actionBlockers(read, other, action, rules).every(({ code }) => code !== 'not-allowed'),
    );
    return could.length === 1 ? { kind: 'done', by: could[0]! } : { kind: 'done' };
  }
  const paths = aboutPaths(action, perspective, read, current, amendmentId);
  return paths.length === 0 ? { kind: 'retry' } : { kind: 'changed', paths };
}
