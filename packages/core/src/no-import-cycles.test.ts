// Core's modules import one another in one direction only: a circle (even of
// types) means two files that cannot be understood, or moved, one without the other.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(src, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

/** The modules a file imports (values and types), as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*from '(\.{1,2}\/[^']+)\.js'/g)].map((match) =>
    normalize(join(dirname(file), `${match[1]}.ts`)),
  );
}

test('no two modules of core import each other, directly or round a circle', () => {
  const graph = new Map(modules.map((file) => [file, importsOf(file)]));
  const circles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') {
      circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'visiting');
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of modules) visit(file, []);
  assert.deepEqual(circles, []);
});
