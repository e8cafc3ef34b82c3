import {
  actionOnNewer,
  anchorPath,
  applyEditOrAction,
  availableActions,
  differingPaths,
  editsToward,
  formatPath,
  getAtPath,
  recordEdit,
  resolvePath,
  type Action,
  type ChangeOptions,
  type Edit,
  type FieldConflict,
  type FieldPath,
  type Issue,
  type LearningContract,
  type PendingEdit,
  type Perspective,
  type RefusedEdit,
} from '@kollegalaering/core';
import {
  bothTexts,
  mergeText,
  needsTextMerge,
  rebase,
  settleText,
} from '@kollegalaering/core/merge';
import { caretOfFocused } from '../shared/caret-after-change.js';
import { caretRule } from '../shared/text-value.js';
import { noteTyping } from '../shared/typed-caret.js';
import {
  typing,
  type ActOptions,
  type ColleagueChange,
  type StaleAction,
} from './contract-controller.js';

// A colleague's change comes through here, and with it text that moves under a caret and
// keystrokes typed on a screen not yet redrawn.
noteTyping();
caretRule.after = caretOfFocused;
typing.onto = (controller, edit, typedOn) => {
  const shown = controller.shown;
  if (!shown) return edit;
  const typed: ReturnType<typeof typedOnShown> =
    typedOn === undefined ? { edit } : typedOnShown(shown, edit, typedOn);
  if (typed.conflict) {
    controller.conflicts = withConflict(controller.conflicts, typed.conflict);
    controller.update();
    return undefined;
  }
  const open = controller.conflicts.filter((conflict) => !typedInto(conflict, shown, typed.edit));
  if (open.length < controller.conflicts.length) controller.conflicts = open;
  return typed.edit;
};

export { bothTexts, editsToward, settleText };

/**
 * A keystroke made on `typedOn`, the text its control showed, where the field
 * holds more by now (a colleague's words merged in and not yet drawn): the
 * typing goes onto what the field holds. Where the two touch the same words
 * the field keeps the colleague's text and the person's waits beside it as a
 * conflict, for them to choose: neither is lost.
 */
export function typedOnShown(
  shown: LearningContract,
  edit: Edit,
  typedOn: string,
): { edit: Edit; conflict?: never } | { conflict: FieldConflict } {
  const at = edit.op === 'set' && resolvePath(shown, edit.path);
  const now = at && getAtPath(shown, at);
  if (edit.op !== 'set' || typeof now !== 'string' || now === typedOn) return { edit };
  const mine = String(edit.value);
  const value = mergeText(typedOn, now, mine);
  if (value !== undefined) return { edit: { ...edit, value } };
  const path = anchorPath(shown, edit.path);
  return { conflict: { path, before: typedOn, theirs: now, mine } };
}

// The part of the controller that merges: fetched the first time a
// colleague's change (or another tab's) meets edits not yet saved, a page
// sets a contract over a stored one, or a file is read in. Most saves never
// need it. Each function returns what the controller holds next.

/** What the controller holds for one person. */
export interface Held {
  base: LearningContract;
  shown: LearningContract;
  pending: readonly PendingEdit[];
  conflicts: readonly FieldConflict[];
  refused: readonly RefusedEdit[];
  /** What was said about an action, kept while it applies (see stillStale). */
  stale: StaleAction | undefined;
  /** What this browser sent and never heard back of (see onOwnText). */
  sent?: readonly LearningContract[];
}

/** What it holds after a merge. */
export interface Taken {
  base: LearningContract;
  shown: LearningContract;
  pending: PendingEdit[];
  conflicts: readonly FieldConflict[];
  refused: readonly RefusedEdit[];
  /** What was said about an action, kept while it applies (see stillStale). */
  stale: StaleAction | undefined;
}

const samePath = (a: FieldConflict, b: FieldConflict) => formatPath(a.path) === formatPath(b.path);

/** The words of a text, each as often as it is there. */
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** Whether `text` holds every word of `mine`, as often as `mine` does. */
function holdsWords(text: string, mine: string): boolean {
  const left = wordsOf(text);
  return wordsOf(mine).every((word) => {
    const at = left.indexOf(word);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  });
}

