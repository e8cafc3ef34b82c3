import { applyEdit, type EditOptions } from './apply-edit.js';
import { differingPaths } from './compare-contracts.js';
import type { Perspective } from './constants.js';
import { editsBetween, fillMissing } from './contract-diff.js';
import type { Edit, FieldPath } from './paths.js';
import { issue, type Issue } from './result.js';
import { BUILT_IN_RULES } from './contract-rules.js';
import type { LearningContract } from './schema/contract-schema.js';
import { viewFor } from './visibility.js';

/**
 * Parts of a stored contract that its keeper writes, never the person:
 * what is sent for them is not a change and is left as stored.
 */
export const KEEPER_OWNED = [
  'schemaVersion',
  'id',
  'revision',
  'createdAt',
  'updatedAt',
  'retainUntil',
] as const;

/**
 * Parts that only follow from edits and actions: acceptances and approvals
 * (the actions), the step (moving on), and the amendments core opens. A write
 * may carry them as they follow from its edits, and may not change them.
 */
export const DERIVED = ['approvals', 'process', 'amendments'] as const;

const skipped = new Set<unknown>([...KEEPER_OWNED, ...DERIVED]);

export interface Changes {
  /** The stored contract with every change the person may make. */
  contract: LearningContract;
  /** Where it changed, in the order the changes were made. */
  changed: FieldPath[];
  /** Each change the person may not make, or a value of the wrong shape: left out. */
  refused: Issue[];
}

/**
 * The edits of content (not the keeper's bookkeeping, not what follows from
 * actions) that turn the person's view of `stored` into `sent`: what a
 * contract a page gives says, as that person's changes.
 */
export function editsToward(
  stored: LearningContract,
  perspective: Perspective,
  sent: LearningContract,
  rules = BUILT_IN_RULES,
): Edit[] {
  const view = viewFor(stored, perspective, rules.customOwners);
  const incoming = fillMissing(viewFor(sent, perspective, rules.customOwners), view);
  return editsBetween(view, incoming, []).filter((edit) => !skipped.has(edit.path[0]));
}

/**
 * Applies what a person sent (their view of the contract with their changes,
 * based on the same revision as `stored`) change by change through
 * `applyEdit`, the same path as typing. What their view leaves out stays as
 * stored; what they sent for parts hidden from them is refused.
 */
export function applyChanges(
  stored: LearningContract,
  perspective: Perspective,
  sent: Record<string, unknown>,
  { rules = BUILT_IN_RULES, ...options }: EditOptions = {},
): Changes {
  const view = viewFor(stored, perspective, rules.customOwners) as Record<string, unknown>;
  const incoming = fillMissing(sent, view) as Record<string, unknown>;
  let contract = stored;
  const changed: FieldPath[] = [];
  const refused: Issue[] = [];
  const apply = (edits: ReturnType<typeof editsBetween>) => {
    for (const edit of edits) {
      const result = applyEdit(contract, perspective, edit, { rules, ...options });
      if (result.ok) {
        contract = result.value;
        changed.push(edit.path);
      } else refused.push(...result.issues);
    }
  };
  apply(editsBetween(view, incoming, []).filter((edit) => !skipped.has(edit.path[0])));
  // What and why of the amendments the edits opened (or earlier ones), after those edits.
  // The date is core's, from the writer's clock: the keeper's own stands.
  if ('amendments' in sent) {
    const edits = editsBetween(contract.amendments, incoming['amendments'], ['amendments']);
    apply(edits.filter((edit) => edit.path[2] !== 'date'));
  }
  // Acceptances, approvals and the step as sent must be what follows from the edits.
  // (When each step was reached is the keeper's record, by its clock.)
  const sentProcess = incoming['process'] as { state?: unknown } | undefined;
  const derived: Array<[FieldPath, unknown, unknown]> = [
    [['approvals'], contract.approvals, incoming['approvals']],
    [['process', 'state'], contract.process.state, sentProcess?.state],
  ];
  for (const [path, kept, given] of derived) {
    if (given === undefined) continue;
    for (const differing of differingPaths(kept, given, path)) {
      refused.push(issue(differing, 'not-allowed', { perspective }));
    }
  }
  return { contract, changed, refused };
}
