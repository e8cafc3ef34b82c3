import { SCHEMA_VERSION } from './constants.js';
import { parseContract } from './parse-contract.js';
import { fail, ok, type Result } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';

import { MIGRATIONS, runMigrations, type MigrationStep } from './migrations.js';

export { MIGRATIONS, runMigrations, type MigrationStep };

export interface Migrated {
  contract: LearningContract;
  /** The version the input had; equal to the current one when nothing was done. */
  fromVersion: number;
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
