// What the guides say about the code, checked against it: every source file a guide names by its
// path exists, a name said to be "in" a file is declared there, and the size budget is the script's.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const guides = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const read = (path) => readFileSync(join(root, path), 'utf8');
const packages = ['core', 'components', 'server'].map((name) => `packages/${name}`);

/** A path as a guide writes it: from the root, or from inside a package. */
const resolve = (path) =>
  [path, ...packages.map((pkg) => `${pkg}/${path}`)].find((candidate) =>
    existsSync(join(root, candidate)),
  );

test('every source file a guide names by its path exists', () => {
  const missing = guides.flatMap((guide) =>
    [...read(guide).matchAll(/`((?:[\w.-]+\/)+[\w.-]+\.(?:ts|mjs))`/g)]
      // A file the guide tells the reader to make ("`npm run build` writes `src/locales/uk.ts`").
      .filter((match) => !/\b(?:writes|create|add)\s*$/i.test(match.input.slice(0, match.index)))
      .map(([, path]) => path)
      .filter((path) => !resolve(path))
      .map((path) => `${guide}: ${path}`),
  );
  assert.deepEqual(missing, []);
});

test('a name a guide puts "in" a file is declared in that file', () => {
  const wrong = [];
  let checked = 0;
  for (const guide of guides) {
    for (const [, name, path] of read(guide).matchAll(/`(\w+)` in\s+`([\w./-]+\.ts)`/g)) {
      const file = resolve(path);
      if (!file) continue; // the test above reports it
      checked++;
      const declared = new RegExp(
        `export (?:declare )?(?:const|let|function|async function|class|interface|type) ${name}\\b`,
      );
      if (!declared.test(read(file))) wrong.push(`${guide}: ${name} is not declared in ${path}`);
    }
  }
  assert.ok(checked > 0, 'the guides say where names are');
  assert.deepEqual(wrong, []);
});

test('CONTRIBUTING gives the size budget the script holds', () => {
  const budget = Number(/BUDGET_BYTES = (\d+) \* 1024/.exec(read('scripts/size-budget.mjs'))?.[1]);
  assert.ok(budget > 0, 'the script sets a budget in KB');
  const said = /size-budget\.mjs`,?\s+(\d+) KB/.exec(read('CONTRIBUTING.md'))?.[1];
  assert.equal(Number(said), budget);
});

test("docs/performance.md keeps the budget's account where `npm run bench` writes the page anew", () => {
  const page = read('docs/performance.md');
  const bench = read('test/bench/run-bench.mjs');
  for (const marker of ['<!-- Written by hand:', '<!-- /kept -->']) {
    assert.ok(page.includes(marker), `performance.md has ${marker}`);
    assert.ok(bench.includes(`'${marker}'`), `run-bench.mjs keeps what follows ${marker}`);
  }
  assert.match(page, /### What the budget holds/);
});
