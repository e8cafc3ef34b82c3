import type { IssueCode } from './issue-codes.js';
import type { Issue } from './result.js';

interface ZodLikeIssue {
  code: string;
  path: PropertyKey[];
  message: string;
}

const ZOD_CODE_TO_ISSUE_CODE: Readonly<Record<string, IssueCode>> = {
  invalid_type: 'invalid-type',
  invalid_value: 'invalid-value',
  invalid_format: 'invalid-format',
  invalid_union: 'invalid-value',
  too_big: 'too-long',
  too_small: 'too-short',
  unrecognized_keys: 'unexpected-key',
};

/** Turns zod's issues into ours: the path, a stable code, zod's English text as detail. */
export function fromZodIssues(
  issues: readonly ZodLikeIssue[],
  prefix: Issue['path'] = [],
): Issue[] {
  return issues.map((zodIssue) => ({
    path: [
      ...prefix,
      ...zodIssue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    ],
    // Our own refinements name their code as the message (`https-only`).
    code:
      zodIssue.code === 'custom' && /^[a-z-]+$/.test(zodIssue.message)
        ? zodIssue.message
        : (ZOD_CODE_TO_ISSUE_CODE[zodIssue.code] ?? 'invalid'),
    detail: zodIssue.message,
  }));
}
