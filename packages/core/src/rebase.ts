import { applyEditOrAction } from './edit-or-action.js';
import type { ChangeOptions } from './view-write.js';
import type { Perspective } from './constants.js';
import { getAtPath, resolvePath, type Edit, type FieldPath } from './paths.js';
import { hasId, same, type PendingEdit } from './pending-edits.js';
import { issue, type Issue } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';

/** A field both the person and a colleague changed, in the same words: theirs is stored, mine waits for the person. */
export interface FieldConflict {
  path: FieldPath;
  before: unknown;
  theirs: unknown;
  mine: unknown;
}

/** A pending change that core no longer allows on the stored contract (the step moved on, the item was deleted). */
export interface RefusedEdit {
  pending: PendingEdit;
  issues: Issue[];
}

/** Merges one text two people changed from `before`; undefined when they changed the same words. */
export type TextMerge = (before: string, theirs: string, mine: string) => string | undefined;

export interface Rebased {
  /** The stored contract with every pending change that still applies. */
  contract: LearningContract;
  /** What still waits to be stored, now based on the stored contract. */
  pending: PendingEdit[];
  conflicts: FieldConflict[];
  refused: RefusedEdit[];
  /** Fields where a colleague's text and the person's were merged. */
  merged: FieldPath[];
}

/**
 * Replays a person's pending changes onto a newer stored contract, through
 * core's rules, as they would have been made on it. A field only a colleague
 * changed keeps their value; a field only the person changed gets theirs; a
 * text both changed is merged with `mergeText` when they changed different
 * words; anything else both changed is a conflict, left as stored. A change
 * core refuses now (the step moved on, the field is no longer theirs) is
 * refused, and the rest goes on. The inputs are never changed.
 */
export function rebase(
  stored: LearningContract,
  perspective: Perspective,
  pending: readonly PendingEdit[],
  { mergeText, ...options }: ChangeOptions & { mergeText?: TextMerge } = {},
): Rebased {
  let contract = stored;
  const kept: PendingEdit[] = [];
  const conflicts: FieldConflict[] = [];
  const refused: RefusedEdit[] = [];
  const merged: FieldPath[] = [];

  const apply = (entry: PendingEdit, edit: Edit, before?: unknown): void => {
    const result = applyEditOrAction(contract, entry.as ?? perspective, { edit }, options);
    if (!result.ok) {
      refused.push({ pending: entry, issues: result.issues });
      return;
    }
    contract = result.value.contract;
    const by = entry.as ? { as: entry.as } : {};
    kept.push(edit.op === 'set' ? { edit, before, ...by } : { edit, ...by });
  };

  for (const entry of pending) {
    const { edit } = entry;
    const at = resolvePath(contract, edit.path);
    if (edit.op === 'set') {
      if (!at) {
        refused.push({ pending: entry, issues: [issue(edit.path, 'item-removed')] });
        continue;
      }
      const theirs = getAtPath(contract, at);
      if (same(theirs, edit.value)) continue; // stored already, as the person has it
      if (same(theirs, entry.before)) {
        apply(entry, edit, theirs);
        continue;
      }
      const { before } = entry;
      const text =
        typeof before === 'string' && typeof theirs === 'string' && typeof edit.value === 'string'
          ? mergeText?.(before, theirs, edit.value)
          : undefined;
      if (text === undefined) {
        conflicts.push({ path: edit.path, before, theirs, mine: edit.value });
        continue;
      }
      merged.push(edit.path);
      apply(entry, { ...edit, value: text }, theirs);
      continue;
    }
    const list = at && getAtPath(contract, at);
    if (!Array.isArray(list)) {
      refused.push({ pending: entry, issues: [issue(edit.path, 'item-removed')] });
      continue;
    }
    const id = edit.op === 'append' ? (edit.item as { id?: unknown }).id : edit.id;
    const present = list.some((item) => hasId(item) && item.id === id);
    // Stored already (appended), or gone already (removed): nothing left to do.
    if (edit.op === 'append' ? present : !present) continue;
    apply(entry, edit);
  }
  return { contract, pending: kept, conflicts, refused, merged };
}

/** Whether a rebase left a conflict that a text merge might settle (the merge is fetched only then). */
export const needsTextMerge = (rebased: Rebased): boolean =>
  rebased.conflicts.some(
    ({ before, theirs, mine }) =>
      typeof before === 'string' && typeof theirs === 'string' && typeof mine === 'string',
  );
