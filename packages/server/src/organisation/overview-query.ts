import { PROCESS_STATES, type ProcessState } from '@kollegalaering/core';
import {
  OVERVIEW_MINIMUM,
  type OrganisationOverview,
  type OrganisationSettings,
} from '@kollegalaering/core/organisation';
import type { Queryable } from '../db/db.js';

/** Days without a change after which a contract counts as stalled in its step. */
export const STALL_DAYS = 30;

const reached = (step: string) => `(document->'process'->'reached'->>'${step}')`;

/** Each step with the one after it, for the time spent in it. */
const NEXT: Array<[ProcessState, ProcessState]> = PROCESS_STATES.slice(0, -1).map((step, i) => [
  step,
  PROCESS_STATES[i + 1]!,
]);

/**
 * Every query of the overview. Each groups contracts and keeps only the
 * groups of at least OVERVIEW_MINIMUM (`having count(*) >= $1`): a group
 * smaller than that never leaves the database, so no figure in a response
 * can point to one or two people. No query selects an id, a name or a text
 * a person wrote; the theme and department are compared with the settings
 * and grouped.
 */
export const OVERVIEW_QUERIES = {
  perStep: `select document->'process'->>'state' as step, count(*)::int as count
    from contracts group by 1 having count(*) >= $1`,
  started: `select to_char((document->>'createdAt')::timestamptz at time zone 'UTC', 'YYYY-MM') as month,
      count(*)::int as count
    from contracts group by 1 having count(*) >= $1`,
  completed: `select to_char(${reached('completed')}::timestamptz at time zone 'UTC', 'YYYY-MM') as month,
      count(*)::int as count
    from contracts where ${reached('completed')} is not null group by 1 having count(*) >= $1`,
  medianDays: `select s.step, count(*)::int as count,
      percentile_cont(0.5) within group (order by extract(epoch from
        ((document->'process'->'reached'->>s.next)::timestamptz
         - (document->'process'->'reached'->>s.step)::timestamptz)) / 86400) as days
    from contracts, (values ${NEXT.map(([a, b]) => `('${a}', '${b}')`).join(', ')}) as s(step, next)
    where document->'process'->'reached'->>s.step is not null
      and document->'process'->'reached'->>s.next is not null
    group by s.step having count(*) >= $1`,
  stalled: `select document->'process'->>'state' as step, count(*)::int as count
    from contracts where document->'process'->>'state' <> 'completed' and updated_at < $2
    group by 1 having count(*) >= $1`,
  themes: `select document->'settings'->>'theme' as theme, count(*)::int as count
    from contracts where document->'settings'->>'theme' = any($2::text[])
    group by 1 having count(*) >= $1`,
  departments: `select document->'parties'->'a'->>'department' as "from",
      document->'parties'->'b'->>'department' as "to", count(*)::int as count
    from contracts
    where document->'parties'->'a'->>'department' <> '' and document->'parties'->'b'->>'department' <> ''
    group by 1, 2 having count(*) >= $1`,
} as const;

/** The scheme's figures; a figure behind which fewer than five contracts lie is null ("under 5"). */
export async function organisationOverview(
  db: Queryable,
  settings: OrganisationSettings,
  now: Date,
): Promise<OrganisationOverview> {
  const min = OVERVIEW_MINIMUM;
  const q = <Row>(text: string, params: unknown[] = []) =>
    db.query<Row>(text, [min, ...params]).then((r) => r.rows);
  const themeNames = (settings.sections.process?.themes ?? []).map((theme) => theme.da);
  const cutoff = new Date(now.getTime() - STALL_DAYS * 86_400_000).toISOString();
  const [perStep, started, completed, median, stalled, themes, departments] = await Promise.all([
    q<{ step: ProcessState; count: number }>(OVERVIEW_QUERIES.perStep),
    q<{ month: string; count: number }>(OVERVIEW_QUERIES.started),
    q<{ month: string; count: number }>(OVERVIEW_QUERIES.completed),
    q<{ step: ProcessState; days: number }>(OVERVIEW_QUERIES.medianDays),
    q<{ step: ProcessState; count: number }>(OVERVIEW_QUERIES.stalled, [cutoff]),
    q<{ theme: string; count: number }>(OVERVIEW_QUERIES.themes, [themeNames]),
    q<{ from: string; to: string; count: number }>(OVERVIEW_QUERIES.departments),
  ]);
  const months = [...new Set([...started, ...completed].map((row) => row.month))].sort();
  return {
    perStep: PROCESS_STATES.map((step) => ({
      step,
      count: perStep.find((row) => row.step === step)?.count ?? null,
    })),
    perMonth: months.map((month) => ({
      month,
      started: started.find((row) => row.month === month)?.count ?? null,
      completed: completed.find((row) => row.month === month)?.count ?? null,
    })),
    medianDays: NEXT.map(([step]) => {
      const days = median.find((row) => row.step === step)?.days;
      return { step, days: days === undefined ? null : Math.round(Number(days) * 10) / 10 };
    }),
    stalled: PROCESS_STATES.slice(0, -1).map((step) => ({
      step,
      count: stalled.find((row) => row.step === step)?.count ?? null,
    })),
    stallDays: STALL_DAYS,
    themes: themeNames.map((theme) => ({
      theme,
      count: themes.find((row) => row.theme === theme)?.count ?? null,
    })),
    departments: departments
      .map(({ from, to, count }) => ({ from, to, count }))
      .sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to)),
  };
}
