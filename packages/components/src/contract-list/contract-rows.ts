import type { ContractSummary, NeedInShort, Perspective } from '@kollegalaering/core';

/** One contract as the list shows it: what awaits this person, and whom else it waits for. */
export interface Row {
  summary: ContractSummary;
  yours: NeedInShort[];
  waitingFor: NeedInShort[];
  /** The perspective to open it in. */
  perspective: Perspective;
}

export const GROUPS = ['yours', 'starting', 'running', 'completed'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * A summary as one person's line: a server says which perspectives they hold;
 * storage in the browser does not, and `fallback` (the element's
 * `perspective`) stands in.
 */
export function rowOf(summary: ContractSummary, fallback: Perspective | undefined): Row {
  const held = summary.perspectives ?? (fallback ? [fallback] : []);
  const everything = [...(summary.yours ?? []), ...(summary.waitingFor ?? [])];
  const mine = (need: NeedInShort) => need.by.some((perspective) => held.includes(perspective));
  const yours = everything.filter(mine);
  // Opened as the one who has something to do, or else in the first perspective held.
  const acting = yours.flatMap((need) => need.by).find((perspective) => held.includes(perspective));
  return {
    summary,
    yours,
    waitingFor: everything.filter((need) => !mine(need)),
    perspective: acting ?? held[0] ?? 'party-a',
  };
}

/**
 * A contract waits for this person when something is theirs to do. Otherwise
 * it is not under way yet while it is being agreed (the introduction and the
 * agreement steps, as the row's step says), and in progress from the
 * learning on, while they learn (until its end date) and after.
 */
export function groupOf(row: Row): Group {
  const { state } = row.summary;
  if (state === 'completed') return 'completed';
  if (row.yours.some((need) => need.need !== 'learn')) return 'yours';
  return state === 'introduced' || state === 'agreement' ? 'starting' : 'running';
}

/** Newest change first, each in its group. */
export function rowsByGroup(
  summaries: ContractSummary[],
  fallback: Perspective | undefined,
): Array<{ group: Group; rows: Row[] }> {
  const rows = [...summaries]
    .sort((x, y) => y.updatedAt.localeCompare(x.updatedAt))
    .map((summary) => rowOf(summary, fallback));
  return GROUPS.map((group) => ({ group, rows: rows.filter((row) => groupOf(row) === group) }));
}
