// Two people typing into one text at the same moment: what each changed is
// found place by place, and the two are put together where white space keeps
// them apart. A merge by words cannot do this mid-word: "metteP" finished as
// "mettePur0" while a colleague added " jonasW" behind it is, by words, two
// changes to one word. mergeText hands it each place where the merge by words
// found both people's changes.
import { diffIndices } from 'node-diff3';

/** One place where a text changed: the part of the old text from `start` to `end` became `text`. */
interface Change {
  start: number;
  end: number;
  text: string;
  mine: boolean;
}

/** Words, each with the white space before it. */
const words = (text: string): string[] => text.match(/\s*\S+|\s+/g) ?? [];

/** Where each word starts in a text split into words, and where the text ends. */
function offsets(tokens: string[]): number[] {
  const at = [0];
  for (const token of tokens) at.push(at.at(-1)! + token.length);
  return at;
}

/**
 * Where `to` differs from `from`, place by place: by words first (a
 * colleague's words merged in on both sides of a word), then, inside words
 * that changed, from their common start and end (typing goes on at one place:
 * "m8" become "m8w5 m8w6" is "w5 m8w6" added after it), and where letters
 * were only added there, each place they were added ("m4wj4w" become
 * "j4w1 m4wj4w3": "j4w1 " before it and "3" inside it).
 */
function changes(from: string, to: string, mine: boolean): Change[] {
  const [old, next] = [words(from), words(to)];
  const [oldAt, nextAt] = [offsets(old), offsets(next)];
  return diffIndices(old, next).flatMap(({ buffer1: [at, length], buffer2: [at2, length2] }) => {
    const was = from.slice(oldAt[at], oldAt[at + length]);
    const text = to.slice(nextAt[at2], nextAt[at2 + length2]);
    let start = 0;
    while (start < was.length && was[start] === text[start]) start++;
    let end = 0;
    while (
      end < Math.min(was.length, text.length) - start &&
      was[was.length - 1 - end] === text[text.length - 1 - end]
    ) {
      end++;
    }
    const [kept, typed] = [
      was.slice(start, was.length - end),
      text.slice(start, text.length - end),
    ];
    return (
      addedInto(kept, typed, oldAt[at]! + start, mine)?.map((added) => wholeWords(from, added)) ??
      wholeWords(from, {
        start: oldAt[at]! + start,
        end: oldAt[at]! + was.length - end,
        text: typed,
        mine,
      })
    );
  });
}

/**
 * Where an addition could sit at more than one place and read the same
 * ("24 jonas22 jonas" after "jonas" in "jonas04" is "jonas24 jonas22 " before
 * it), the place where it is whole words: white space or an end on both sides
 * of it, and rather a word with its space after it than before it (" home"
 * after "about" in "about care" is "home " before "care", and touches it).
 * Else where it was found (letters typed inside a word).
 */
function wholeWords(from: string, change: Change): Change {
  if (change.end !== change.start || change.text === '') return change;
  const places = [change];
  for (let { start, text } = change; start > 0 && from[start - 1] === text.at(-1);) {
    [start, text] = [start - 1, from[start - 1] + text.slice(0, -1)];
    places.push({ ...change, start, end: start, text });
  }
  for (let { start, text } = change; start < from.length && from[start] === text[0];) {
    [start, text] = [start + 1, text.slice(1) + text[0]];
    places.push({ ...change, start, end: start, text });
  }
  const edge = (left = '', right = '') => !left || !right || space(left) || space(right);
  const whole = places.filter(
    ({ start, text }) => edge(from[start - 1], text[0]) && edge(text.at(-1), from[start]),
  );
  const rank = ({ start, text }: Change) =>
    (space(text[0]!) ? from.length + 1 : 0) + Math.abs(start - change.start);
  return whole.sort((a, b) => rank(a) - rank(b))[0] ?? change;
}

/**
 * Each place letters were added where `kept` became `typed` by additions
 * only (its letters in order, the first place each fits), or undefined.
 */
function addedInto(kept: string, typed: string, at: number, mine: boolean): Change[] | undefined {
  if (kept === '' || typed.length <= kept.length) return undefined;
  const added: Change[] = [];
  let i = 0;
  for (const letter of typed) {
    if (letter === kept[i]) i++;
    else if (added.at(-1)?.start === at + i) added.at(-1)!.text += letter;
    else added.push({ start: at + i, end: at + i, text: letter, mine });
  }
  return i === kept.length ? added : undefined;
}

const space = (text: string) => /\s/.test(text);
/** Only adds: two such at different places in one word keep every letter of both. */
const added = (change: Change) => change.end === change.start;
/** Only adds or only removes: a rewrite of words is never put beside another change to them. */
const only = (change: Change) => change.end === change.start || change.text === '';

/** What an addition puts on the end of a word (up to its first white space), and the words after. */
const headAndTail = (text: string) => {
  const head = /^\S*/.exec(text)![0];
  return [head, text.slice(head.length)] as const;
};

/**
 * Both went on with the word before `at`: with `mine` (the person chose
 * their own), the word as they finished it and the words the colleague added
 * after theirs; with `both`, the colleague's word and words as they wrote
 * them, then the word as the person finished it and their words ("sam" went
 * on as "samarbejde" and as "sammen om": "samarbejde sammen om").
 */
