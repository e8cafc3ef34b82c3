import { diff3Merge, diffComm } from 'node-diff3';
import { typedOnto, type Prefer } from './typed-onto.js';

/** Words, each with the white space before it, so that a merge keeps the text's own spacing and a lone space is never matched apart from its word. */
const words = (text: string): string[] => text.match(/\s*\S+|\s+/g) ?? [];

/** One place both people changed: what the text held there, each one's words there, and the merged text around it. */
interface Overlap {
  head: string;
  was: string;
  mine: string;
  theirs: string;
  after: string;
}

/** A three-way merge by words, each place both changed settled by `settle` (undefined gives up). */
function mergeBy(
  before: string,
  theirs: string,
  mine: string,
  settle: (overlap: Overlap) => string | undefined,
): string | undefined {
  const regions = diff3Merge(words(mine), words(before), words(theirs), {
    excludeFalseConflicts: true,
  });
  let head = '';
  for (const [index, { ok, conflict }] of regions.entries()) {
    if (ok) {
      head += ok.join('');
      continue;
    }
    if (!conflict) continue;
    // With what comes after the place, so that a word going on or running into the next is seen.
    const after = regions
      .slice(index + 1)
      .map((region) => (region.ok ?? region.conflict?.o ?? []).join(''))
      .join('');
    const [was, a, b] = [conflict.o, conflict.a, conflict.b].map((side) => side.join(''));
    const placed = settle({ head, was: was!, mine: a!, theirs: b!, after });
    if (placed === undefined) return undefined;
    head += placed;
  }
  return head;
}

/**
 * Where the two meet at one place, put together by letters (`typedOnto`), or
 * undefined where they changed the same words (unless one is `prefer`red).
 */
function byLetters(
  { head, was, mine, theirs, after }: Overlap,
  prefer?: Prefer,
): string | undefined {
  const joined = typedOnto(head + was + after, head + theirs + after, head + mine + after, prefer);
  if (joined === undefined || !joined.startsWith(head) || !joined.endsWith(after)) return undefined;
  return joined.slice(head.length, joined.length - after.length);
}

/**
 * Merges two people's changes to one text, both made from `before`: the
 * result holds both when they touch different words, or where they meet at
 * one place and white space keeps them apart (two people typing at the end of
 * one text, one of them mid-word: `typedOnto`), or where both went on with
 * one word (each one's word kept whole: a box popping up mid-word would
 * send the person's next letters after the colleague's). Undefined when one
 * rewrote or removed words the other changed (a true overlap, for the
 * person to settle).
 * A separate entry point (`@kollegalaering/core/merge`), fetched by a browser
 * only when two people changed one text at the same time.
 */
export function mergeText(before: string, theirs: string, mine: string): string | undefined {
  return mergeBy(before, theirs, mine, (overlap) => byLetters(overlap, 'both'));
}

/**
 * How a person settles a text both changed in the same words: `mine` puts
 * their words where the two overlap, `both` puts the colleague's there and
 * then the person's. Everything either changed elsewhere is kept, so a choice made
 * on a text that has moved on since never drops words added meanwhile.
 */
export function settleText(
  before: string,
  theirs: string,
  mine: string,
  keep: 'mine' | 'both',
): string {
  return mergeBy(before, theirs, mine, (overlap) => {
    const placed = byLetters(overlap, keep);
    if (placed !== undefined) return placed;
    return keep === 'mine' ? overlap.mine : bothTexts(overlap.theirs, overlap.mine);
  })!;
}

/**
 * Both texts in one, with nothing known of what they were made from: the
 * words they share once, and where they differ, the colleague's and then the
 * person's.
 */
export function bothTexts(theirs: string, mine: string): string {
  return diffComm(words(theirs), words(mine))
    .map(({ common, buffer1 = [], buffer2 = [] }) => {
      if (common) return common.join('');
      const [their, my] = [buffer1.join(''), buffer2.join('')];
      // Each word carries the white space before it; one that has none is kept apart by one.
      return their + (their && my && !/^\s/.test(my) ? ' ' : '') + my;
    })
    .join('');
}
