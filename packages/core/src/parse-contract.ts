import { SCHEMA_VERSION } from './constants.js';
import { fail, ok, type Issue, type Result } from './result.js';
import { LearningContractSchema, type LearningContract } from './schema/contract-schema.js';

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

const ZOD_CODE_TO_ISSUE_CODE: Record<string, ParseIssueCode> = {
  invalid_type: 'invalid-type',
  invalid_value: 'invalid-value',
  invalid_format: 'invalid-format',
  too_big: 'too-long',
  too_small: 'too-short',
  unrecognized_keys: 'unexpected-key',
};

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
    return fail([
      {
        path: ['schemaVersion'],
        code: 'newer-version',
        detail: `Written by a newer version (schema ${version}); this library reads up to ${SCHEMA_VERSION}.`,
      },
    ]);
  }
  const parsed = LearningContractSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(
    parsed.error.issues.map((issue): Issue => ({
      path: issue.path.filter((segment) => typeof segment !== 'symbol'),
      code: ZOD_CODE_TO_ISSUE_CODE[issue.code] ?? 'invalid',
      detail: issue.message,
    })),
  );
}
