/**
 * Every code an issue from core can carry. The interface shows each as a
 * sentence in plain words, never as the code: its tests render them all.
 * `issue()` takes only these, so a new code must be added here first.
 */
export const ISSUE_CODES = [
  // What a field's value is (checked by the schemas).
  'required',
  'invalid-type',
  'invalid-value',
  'invalid-format',
  'invalid-option',
  'too-long',
  'too-short',
  'not-a-date',
  'https-only',
  'unexpected-key',
  'invalid',
  // What each step needs before the contract moves on.
  'goal-missing',
  'preset-goal-missing',
  'supervisor-undecided',
  'end-before-start',
  'party-not-accepted',
  'leader-not-approved',
  'amendment-incomplete',
  'learning-not-ended',
  'closing-not-confirmed',
  'date-in-future',
  // Who may do what, and when.
  'already-completed',
  'already-given',
  'not-allowed',
  'wrong-step',
  'would-lock-out',
  'kept-until-retention',
  'item-removed',
  'not-found',
  // Reading a stored or imported contract.
  'not-an-object',
  'unknown-version',
  'newer-version',
  'no-migration',
  'not-json',
  'not-a-contract',
  'too-large',
  // An organisation's settings and sections.
  'duplicate',
  'duplicate-id',
  'section-required',
  'label-required',
  'fields-required',
  'fields-on-built-in',
  'options-required',
  'options-not-allowed',
  'max-length-not-allowed',
] as const;
/** One of ISSUE_CODES. */
export type IssueCode = (typeof ISSUE_CODES)[number];
