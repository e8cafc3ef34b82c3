// ARCHITECTURE.md is a map: every file and folder it names must be where it says.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const text = await readFile(join(root, 'ARCHITECTURE.md'), 'utf8');

/** Every file in the packages' sources, by its name alone (the map names some inside their folder). */
const sourceFiles = new Set(
  ['core', 'components', 'server'].flatMap((pkg) =>
    readdirSync(join(root, 'packages', pkg, 'src'), { recursive: true }).map((file) =>
      String(file).split('/').pop(),
    ),
  ),
);

/** Where a name from the map may be: from the root, in a package, or in a package's src/. */
const candidates = (name) => [
  join(root, name),
  join(root, 'packages', name),
  ...['core', 'components', 'server'].flatMap((pkg) => [
    join(root, 'packages', pkg, name),
    join(root, 'packages', pkg, 'src', name),
  ]),
];

test('every file the architecture map names exists', () => {
  const named = [...text.matchAll(/`([\w./<>-]+\.(?:ts|mjs|json|md|xlf))`/g)]
    .map((match) => match[1])
    .filter((name) => !name.includes('<'));
  assert.ok(named.length > 30, 'the map names the files');
  const missing = named.filter(
    (name) =>
      !candidates(name).some((path) => existsSync(path)) &&
      !(!name.includes('/') && sourceFiles.has(name)),
  );
  assert.deepEqual(missing, []);
});

test('every element folder the map lists is an element folder', () => {
  const elements = readdirSync(join(root, 'packages/components/src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(root, 'packages/components/src', name, 'define.ts')));
  for (const element of elements) assert.ok(text.includes(`\`${element}/\``), element);
});
