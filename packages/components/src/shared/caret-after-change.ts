/**
 * Where a caret goes when the text around it changes (a colleague's words
 * merged in while the person types): beside the same characters it was beside,
 * so the next keystroke lands where the person meant it.
 */
export function caretAfterChange(old: string, next: string, caret: number): number {
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
  if (caret < prefix) return caret;
  // Where the new text came in: before it, unless the person had finished a word and the new text
  // starts one right there (their next keystroke would glue onto it): then after that word.
  if (caret === prefix)
    return /\s/.test(old[caret - 1] ?? '') && /\S/.test(next[caret] ?? '')
      ? caret + /^\S*\s*/.exec(next.slice(caret))![0].length
      : caret;
  // Inside what is the same at the end (more than a letter or two, which may be by chance): as far from it.
  let end = 0;
  while (end < shorter && old[old.length - 1 - end] === next[next.length - 1 - end]) end++;
  if (caret > old.length - end && end > 2) return next.length - (old.length - caret);
  // At or inside where the text changed (a colleague's words merged in on both sides of it): after
  // what was typed just before the caret (the longest of up to 12 characters found again), nearest to
  // where it was.
  let near = -1;
  for (let length = Math.min(12, caret); near < 0 && length > 2; length--) {
    const typed = old.slice(caret - length, caret);
    for (let at = next.indexOf(typed); at >= 0; at = next.indexOf(typed, at + 1))
      if (near < 0 || Math.abs(at + length - caret) < Math.abs(near - caret)) near = at + length;
  }
  if (near >= 0) return near;
  // Else: as far from the end as it was where the end is the same, or after the new text.
  return caret >= old.length - end ? next.length - (old.length - caret) : next.length - suffix;
}
