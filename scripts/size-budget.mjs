// The size budget: the CDN bundle, minified by esbuild and gzipped at level 9,
// must stay within BUDGET_BYTES. Prints the figure either way.
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 35 * 1024;
const bundlePath = 'packages/components/dist/cdn/kollegalaering.js';

const source = readFileSync(bundlePath, 'utf8');
const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022' });
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

console.log(
  `${bundlePath}: ${kb(code.length)} KB minified, ${kb(gzipped)} KB gzipped (budget ${kb(BUDGET_BYTES)} KB, ${gzipped} of ${BUDGET_BYTES} bytes)`,
);
if (gzipped > BUDGET_BYTES) {
  console.error(`Over the size budget by ${gzipped - BUDGET_BYTES} bytes.`);
  process.exit(1);
}
