// Storybook's API tables show what a host page can use, not the elements' insides.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { publicApi } from '../../.storybook/public-api.mjs';

const manifest = JSON.parse(
  await readFile(
    new URL('../../packages/components/custom-elements.json', import.meta.url),
    'utf8',
  ),
);

test('the API tables keep public members and leave out private ones', () => {
  const members = (source, tag) =>
    source.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === tag)
      .members.map((member) => member.name);
  const before = members(manifest, 'learning-contract');
  assert.ok(before.includes('controller'), 'the analyzer lists private members');
  const shown = members(publicApi(manifest), 'learning-contract');
  for (const name of ['contractId', 'storage', 'perspective', 'save', 'printCopy']) {
    assert.ok(shown.includes(name), name);
  }
  for (const name of ['controller', 'provider', 'issues', 'configScript', 'styles']) {
    assert.ok(!shown.includes(name), name);
  }
});