function sameWord(before: string, at: number, theirs: string, mine: string, prefer: Prefer) {
  const [theirHead, theirTail] = headAndTail(theirs);
  const [myHead, myTail] = headAndTail(mine);
  if (prefer === 'mine' || theirHead === myHead) return myHead + theirTail + myTail;
  const stem = /\S*$/.exec(before.slice(0, at))![0];
  // Each one's words whole, the person's last: they type on at the end of their own.
  return `${theirs} ${stem}${mine}`;
}

/**
 * Two additions at one place: one that goes on with the word before the place
 * goes first, one that runs into the word after it goes last. Else the one
 * the person's next keystroke would run into goes first: the person types on
 * at the end of their own, so a colleague's that starts with a letter goes
 * before it ("m1" and a space typed: "m1 "), one that starts with a space
 * after it (" j1w5" and a space typed: "  j1w5", the caret between). Never
 * glued into one word. Where both go on with one word, as `prefer` says
 * (`sameWord`); undefined without it.
 */
function bothAdded(
  before: string,
  at: number,
  theirs: string,
  mine: string,
  prefer?: Prefer,
): string | undefined {
  const wordBefore = at > 0 && !space(before[at - 1]!);
  const wordAfter = at < before.length && !space(before[at]!);
  const goesOn = (text: string) => wordBefore && !space(text[0]!);
  const runsInto = (text: string) => wordAfter && !space(text.slice(-1));
  if (goesOn(theirs) && goesOn(mine)) return prefer && sameWord(before, at, theirs, mine, prefer);
  const mineFirst =
    goesOn(mine) || runsInto(theirs) || (!goesOn(theirs) && !runsInto(mine) && space(theirs[0]!));
  const [first, last] = mineFirst ? [mine, theirs] : [theirs, mine];
  return first + (space(first.slice(-1)) || space(last[0]!) ? '' : ' ') + last;
}

/**
 * How to put together what touches the same letters: `mine` (the person's
 * choice in a conflict) makes their change stand there; `both` keeps a word
 * both went on with in each one's way, and leaves a rewrite undefined.
 */
export type Prefer = 'mine' | 'both';

/**
 * A person's change to a text and a colleague's, both made on `before`, put
 * together place by place: where white space keeps the two apart, where both
 * only added, or, where both added at one place, side by side (`bothAdded`).
 * Undefined where one rewrites or removes what the other touches, for the
 * person to settle; or, once they chose (`prefer`), as they chose, with
 * every other change of both kept.
 */
export function typedOnto(
  before: string,
  theirs: string,
  mine: string,
  prefer?: Prefer,
): string | undefined {
  const all = [...changes(before, theirs, false), ...changes(before, mine, true)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const placed: Change[] = [];
  for (const change of all) {
    const last = placed.at(-1);
    if (!last || last.mine === change.mine) {
      placed.push(change);
      continue;
    }
    const gap = before.slice(last.end, change.start);
    if (last.start === last.end && change.start === change.end && last.start === change.start) {
      const [their, my] = change.mine ? [last, change] : [change, last];
      const text = bothAdded(before, change.start, their.text, my.text, prefer);
      if (text === undefined) return undefined;
      placed[placed.length - 1] = { ...change, text };
      continue;
    }
    // Apart: white space left between the two changes; or both only add, at different places
    // (every letter of both is kept); or, where each only adds or only removes, white space
    // where they meet. Never where one rewrites or removes letters of a word the other touches.
    const apart =
      change.start >= last.end &&
      (space(gap) ||
        (added(last) && added(change)) ||
        (only(last) && only(change) && space(last.text.slice(-1) + gap + change.text.slice(0, 1))));
    // Once the person chose their own: words the colleague wrote on after the person's change stay.
    const writtenOn = last.mine && change.start >= last.end && space(gap + change.text.slice(0, 1));
    if (apart || (prefer === 'mine' && writtenOn)) placed.push(change);
    else if (prefer !== 'mine') return undefined;
    // Chosen: where the two touch, the person's change stands and the colleague's goes.
    else if (change.mine) placed[placed.length - 1] = change;
  }
  let merged = before;
  for (const { start, end, text } of placed.reverse())
    merged = merged.slice(0, start) + text + merged.slice(end);
  return merged;
}

/**
 * Where a caret at `caret` in `before` goes in `after`, a colleague's change
 * of it: past what they changed before it. What they added right at it goes
 * after it where the person is typing there (moved after a colleague's
 * half-typed word, it would glue the next keystroke onto it), except the letters
 * that finish the word it stands after ("m9" become "m9w1": the caret stays
 * after the word, not inside it); and before it where the caret was `put`
 * there since the person last typed (a click, as if made a moment later).
 * Undefined inside words they rewrote.
 */
export function caretOnto(
  before: string,
  after: string,
  caret: number,
  put = false,
): number | undefined {
  let at = caret;
  for (const { start, end, text } of changes(before, after, false)) {
    if (start < caret && caret < end) return undefined;
    if (end <= caret && start < caret) at += text.length - (end - start);
    else if (start === caret && end === caret && put) at += text.length;
    else if (start === caret && end === caret && caret > 0 && !space(before[caret - 1]!))
      at += /^\S*/.exec(text)![0].length;
  }
  return at;
}
