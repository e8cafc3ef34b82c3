// The size budget, on the files as shipped: what a page that shows a contract
// with local storage loads before it can render (the CDN entry and anything it
// imports statically), gzipped at level 9 as a web server sends it, must stay
// within BUDGET_BYTES. Prints every file of the CDN folder, gzip and brotli.
import { shippedFiles, total } from './shipped-size.mjs';

// What the budget holds, why it is 48 KB, and what each raise paid for: docs/performance.md
// ("What the budget holds"); a feature that adds bytes here says so in its commit.
const BUDGET_BYTES = 48 * 1024;

const files = shippedFiles();
const kb = (bytes) => (bytes / 1024).toFixed(1);
const sizes = ({ raw, gzip, brotli }) =>
  `${kb(raw)} KB minified, ${kb(gzip)} KB gzip -9, ${kb(brotli)} KB brotli`;
for (const file of files) {
  console.log(`  ${file.upFront ? 'loaded first ' : 'when needed  '} ${file.name}: ${sizes(file)}`);
}
const firstLoad = total(files.filter((file) => file.upFront));
console.log(`All files: ${sizes(total(files))}`);
console.log(
  `A page with local storage loads ${sizes(firstLoad)} (budget ${kb(BUDGET_BYTES)} KB, ${firstLoad.gzip} of ${BUDGET_BYTES} bytes gzipped)`,
);
if (firstLoad.gzip > BUDGET_BYTES) {
  console.error(`Over the size budget by ${firstLoad.gzip - BUDGET_BYTES} bytes.`);
  process.exit(1);
}
