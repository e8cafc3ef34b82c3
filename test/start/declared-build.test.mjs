// `npm start`, `npm run build` and `npm test` build only what changed: each step in
// package.json's `wireit` sections names its input files, its output and what it
// depends on, and wireit skips a step whose inputs (by content) are as they were at
// its last successful run. This runs after those builds (test:start depends on
// them), so running them again must build nothing. It fails when a step reads what
// it writes, or another step's output that it does not declare as a dependency:
// such a step is never up to date, and `npm start` would rebuild it every time.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** One file each step writes, and what `npm start` runs. */
const OUTPUTS = [
  'packages/core/dist/index.js',
  'packages/server/dist/cli.js',
  'packages/components/dist/index.js',
  'packages/components/dist/index.d.ts',
  'packages/components/dist/cdn/kollegalaering.js',
  'packages/components/dist/frameworks/react.d.ts',
  'packages/components/custom-elements.json',
  'demo/shared/dist/index.html',
];
const writtenAt = () => OUTPUTS.map((file) => [file, statSync(join(root, file)).mtimeMs]);

async function build(script) {
  const { stdout, stderr } = await run('npm', ['run', script], {
    cwd: root,
    env: { ...process.env, WIREIT_LOGGER: 'simple' },
    maxBuffer: 10_000_000,
  });
  return stdout + stderr;
}

test('a second build of an unchanged tree builds nothing, whatever the files’ times say', async () => {
  // Steps that ran before may have written the demo's output themselves (the e2e tests build
  // it too, and wireit runs the steps in no fixed order): the build this test repeats comes first.
  await build('build');
  await build('build:demo');
  const before = writtenAt();
  // A checkout or a copy gives sources new times without changing them.
  const source = join(root, 'packages/core/src/index.ts');
  const later = new Date(Date.now() + 60_000);
  utimesSync(source, statSync(source).atime, later);
  const said = (await build('build')) + (await build('build:demo'));
  assert.deepEqual(writtenAt(), before, said);
  assert.doesNotMatch(said, /Running command/, said);
  assert.match(said, /Already fresh/);
});
