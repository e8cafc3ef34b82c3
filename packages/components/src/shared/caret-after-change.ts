import { caretOnto } from '@kollegalaering/core/merge';
import { caretPut, typingMoved } from './typed-caret.js';

/**
 * Where a caret goes when the text around it changes (a colleague's words
 * merged in while the person types): the change is found word by word as the
 * merge finds it, and the caret moves past what came in before it and stays
 * before what came in right at it (where the colleague goes on typing), so
 * the next keystroke lands with the person's own words. A caret `put` there
 * since the person last typed (a click) moves past that too.
 */
export const caretAfterChange = (old: string, next: string, caret: number, put = false): number =>
  caretOnto(old, next, caret, put) ?? caretNear(old, next, caret);

/**
 * The rule for the focused control, which the part that merges sets: as
 * caretAfterChange, knowing whether the person typed to the caret or put it
 * there since (typed-caret.ts).
 */
export function caretOfFocused(old: string, next: string, caret: number): number {
  const at = caretAfterChange(old, next, caret, caretPut(caret));
  typingMoved(caret, at);
  return at;
}

/**
 * Where the caret sat inside words the colleague rewrote: where it was if
 * that is before the change, as far from the end if after it, else after
 * the new text.
 */
function caretNear(old: string, next: string, caret: number): number {
  const shorter = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < shorter && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    old[old.length - 1 - suffix] === next[next.length - 1 - suffix]
  ) {
    suffix++;
  }
  if (caret <= prefix) return caret;
  return caret >= old.length - suffix ? next.length - (old.length - caret) : next.length - suffix;
}
