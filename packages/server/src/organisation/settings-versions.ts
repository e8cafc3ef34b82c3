import type { ContractRules } from '@kollegalaering/core';
import {
  EMPTY_SETTINGS,
  parseOrganisationSettings,
  type OrganisationSettings,
} from '@kollegalaering/core/organisation';
import type { Queryable } from '../db/db.js';
import { rulesOf } from './settings-store.js';

/** One version of the organisation's settings, with the contract rules it makes. */
export interface SettingsVersion {
  version: number;
  settings: OrganisationSettings;
  rules: ContractRules;
}

/**
 * The settings versions the routes apply. A contract follows the version it
 * started under (`contracts.settings_version`); a new one starts under the
 * newest. The newest version number is read from the database on every
 * request that starts a contract, so an instance that did not take a save
 * uses it from the next request on, without a restart or a notice. A version
 * is never changed once stored, so each is parsed once and kept by its number.
 *
 * Version 0 is "none stored": `fallback`, the rules the server was started
 * with (SECTIONS_CONFIG), as for a test app without stored settings.
 */
export function settingsVersions(fallback: ContractRules) {
  const none: SettingsVersion = { version: 0, settings: EMPTY_SETTINGS, rules: fallback };
  const known = new Map<number, SettingsVersion>();

  async function at(db: Queryable, version: number): Promise<SettingsVersion> {
    if (version <= 0) return none;
    const kept = known.get(version);
    if (kept) return kept;
    const { rows } = await db.query<{ document: unknown }>(
      'select document from organisation_settings where version = $1',
      [version],
    );
    const row = rows[0];
    if (!row) return none;
    const document: unknown =
      typeof row.document === 'string' ? JSON.parse(row.document) : row.document;
    const parsed = parseOrganisationSettings(document);
    // A version stored by a newer core, which this one refuses, is read as none.
    const read = parsed.ok
      ? { version, settings: parsed.value, rules: rulesOf(parsed.value) }
      : none;
    known.set(version, read);
    return read;
  }

  return {
    /** The version a contract started under, by its stored number (null: stored before versions were kept, the first). */
    async of(db: Queryable, version: number | null): Promise<SettingsVersion> {
      if (version !== null) return at(db, version);
      const { rows } = await db.query<{ version: number | null }>(
        'select min(version) as version from organisation_settings',
      );
      return at(db, rows[0]?.version ?? 0);
    },
    /** The newest stored version: the one a contract starting now starts under. */
    async newest(db: Queryable): Promise<SettingsVersion> {
      const { rows } = await db.query<{ version: number | null }>(
        'select max(version) as version from organisation_settings',
      );
      return at(db, rows[0]?.version ?? 0);
    },
  };
}

export type SettingsVersions = ReturnType<typeof settingsVersions>;
