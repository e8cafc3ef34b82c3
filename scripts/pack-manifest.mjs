// `npm pack` and `npm publish` ship package.json as it is on disk. In the
// repository, exports carry a `kollegalaering-source` condition that points at
// src/*.ts, so that Vite, Storybook and the tests run from sources; src/ is not
// shipped, so a tool that turned the condition on would break. prepack writes
// package.json without the condition (and without src/ in sideEffects) and
// keeps the original beside it; postpack puts the original back.
//   node ../../scripts/pack-manifest.mjs strip | restore
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const KEPT = 'package.json.in-repository';
const CONDITION = 'kollegalaering-source';

/** The package.json a consumer receives: nothing that points at files not shipped. */
export function shippedManifest(manifest) {
  const withoutCondition = (value) => {
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== CONDITION)
        .map(([key, inner]) => [key, withoutCondition(inner)]),
    );
  };
  const shipped = { ...manifest, exports: withoutCondition(manifest.exports) };
  if (Array.isArray(manifest.sideEffects)) {
    shipped.sideEffects = manifest.sideEffects.filter((path) => !path.startsWith('./src/'));
  }
  return shipped;
}

const [command] = process.argv.slice(2);
if (command === 'strip') {
  const text = readFileSync(MANIFEST, 'utf8');
  writeFileSync(KEPT, text);
  writeFileSync(MANIFEST, `${JSON.stringify(shippedManifest(JSON.parse(text)), null, 2)}\n`);
} else if (command === 'restore') {
  if (existsSync(KEPT)) renameSync(KEPT, MANIFEST);
} else if (command !== undefined) {
  throw new Error(`pack-manifest: unknown command ${command}`);
}
