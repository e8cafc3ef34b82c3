import { SCHEMA_VERSION } from './constants.js';
import { MIGRATIONS, runMigrations } from './migrations.js';
import type { IssueCode } from './issue-codes.js';
import { fail, ok, type Result } from './result.js';
import { LearningContractSchema, type LearningContract } from './schema/contract-schema.js';
import { fromZodIssues } from './zod-issues.js';

/** Stable issue codes from parsing a stored or imported contract. */
export const PARSE_ISSUE_CODES = [
  'not-an-object',
  'unknown-version',
  'newer-version',
  'invalid-type',
  'invalid-value',
  'invalid-format',
  'too-long',
  'too-short',
  'unexpected-key',
  'invalid',
] as const satisfies readonly IssueCode[];
export type ParseIssueCode = (typeof PARSE_ISSUE_CODES)[number];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns unknown input (from storage, an import file or a host's property) into
 * a typed contract, or into issues that say where and what is wrong. A
 * document of an older version is migrated on a copy first: what is stored
 * stays as it was until the migrated contract is saved.
 * Never throws and never changes its input.
 */
export function parseContract(input: unknown): Result<LearningContract> {
  if (!isRecord(input)) return fail([{ path: [], code: 'not-an-object' }]);
  const version = input['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([{ path: ['schemaVersion'], code: 'unknown-version' }]);
  }
  if (version > SCHEMA_VERSION) {
    return fail([{ path: ['schemaVersion'], code: 'newer-version', params: { version } }]);
  }
  let document: Record<string, unknown> = input;
  if (version < SCHEMA_VERSION) {
    const migrated = runMigrations(input, MIGRATIONS, SCHEMA_VERSION);
    if (!migrated.ok) return migrated;
    document = migrated.value.document;
  }
  const parsed = LearningContractSchema.safeParse(document);
  if (parsed.success) return ok(parsed.data);
  return fail(fromZodIssues(parsed.error.issues));
}
