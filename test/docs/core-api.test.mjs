// docs/core-api.md is core's reference, generated from src/index.ts (`node scripts/api-docs.mjs
// --check` fails when it is out of date). Here: every exported name says what it is.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const page = await readFile(new URL('../../docs/core-api.md', import.meta.url), 'utf8');

test('every name core exports has a description in its reference', () => {
  const rows = [...page.matchAll(/^\| `(\w+)`\s*\|[^|]*\|([^|]*)\|$/gm)];
  assert.ok(rows.length > 50, 'the reference lists the exports');
  assert.deepEqual(
    rows.filter(([, , what]) => what.trim() === '').map(([, name]) => name),
    [],
    'add a JSDoc comment to these in packages/core/src',
  );
});
