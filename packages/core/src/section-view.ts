import { PROCESS_STATES, type Perspective } from './constants.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import type { LearningContract } from './schema/contract-schema.js';
import { getAtPath, type FieldPath } from './paths.js';
import { answersAskedFor, isBlank } from './validation.js';
import type { GroupSpec, SectionSpec } from './sections.js';
import { canView } from './visibility.js';

/**
 * Whether a field applies to this contract at all: the question about the
 * supervisor only does when the partners had one.
 */
export function fieldApplies(contract: LearningContract, path: FieldPath): boolean {
  if (path[0] === 'jointEvaluation' && path[1] === 'supervisorUse') {
    return contract.supervisor.decision === 'assigned';
  }
  return true;
}

/** A section as someone sees it now: only the groups and fields visible to them in this state. */
export interface SectionView {
  section: SectionSpec;
  groups: readonly GroupSpec[];
  /** True where people work on the section in this state; others are shown folded away. */
  active: boolean;
}

/**
 * The sections to show `perspective` at the contract's current state: groups
 * appear once the process reaches them (the evaluations, the logbook), fields
 * hidden from the perspective are left out, and empty sections are dropped.
 */
export function sectionsInView(
  contract: LearningContract,
  perspective: Perspective,
  sections: readonly SectionSpec[],
  rules: ContractRules = BUILT_IN_RULES,
): SectionView[] {
  const state = contract.process.state;
  const reached = PROCESS_STATES.indexOf(state);
  return sections
    .map((section) => ({
      section,
      active: state === 'completed' || section.activeIn.includes(state),
      groups: section.groups
        .filter((group) => !group.from || PROCESS_STATES.indexOf(group.from) <= reached)
        .map((group) => ({
          ...group,
          fields: group.fields.filter(
            (field) =>
              canView(perspective, field.path, rules.customOwners) &&
              fieldApplies(contract, field.path),
          ),
        }))
        .filter((group) => group.fields.length > 0),
    }))
    .filter((view) => view.groups.length > 0);
}

/**
 * How far an evaluation is, counted as moving on counts it: of the answers
 * the step asks for under `under` (`['jointEvaluation']`, or
 * `['leaderEvaluations', 'a']`), how many are given. Null for someone who
 * cannot see every one of them (the supervisor sees one of the partners').
 */
export function evaluationProgress(
  contract: LearningContract,
  perspective: Perspective,
  under: FieldPath,
  rules: ContractRules = BUILT_IN_RULES,
): { answered: number; of: number } | null {
  const state = under[0] === 'jointEvaluation' ? 'evaluation' : 'closing';
  const asked = answersAskedFor(contract, state, rules).filter((path) =>
    under.every((segment, index) => path[index] === segment),
  );
  if (!asked.every((path) => canView(perspective, path, rules.customOwners))) return null;
  const answered = asked.filter((path) => !isBlank(getAtPath(contract, path))).length;
  return { answered, of: asked.length };
}