/**
 * Whether the person has written every word of their text held apart in a
 * conflict into the field (as its help says they may): then nothing of theirs
 * is only in the box, and it goes.
 */
function typedInto(conflict: FieldConflict, shown: LearningContract, edit: Edit): boolean {
  if (edit.op !== 'set' || typeof edit.value !== 'string' || typeof conflict.mine !== 'string')
    return false;
  const here = formatPath(anchorPath(shown, edit.path)) === formatPath(conflict.path);
  return here && holdsWords(edit.value, conflict.mine);
}

/** The conflicts a stored version leaves open: those whose words the field now holds go (see typedInto). */
const stillOpen = (conflicts: readonly FieldConflict[], shown: LearningContract) =>
  conflicts.filter((conflict) => {
    const now = valueAt(shown, conflict.path);
    return !(
      typeof now === 'string' &&
      typeof conflict.mine === 'string' &&
      holdsWords(now, conflict.mine)
    );
  });

/**
 * A new conflict at a field, beside those held: where one is held there
 * already, one conflict whose text of the person's has what they wrote in
 * both (the older text is nowhere but in its box, and would be lost). Else
 * (not texts) the two are both kept, one shown after the other.
 */
export function withConflict(
  conflicts: readonly FieldConflict[],
  next: FieldConflict,
): FieldConflict[] {
  const old = conflicts.find((each) => samePath(each, next));
  const texts = [old?.before, old?.mine, next.mine].every((value) => typeof value === 'string');
  if (!old || !texts) return [...conflicts, next];
  // The newer text was typed on the colleague's: where the two differ, the older box text is the person's.
  const mine = settleText(old.before as string, next.mine as string, old.mine as string, 'mine');
  return conflicts.map((each) => (each === old ? { ...next, mine } : each));
}

/**
 * A stored version with the person's pending edits replayed onto it through
 * core, two people's changes to one text merged where they touch different
 * words. A new conflict at a field is folded into one held there
 * (withConflict); one whose words the field holds by now goes (stillOpen).
 */
export function takeStored(
  held: Held,
  stored: LearningContract,
  perspective: Perspective,
  options: ChangeOptions,
): Taken {
  const pending = onOwnText(held.pending, stored, held.sent ?? []);
  let rebased = rebase(stored, perspective, pending, options);
  if (needsTextMerge(rebased))
    rebased = rebase(stored, perspective, pending, { ...options, mergeText });
  return {
    base: stored,
    shown: rebased.contract,
    pending: rebased.pending,
    conflicts: stillOpen(
      rebased.conflicts.reduce(withConflict, [...held.conflicts]),
      rebased.contract,
    ),
    refused: [...held.refused, ...rebased.refused],
    stale: stillStale(held.stale, stored, perspective, options),
  };
}

/**
 * After a save: what was typed into a field while it was on its way is based
 * on what was sent, and goes on top of what the keeper stored.
 */
export function takeSaved(
  held: Held,
  saved: LearningContract,
  sent: readonly PendingEdit[],
  perspective: Perspective,
  options: ChangeOptions,
): Taken {
  const sentValues = new Map(
    sent.flatMap(({ edit }) => (edit.op === 'set' ? [[formatPath(edit.path), edit.value]] : [])),
  );
  const pending = held.pending.map((entry) =>
    entry.edit.op === 'set' && sentValues.has(formatPath(entry.edit.path))
      ? { ...entry, before: sentValues.get(formatPath(entry.edit.path)) }
      : entry,
  );
  return takeStored({ ...held, pending }, saved, perspective, options);
}

/**
 * The changes a keeper refused, by the paths of its issues (all that were
 * sent when it did not say where): out of what is pending, kept with the
 * reason at their fields; the rest stays to be sent again.
 */
