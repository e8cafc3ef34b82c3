// ARCHITECTURE.md is a map: every file and folder it names must be where it says.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

test('a keystroke stays in state/ from the input to the adapter: no view talks to storage', () => {
  const src = join(root, 'packages/components/src');
  const files = readdirSync(src, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .filter((file) => !file.startsWith('state/') && !file.startsWith('test-support/'))
    // The list reads the list of contracts and starts a new one: its own storage, not a contract's.
    .filter((file) => file !== 'contract-list/list-controller.ts');
  const talking = files.filter((file) =>
    /\badapter\??\.(save|load|remove|subscribe|act)\b/.test(readFileSync(join(src, file), 'utf8')),
  );
  assert.ok(files.length > 40, 'the views are read');
  assert.deepEqual(talking, []);
  const controller = readFileSync(join(src, 'state/contract-controller.ts'), 'utf8');
  assert.match(controller, /adapter\.save\(/, 'the controller is where saving happens');
});

test('an element reaches another element only through its define.js', () => {
  const src = join(root, 'packages/components/src');
  const elements = readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, 'define.ts')))
    .map((entry) => entry.name);
  assert.ok(elements.length >= 6, 'the element folders are found');
  // The one exception the map names: the list imports the turn part, so that both share its file.
  const allowed = new Set(['contract-list -> learning-contract/turn-part.js']);
  const crossing = [];
  for (const element of elements) {
    for (const file of readdirSync(join(src, element)).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(join(src, element, file), 'utf8');
      for (const [, other, path] of text.matchAll(
        /(?:from|import) '\.\.\/([\w-]+)\/([\w./-]+)'/g,
      )) {
        if (!elements.includes(other) || path === 'define.js') continue;
        if (!allowed.has(`${element} -> ${other}/${path}`))
          crossing.push(`${element}/${file}: ../${other}/${path}`);
      }
    }
  }
  assert.deepEqual(crossing, []);
  assert.match(text, /`learning-contract\/turn-part\.js`/, 'the map names the exception');
});
