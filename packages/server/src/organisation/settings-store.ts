import { resolveSections, type ContractRules } from '@kollegalaering/core';
import {
  EMPTY_SETTINGS,
  parseOrganisationSettings,
  type OrganisationSettings,
} from '@kollegalaering/core/organisation';
import type { Queryable } from '../db/db.js';

/** One stored version of the organisation's settings. */
export interface StoredSettings {
  version: number;
  settings: OrganisationSettings;
  changedAt: string;
}

/**
 * The newest version, or the version `version` where it is given; version 0
 * with nothing set where none was ever stored. Null for a version not stored.
 */
export async function readSettings(db: Queryable): Promise<StoredSettings>;
export async function readSettings(db: Queryable, version: number): Promise<StoredSettings | null>;
export async function readSettings(
  db: Queryable,
  version?: number,
): Promise<StoredSettings | null> {
  const { rows } = await db.query<{ version: number; document: unknown; changed_at: Date }>(
    version === undefined
      ? 'select version, document, changed_at from organisation_settings order by version desc limit 1'
      : 'select version, document, changed_at from organisation_settings where version = $1',
    version === undefined ? [] : [version],
  );
  const row = rows[0];
  const none = { version: 0, settings: EMPTY_SETTINGS, changedAt: new Date(0).toISOString() };
  if (!row) return version === undefined || version === 0 ? none : null;
  const document: unknown =
    typeof row.document === 'string' ? JSON.parse(row.document) : row.document;
  const parsed = parseOrganisationSettings(document);
  return {
    version: row.version,
    // A stored version was checked as it was written; one a newer core refuses shows as empty.
    settings: parsed.ok ? parsed.value : EMPTY_SETTINGS,
    changedAt: new Date(row.changed_at).toISOString(),
  };
}

/** The named parts of the settings, as the audit log lists what a change touched. */
const PARTS: Record<string, (s: OrganisationSettings) => unknown> = {
  introduction: (s) => s.sections.process?.introduction,
  mode: (s) => s.sections.process?.mode,
  themes: (s) => s.sections.process?.themes,
  sections: (s) => s.sections.sections,
  retention: (s) => s.sections.retention,
  supervisors: (s) => s.supervisors,
  links: (s) => s.links,
  presetGoals: (s) => s.presetGoals,
};

export function changedParts(before: OrganisationSettings, after: OrganisationSettings): string[] {
  return Object.entries(PARTS)
    .filter(([, part]) => JSON.stringify(part(before)) !== JSON.stringify(part(after)))
    .map(([name]) => name);
}

/**
 * Stores `settings` as the version after `expected`, with its audit entry, in
 * the caller's transaction. False when another version was stored first.
 */
export async function writeSettings(
  tx: Queryable,
  expected: number,
  settings: OrganisationSettings,
  by: { email: string; at: Date },
): Promise<{ ok: true; version: number; paths: string[] } | { ok: false }> {
  const current = await readSettings(tx);
  if (current.version !== expected) return { ok: false };
  const version = expected + 1;
  const inserted = await tx.query(
    `insert into organisation_settings (version, document, changed_at, changed_by)
     values ($1, $2::jsonb, $3, $4) on conflict (version) do nothing`,
    [version, JSON.stringify(settings), by.at.toISOString(), by.email],
  );
  if (inserted.rowCount === 0) return { ok: false };
  const paths = changedParts(current.settings, settings);
  await tx.query(
    'insert into organisation_audit (version, at, email, paths) values ($1, $2, $3, $4::jsonb)',
    [version, by.at.toISOString(), by.email, JSON.stringify(paths)],
  );
  return { ok: true, version, paths };
}

/** Every change to the settings, newest first: the version, when, by whom, what. */
export async function settingsAudit(db: Queryable) {
  const { rows } = await db.query<{ version: number; at: Date; email: string; paths: unknown }>(
    'select version, at, email, paths from organisation_audit order by id desc limit 500',
  );
  return rows.map((row) => ({
    version: row.version,
    at: new Date(row.at).toISOString(),
    by: row.email,
    paths: (typeof row.paths === 'string' ? JSON.parse(row.paths) : row.paths) as string[],
  }));
}

/**
 * The first version, from SECTIONS_CONFIG and RETENTION_MONTHS, where the
 * database has none yet; after that the stored versions are the settings.
 */
export async function storeInitialSettings(
  db: Queryable,
  sections: unknown,
  retentionMonths: number | undefined,
  at: Date,
): Promise<void> {
  const { rows } = await db.query('select 1 from organisation_settings limit 1');
  if (rows.length > 0) return;
  const given = (sections ?? {}) as OrganisationSettings['sections'];
  const withRetention =
    retentionMonths !== undefined && !given.retention
      ? { ...given, retention: { monthsAfterCompletion: retentionMonths } }
      : given;
  const parsed = parseOrganisationSettings({ ...EMPTY_SETTINGS, sections: withRetention });
  if (!parsed.ok) return;
  await writeSettings(db, 0, parsed.value, { email: 'SECTIONS_CONFIG', at });
}

/** The contract rules of some settings (its sections were checked when they were stored). */
export function rulesOf(settings: OrganisationSettings): ContractRules {
  const resolved = resolveSections(settings.sections);
  if (!resolved.ok) throw new Error('stored settings that core refuses');
  return resolved.value.rules;
}
