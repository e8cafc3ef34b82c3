import {
  applyChange,
  editsToward,
  formatPath,
  recordEdit,
  resolvePath,
  type ChangeOptions,
  type Issue,
  type RefusedEdit,
  type LearningContract,
  type PendingEdit,
  type Perspective,
  type Rebased,
} from '@kollegalaering/core';

export { editsToward };
import { mergeText, needsTextMerge, rebase } from '@kollegalaering/core/merge';

/**
 * A person's pending edits replayed onto a newer stored version, with two
 * people's changes to one text merged where they touch different words. A
 * part of its own, fetched the first time a colleague's change (or another
 * tab's) meets edits not yet saved: most saves never need it.
 */
export function rebaseWithMerge(
  stored: LearningContract,
  perspective: Perspective,
  pending: readonly PendingEdit[],
  options: ChangeOptions,
): Rebased {
  const rebased = rebase(stored, perspective, pending, options);
  return needsTextMerge(rebased)
    ? rebase(stored, perspective, pending, { ...options, mergeText })
    : rebased;
}

/**
 * What a page gave, as this person's edits on what is stored (left out where
 * core says no). A copy older than the stored one may lack what was stored
 * since: it removes nothing, and each field it has otherwise becomes a
 * conflict at the field (no known "before"), for the person to settle.
 */
export function asEdits(
  stored: LearningContract,
  given: LearningContract,
  perspective: Perspective,
  options: ChangeOptions,
): PendingEdit[] {
  const older = given.revision < stored.revision;
  let pending: PendingEdit[] = [];
  let shown = stored;
  for (const edit of editsToward(stored, perspective, given)) {
    if (older && edit.op === 'remove') continue;
    const result = applyChange(shown, perspective, { edit }, options);
    if (!result.ok) continue;
    pending = recordEdit(pending, shown, edit);
    shown = result.value.contract;
  }
  return older
    ? pending.map((entry) =>
        entry.edit.op === 'set' ? { edit: entry.edit, before: NOT_SEEN } : entry,
      )
    : pending;
}

/** The "before" of a value from a copy older than the stored one: never equal to what is stored. */
const NOT_SEEN = { notSeen: true } as const;

/**
 * Which of the changes sent a keeper refused, by the paths of its issues; all
 * of them when it did not say where (nothing sent can be trusted to go through).
 */
export function refusedOf(
  shown: LearningContract,
  sent: readonly PendingEdit[],
  issues: readonly Issue[],
): RefusedEdit[] {
  const at = (entry: PendingEdit) => {
    const resolved = resolvePath(shown, entry.edit.path);
    return resolved ? formatPath(resolved) : '';
  };
  const refused: RefusedEdit[] = [];
  for (const entry of sent) {
    const own = issues.filter(
      (one) => at(entry) !== '' && formatPath(one.path).startsWith(at(entry)),
    );
    if (own.length > 0) refused.push({ pending: entry, issues: own });
  }
  return refused.length > 0 ? refused : sent.map((pending) => ({ pending, issues: [...issues] }));
}
