// `npm start` builds only what changed. Each build step names its inputs and the
// file its output must contain. After a build succeeds, a stamp records a hash of
// every input file's path and content, and the size and time of that output file.
// The step is skipped while both still match: content, not modification times,
// so a checkout, a copy or a clock that moved cannot fool it; a failed or
// interrupted build writes no stamp, and an output changed or removed by another
// build (`npm run build`) is noticed by its size and time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Folders never read as inputs: outputs and installed packages. */
const SKIPPED = new Set(['dist', 'node_modules', '.git']);

/** Every file under `paths` (files or folders, relative to `root`), sorted; test files left out. */
function inputFiles(root, paths) {
  const files = [];
  const walk = (path) => {
    const absolute = join(root, path);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute)) {
        if (!SKIPPED.has(entry) && entry !== '.DS_Store') walk(join(path, entry));
      }
    } else if (!/\.test\.(ts|mjs)$/.test(path)) {
      files.push(path);
    }
  };
  paths.forEach(walk);
  return [...new Set(files)].sort();
}

/** A hash of the inputs' paths and contents: any added, removed or changed file changes it. */
export function fingerprint(root, inputs) {
  const hash = createHash('sha256');
  for (const file of inputFiles(root, inputs)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The output as it stands: its size and modification time, or null when it is missing. */
function outputState(root, output) {
  const path = join(root, output);
  if (!existsSync(path)) return null;
  const { size, mtimeMs } = statSync(path);
  return { size, mtimeMs };
}

const stampPath = (stampDir, name) => join(stampDir, `${name}.json`);

/**
 * Runs `step.build()` unless the stamp says the output was built from exactly
 * these inputs and has not been touched since. Returns whether it built.
 * A step: `{ name, inputs: string[], output: string, build: () => void }`.
 */
export function buildIfChanged(root, stampDir, step) {
  const inputs = fingerprint(root, step.inputs);
  const stamp = stampPath(stampDir, step.name);
  const output = outputState(root, step.output);
  if (output && existsSync(stamp)) {
    try {
      const recorded = JSON.parse(readFileSync(stamp, 'utf8'));
      if (
        recorded.inputs === inputs &&
        recorded.output?.size === output.size &&
        recorded.output?.mtimeMs === output.mtimeMs
      ) {
        return false;
      }
    } catch {
      // An unreadable stamp is no stamp: build.
    }
  }
  step.build();
  const built = outputState(root, step.output);
  if (!built) throw new Error(`${step.name}: the build did not write ${step.output}`);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, JSON.stringify({ inputs, output: built }));
  return true;
}
