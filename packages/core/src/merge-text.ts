import { diff3Merge } from 'node-diff3';

/** Words and the white space between them, so that a merge keeps the text's own spacing. */
const words = (text: string): string[] => text.match(/\s+|\S+/g) ?? [];

/**
 * Merges two people's changes to one text, both made from `before`: the
 * result holds both when they touch different words, and is undefined when
 * they changed the same words (a true overlap, for the person to settle).
 * A separate entry point (`@kollegalaering/core/merge`), fetched by a browser
 * only when two people changed one text at the same time.
 */
export function mergeText(before: string, theirs: string, mine: string): string | undefined {
  const regions = diff3Merge(words(mine), words(before), words(theirs), {
    excludeFalseConflicts: true,
  });
  let merged = '';
  for (const region of regions) {
    if (!region.ok) return undefined;
    merged += region.ok.join('');
  }
  return merged;
}
