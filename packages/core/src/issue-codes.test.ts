// The interface turns each issue code into a sentence, from ISSUE_CODES. A code
// core emits without listing it there would reach people as the bare code.
// `issue()` takes only listed codes (the type check sees to it); this looks at
// the rest: issues written as object literals, and the schemas' own refinements.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ISSUE_CODES } from './issue-codes.js';
import { fromZodIssues } from './zod-issues.js';

const src = dirname(fileURLToPath(import.meta.url));
// Storage errors have codes of their own (StorageErrorCode), which are not issues.
const modules = readdirSync(src, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .filter((file) => !file.startsWith('storage') && !file.startsWith('testing'));
const listed: readonly string[] = ISSUE_CODES;

test('every issue code written in core is in ISSUE_CODES', () => {
  const found = new Set<string>();
  for (const file of modules) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const [, code] of text.matchAll(/\bcode: '([a-z-]+)'/g)) found.add(code!);
    // A refinement's message is its issue's code (see fromZodIssues).
    for (const [, code] of text.matchAll(/z\.refine\([\s\S]*?,\s*'([a-z-]+)'\)/g)) {
      found.add(code!);
    }
  }
  assert.ok(
    ['not-an-object', 'https-only', 'not-a-date'].every((code) => found.has(code)),
    'the scan finds codes',
  );
  assert.deepEqual(
    [...found].filter((code) => !listed.includes(code)),
    [],
  );
});

test('every code zod can give becomes a listed code', () => {
  const zodCodes = ['invalid_type', 'invalid_value', 'invalid_format', 'invalid_union', 'too_big'];
  const more = ['too_small', 'unrecognized_keys', 'not_multiple_of', 'invalid_key', 'custom'];
  for (const code of [...zodCodes, ...more]) {
    const [issue] = fromZodIssues([{ code, path: [], message: 'Some text' }]);
    assert.ok(listed.includes(issue!.code), `${code} → ${issue!.code}`);
  }
});
