import { SCHEMA_VERSION } from './constants.js';
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
] as const;
export type ParseIssueCode = (typeof PARSE_ISSUE_CODES)[number];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns unknown input (from storage, an import file or a host's property) into
 * a typed contract, or into issues that say where and what is wrong.
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
  const parsed = LearningContractSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(fromZodIssues(parsed.error.issues));
}
