import { diff3Merge } from 'node-diff3';
import { typedOnto } from './typed-onto.js';

/** Words, each with the white space before it, so that a merge keeps the text's own spacing and a lone space is never matched apart from its word. */
const words = (text: string): string[] => text.match(/\s*\S+|\s+/g) ?? [];

/**
 * Merges two people's changes to one text, both made from `before`: the
 * result holds both when they touch different words, or where they meet at
 * one place and white space keeps them apart (two people typing at the end of
 * one text, one of them mid-word: `typedOnto`). Undefined when they changed
 * the same words (a true overlap, for the person to settle).
 * A separate entry point (`@kollegalaering/core/merge`), fetched by a browser
 * only when two people changed one text at the same time.
 */
export function mergeText(before: string, theirs: string, mine: string): string | undefined {
  const regions = diff3Merge(words(mine), words(before), words(theirs), {
    excludeFalseConflicts: true,
  });
  let merged = '';
  for (const [index, { ok, conflict }] of regions.entries()) {
    if (ok) {
      merged += ok.join('');
      continue;
    }
    if (!conflict) continue;
    // Where the two meet, by place: with what comes before and after, so that a word
    // going on or running into the next is seen.
    const after = regions
      .slice(index + 1)
      .map((region) => (region.ok ?? region.conflict?.o ?? []).join(''))
      .join('');
    const [o, a, b] = [conflict.o, conflict.a, conflict.b].map((side) => side.join(''));
    const joined = typedOnto(merged + o! + after, merged + b! + after, merged + a! + after);
    if (joined === undefined || !joined.startsWith(merged) || !joined.endsWith(after))
      return undefined;
    merged = joined.slice(0, joined.length - after.length);
  }
  return merged;
}
