/**
 * A person's view of a contract sent back with their changes (a write to a
 * server, a backup file read in, pending edits replayed): each difference
 * becomes an edit through `applyEdit`, the same path as typing. `applyWrite`
 * is a server's all-or-nothing use of it, and `applyChange` takes any change
 * a person makes: an edit, an action or such a write.
 */
import { applyEdit, type EditOptions } from './field-edit.js';
import { dated, applyEditOrAction, type EditOrAction } from './edit-or-action.js';
import { differingPaths } from './compare-contracts.js';
import type { Perspective } from './constants.js';
import { editsBetween, fillMissing, isPlainObject } from './contract-diff.js';
import { perspectivesOf } from './membership.js';
import type { Edit, FieldPath } from './paths.js';
import type { ProcessOptions } from './process.js';
import { fail, issue, ok, type Issue, type Result } from './result.js';
import { BUILT_IN_RULES } from './contract-rules.js';
import { LearningContractSchema, type LearningContract } from './schema/contract-schema.js';
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

export interface ViewEdits {
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
export function applyViewEdits(
  stored: LearningContract,
  perspective: Perspective,
  sent: Record<string, unknown>,
  { rules = BUILT_IN_RULES, ...options }: EditOptions = {},
): ViewEdits {
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

export interface WriteOptions extends EditOptions {
  /**
   * The writer's signed-in email, where a server knows it: a write that
   * would take the writer's own perspective away from them is refused.
   */
  email?: string;
}

/**
 * A person's write, as a server takes it: `sent` is their view of the stored
 * contract with their changes. All or nothing: a write with any change the
 * person may not make is refused whole, with the path and reason of each;
 * nothing else is written. Parts hidden from them stay exactly as stored.
 * On success, `changed` lists the paths that changed (empty: nothing did).
 */
export function applyWrite(
  stored: LearningContract,
  perspective: Perspective,
  sent: unknown,
  { email, ...options }: WriteOptions = {},
): Result<{ contract: LearningContract; changed: FieldPath[] }> {
  if (!isPlainObject(sent)) return fail([issue([], 'not-an-object')]);
  const { contract, changed, refused } = applyViewEdits(stored, perspective, sent, options);
  if (refused.length > 0) return fail(refused);
  // Values are checked one by one as they are set; a key the schema does not know is caught here.
  const parsed = LearningContractSchema.safeParse(contract);
  if (!parsed.success) return fail([issue([], 'invalid')]);
  const unknown = differingPaths(parsed.data, contract);
  if (unknown.length > 0) return fail(unknown.map((path) => issue(path, 'unexpected-key')));
  if (email !== undefined && !perspectivesOf(contract, email).includes(perspective)) {
    const [field] = changed.filter((path) => path.at(-1) === 'email');
    return fail([issue(field ?? [], 'would-lock-out', { perspective })]);
  }
  return ok({ contract: changed.length > 0 ? contract : stored, changed });
}

/** A person's change to a contract: an edit, an action, or a whole write (a view sent back to a server). */
export type ContractChange = EditOrAction | { write: unknown };

/** Options of `applyChange` and `applyEditOrAction`: the clock, the rules, the writer's email, and what an action needs. */
export type ChangeOptions = WriteOptions & ProcessOptions;

/**
 * Any change a person makes, as the reference server takes it: an edit or an
 * action through `applyEditOrAction`, or a whole write (a person's view sent
 * back) merged field by field through the same rules (`applyWrite`).
 */
export function applyChange(
  contract: LearningContract,
  perspective: Perspective,
  change: ContractChange,
  options: ChangeOptions = {},
): Result<{ contract: LearningContract; changed: FieldPath[] }> {
  if (!('write' in change)) return applyEditOrAction(contract, perspective, change, options);
  const result = applyWrite(contract, perspective, change.write, options);
  // A view sent back unchanged is no change: the contract stays as stored.
  if (result.ok && result.value.changed.length === 0) return result;
  return dated(result, options);
}
