import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { VARIABLES } from './config.js';

test('the README lists every environment variable with the default the code uses', async () => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  for (const [name, fallback] of VARIABLES) {
    const row = readme.split('\n').find((line) => new RegExp(`^\\| +\`${name}\` +\\|`).test(line));
    assert.ok(row, `${name} is missing from the README`);
    assert.ok(
      row.includes(fallback ? `\`${fallback}\`` : '(unset)'),
      `${name}'s default in the README`,
    );
  }
});
