import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { SCHEMA_VERSION } from '@kollegalaering/core';
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

test('the protocol and the model documents give the schema version the server’s views carry', async () => {
  const docs = (name: string) =>
    readFile(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');
  const api = await docs('http-api.yaml');
  const constant = /schemaVersion: \{ type: integer, const: (\d+) \}/.exec(api)?.[1];
  assert.equal(Number(constant), SCHEMA_VERSION, 'ContractView’s schemaVersion in http-api.yaml');
  const said = [...api.matchAll(/schema(?:\.ts\))?, version (\d+)/g)].map((m) => Number(m[1]));
  assert.ok(said.length > 0, 'http-api.yaml names the schema version');
  assert.deepEqual(new Set(said), new Set([SCHEMA_VERSION]), 'each mention in http-api.yaml');
  // docs/contract-model.md: the last migration leads to the current version.
  const model = await docs('contract-model.md');
  const steps = [...model.matchAll(/^\| (\d+) +\| (\d+) +\|/gm)].map((m) => Number(m[2]));
  assert.equal(steps.at(-1), SCHEMA_VERSION, 'the last migration in contract-model.md');
});
