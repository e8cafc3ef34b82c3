/**
 * `@kollegalaering/core/merge`: a person's pending edits replayed onto a
 * newer stored version, the three-way merge of a text two people changed,
 * and where a caret goes when a colleague's change comes in under it.
 * An entry point of its own, so that a page fetches it only when a
 * colleague's change meets edits not yet saved.
 */
export { needsTextMerge, rebase } from './rebase.js';
export { bothTexts, mergeText, settleText } from './merge-text.js';
export { caretOnto } from './typed-onto.js';
