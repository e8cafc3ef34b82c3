import type { IssueCode } from './issue-codes.js';

/**
 * A problem found in user-supplied data. `path` points at the value, `code` is
 * stable so that the interface can show a localised text for it; `detail` is
 * an English explanation for developers and logs, never shown to end users.
 */
export interface Issue {
  path: ReadonlyArray<string | number>;
  code: string;
  /** Values the localised text needs, such as which party: `{ party: 'b' }`. */
  params?: Readonly<Record<string, string | number>>;
  detail?: string;
}

/** What a function returns when a user can cause it to fail. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** A successful result holding `value`. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issues: Issue[]): Result<T> => ({ ok: false, issues });

/** An issue with the given fields; keeps call sites short. */
export const issue = (
  path: ReadonlyArray<string | number>,
  code: IssueCode,
  params?: Readonly<Record<string, string | number>>,
): Issue => (params ? { path, code, params } : { path, code });

/** Renders an issue's path as `parties.a.name` or `goals.a[0].text`, for messages and logs. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
