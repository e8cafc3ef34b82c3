// `npm start` builds only what changed (scripts/build-if-changed.mjs): a second
// start with nothing changed builds nothing; a changed, added or removed input,
// or an output that is gone or was rebuilt by another command, builds again; a
// build that fails is tried again on the next start.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildIfChanged } from '../../scripts/build-if-changed.mjs';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'start-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'src', 'a.test.ts'), 'test');
  let builds = 0;
  let fail = false;
  const step = {
    name: 'pkg',
    inputs: ['src', 'package.json'],
    output: 'dist/index.js',
    build: () => {
      if (fail) throw new Error('the build failed');
      builds++;
      mkdirSync(join(root, 'dist'), { recursive: true });
      writeFileSync(join(root, 'dist', 'index.js'), `// build ${builds}`);
    },
  };
  const start = () => buildIfChanged(root, join(root, 'stamps'), step);
  return {
    root,
    start,
    builds: () => builds,
    failNext: (value) => (fail = value),
    write: (file, text) => writeFileSync(join(root, file), text),
  };
}

test('a second start with nothing changed builds nothing, whatever the files’ times say', () => {
  const p = project();
  assert.equal(p.start(), true);
  assert.equal(p.start(), false);
  // A checkout or a copy gives the sources new times without changing them.
  const later = new Date(Date.now() + 3_600_000);
  utimesSync(join(p.root, 'src', 'a.ts'), later, later);
  assert.equal(p.start(), false);
  // Test files are not part of the build.
  p.write('src/a.test.ts', 'another test');
  assert.equal(p.start(), false);
  assert.equal(p.builds(), 1);
});

test('a changed, added or removed input builds again, even with an older time', () => {
  const p = project();
  p.start();
  p.write('src/a.ts', 'export const a = 2;');
  const earlier = new Date('2020-01-01T00:00:00Z');
  utimesSync(join(p.root, 'src', 'a.ts'), earlier, earlier);
  assert.equal(p.start(), true, 'changed');
  p.write('src/b.ts', 'export const b = 1;');
  assert.equal(p.start(), true, 'added');
  rmSync(join(p.root, 'src', 'b.ts'));
  assert.equal(p.start(), true, 'removed');
  p.write('package.json', '{}');
  assert.equal(p.start(), true, 'a named file added');
  assert.equal(p.start(), false);
});

test('an output that is gone, or was written by another build, builds again', () => {
  const p = project();
  p.start();
  rmSync(join(p.root, 'dist'), { recursive: true });
  assert.equal(p.start(), true, 'gone');
  p.write('dist/index.js', '// written by `npm run build` from other sources');
  assert.equal(p.start(), true, 'rebuilt elsewhere');
  assert.equal(p.start(), false);
});

test('a build that failed leaves no stamp, so the next start builds again', () => {
  const p = project();
  p.start();
  p.write('src/a.ts', 'export const a = ;');
  p.failNext(true);
  assert.throws(() => p.start(), /the build failed/);
  p.failNext(false);
  assert.equal(p.start(), true);
  assert.equal(p.start(), false);
});
