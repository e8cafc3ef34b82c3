import { SCHEMA_VERSION } from './constants.js';
import { parseContract } from './parse-contract.js';
import { fail, issue, ok, type Result } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';

/** One step: turns a document of version N into one of version N + 1. Pure; never changes its input. */
export type MigrationStep = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * The steps from each version to the next, keyed by the version they start
 * from. Version 1 is the first: nothing to migrate yet. When a version ships,
 * keep a real document of it as a fixture and add its step here.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export interface Migrated {
  contract: LearningContract;
  /** The version the input had; equal to the current one when nothing was done. */
  fromVersion: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Runs the migration steps from the document's version up to `targetVersion`.
 * Refuses a document from a newer version (`newer-version`) and never changes
 * its input: it works on a copy.
 */
export function runMigrations(
  input: unknown,
  steps: Readonly<Record<number, MigrationStep>>,
  targetVersion: number,
): Result<{ document: Record<string, unknown>; fromVersion: number }> {
  if (!isRecord(input)) return fail([issue([], 'not-an-object')]);
  const fromVersion = input['schemaVersion'];
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    return fail([issue(['schemaVersion'], 'unknown-version')]);
  }
  if (fromVersion > targetVersion) {
    return fail([issue(['schemaVersion'], 'newer-version', { version: fromVersion })]);
  }
  let document: Record<string, unknown> = structuredClone(input);
  for (let version = fromVersion; version < targetVersion; version++) {
    const step = steps[version];
    if (!step) return fail([issue(['schemaVersion'], 'no-migration', { version })]);
    document = { ...step(document), schemaVersion: version + 1 };
  }
  return ok({ document, fromVersion });
}

/**
 * Upgrades a stored or imported document to the current schema, one version
 * at a time, then parses it into a typed contract. A document from a newer
 * version is refused (`newer-version`) and left exactly as it was.
 */
export function migrate(input: unknown): Result<Migrated> {
  const migrated = runMigrations(input, MIGRATIONS, SCHEMA_VERSION);
  if (!migrated.ok) return migrated;
  const parsed = parseContract(migrated.value.document);
  return parsed.ok
    ? ok({ contract: parsed.value, fromVersion: migrated.value.fromVersion })
    : fail(parsed.issues);
}
