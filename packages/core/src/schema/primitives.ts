import * as z from 'zod/mini';

/**
 * Texts a person types. Capped (at 1 MiB of characters) so that one runaway
 * paste cannot fill a browser's storage quota; a book chapter is far below it.
 * The elements give every text field this `maxlength`, so the cap is never a
 * silent refusal.
 */
export const MAX_TEXT_LENGTH = 1_048_576;
export const text = () => z.string().check(z.maxLength(MAX_TEXT_LENGTH));

/** Whether `value` is a day in the calendar: 2026-02-28, not 2026-02-30 or 2026-13-45. */
export function isCalendarDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as `YYYY-MM-DD`, or empty while not yet chosen. */
export const optionalDate = () =>
  z.string().check(
    z.regex(/^(\d{4}-\d{2}-\d{2})?$/),
    // The code is the message: fromZodIssues turns it into the code. A value
    // of the wrong shape is the pattern's to report, once.
    z.refine((value) => !DATE_PATTERN.test(value) || isCalendarDay(value), 'not-a-date'),
  );

/**
 * A moment in time as an ISO 8601 string in UTC, as `Date.prototype.toISOString`
 * writes it. A plain pattern rather than zod's iso helpers, which cost the
 * browser bundle more than a kilobyte for the same check.
 */
export const timestamp = () =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/));

/** Stable ids for list items, so that lists can be rendered keyed and edited by id. */
export const itemId = () => z.string().check(z.minLength(1), z.maxLength(100));