export function withoutRefused(
  held: Held,
  sent: readonly PendingEdit[],
  issues: readonly Issue[],
  perspective: Perspective,
  options: ChangeOptions,
): Taken {
  const at = (entry: PendingEdit) => {
    const resolved = resolvePath(held.shown, entry.edit.path);
    return resolved ? formatPath(resolved) : '';
  };
  let refused: RefusedEdit[] = sent.flatMap((entry) => {
    const own = issues.filter(
      (one) => at(entry) !== '' && formatPath(one.path).startsWith(at(entry)),
    );
    return own.length > 0 ? [{ pending: entry, issues: own }] : [];
  });
  if (refused.length === 0) refused = sent.map((pending) => ({ pending, issues: [...issues] }));
  const out = new Set(refused.map(({ pending }) => formatPath(pending.edit.path)));
  const pending = held.pending.filter((entry) => !out.has(formatPath(entry.edit.path)));
  const taken = takeStored({ ...held, pending }, held.base, perspective, options);
  return { ...taken, refused: [...taken.refused, ...refused] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The value at a path of a contract, where the path is there. */
const valueAt = (contract: LearningContract, path: FieldPath): unknown => {
  const at = resolvePath(contract, path);
  return at ? getAtPath(contract, at) : undefined;
};

/** Whether `stored` holds at `path` just what one of `sent` held there: this browser's own save. */
const sentAs = (sent: readonly LearningContract[], stored: LearningContract, path: FieldPath) =>
  sent.some((one) => same(valueAt(one, path), valueAt(stored, path)));

/**
 * Where a stored field holds just what this browser sent and never heard back
 * of (a tab closed, or the connection lost, with a save on its way), that text
 * is the person's own, stored unseen: their pending edit goes on top of it, or
 * drops out when it is the same, and is never merged with itself (which
 * would write their words twice). Anything else stored since is a colleague's.
 */
export function onOwnText(
  pending: readonly PendingEdit[],
  stored: LearningContract,
  sent: readonly LearningContract[],
): readonly PendingEdit[] {
  if (sent.length === 0) return pending;
  return pending.map((entry) =>
    entry.edit.op === 'set' && sentAs(sent, stored, entry.edit.path)
      ? { ...entry, before: valueAt(stored, entry.edit.path) }
      : entry,
  );
}

/** What a colleague changed between two stored versions, to say in words: not what this browser sent itself. */
export const colleagueChange = (
  before: LearningContract,
  after: LearningContract,
  sent: readonly LearningContract[] = [],
): ColleagueChange => ({
  before,
  after,
  paths: differingPaths(before, after).filter((path) => !sentAs(sent, after, path)),
});

/**
 * An action the person took on `read` met `current` (someone saved or acted
 * at the same moment): undefined to take it again on `current` (what it is
 * about did not change, and `again` allows another try); else what to tell
 * the person: who already did it, or what changed in what it is about and by
 * whom, to read before pressing again.
 */
export function actionAfter(
  action: Action,
  perspective: Perspective,
  read: LearningContract,
  current: LearningContract,
  again: boolean,
  options: ActOptions & ChangeOptions,
): StaleAction | undefined {
  const next = actionOnNewer(action, perspective, read, current, options);
  if (next.kind === 'retry' && again) return undefined;
  const change = colleagueChange(read, current);
  if (next.kind === 'done') return { action, change, done: { by: next.by } };
  return { action, change: next.kind === 'changed' ? { ...change, paths: next.paths } : change };
}

/**
 * What was said about an action, while it still applies: it goes once the
 * step moved on from the one it was said in, and a request to press again
 * goes once the action is no longer offered (done in another window).
 */
function stillStale(
  stale: StaleAction | undefined,
  base: LearningContract,
  perspective: Perspective,
  options: ChangeOptions,
): StaleAction | undefined {
  if (!stale || stale.change.after?.process.state !== base.process.state) return undefined;
  const offered = availableActions(base, perspective, options.rules).some(
    ({ action }) => action === stale.action,
  );
  return stale.done || offered ? stale : undefined;
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
    const result = applyEditOrAction(shown, perspective, { edit }, options);
    if (!result.ok) continue;
    pending = recordEdit(pending, shown, edit, perspective);
    shown = result.value.contract;
  }
  return older
    ? pending.map((entry) => (entry.edit.op === 'set' ? { ...entry, before: NOT_SEEN } : entry))
    : pending;
}

/** The "before" of a value from a copy older than the stored one: never equal to what is stored. */
const NOT_SEEN = { notSeen: true } as const;
