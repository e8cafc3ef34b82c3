import type { Issue } from '@kollegalaering/core';

/**
 * The body of every refusal: a stable `code` for the client to show in its
 * own language, and for a refused write the `issues` with their paths. Never
 * a value from the contract: paths and codes only.
 */
export interface Refusal {
  code: string;
  issues?: Array<Pick<Issue, 'path' | 'code' | 'params'>>;
  perspectives?: string[];
}

export const refusal = (code: string, extra: Omit<Refusal, 'code'> = {}): Refusal => ({
  code,
  ...extra,
});

/** Issues as they may leave the server: `detail` is for developers of core, not for the wire. */
export const publicIssues = (issues: readonly Issue[]): Refusal['issues'] =>
  issues.map(({ path, code, params }) => (params ? { path, code, params } : { path, code }));
