import { diff3Merge } from 'node-diff3';

/** Words and the white space between them, so that a merge keeps the text's own spacing. */
const words = (text: string): string[] => text.match(/\s+|\S+/g) ?? [];

/**
 * Merges two people's changes to one text, both made from `before`: the
 * result holds both when they touch different words or both only added words
 * at one place, and is undefined when they changed the same words (a true
 * overlap, for the person to settle).
 * A separate entry point (`@kollegalaering/core/merge`), fetched by a browser
 * only when two people changed one text at the same time.
 */
export function mergeText(before: string, theirs: string, mine: string): string | undefined {
  const regions = diff3Merge(words(mine), words(before), words(theirs), {
    excludeFalseConflicts: true,
  });
  let merged = '';
  for (const region of regions) {
    const { ok, conflict } = region;
    if (ok) merged += ok.join('');
    // Both only added words at one place (nothing of `before` changed there): both are kept.
    else if (conflict && conflict.o.length === 0) {
      merged += bothAdded(conflict.b.join(''), conflict.a.join(''));
    } else return undefined;
  }
  return merged;
}

/** Two additions at one place, the stored one first, never glued into one word. */
const bothAdded = (theirs: string, mine: string): string =>
  /\s$/.test(theirs) || /^\s/.test(mine) || theirs === '' || mine === ''
    ? theirs + mine
    : `${theirs} ${mine}`;
