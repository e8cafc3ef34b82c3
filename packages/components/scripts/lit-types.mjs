// TypeScript writes the inferred type of a template as `import("lit-html").TemplateResult`,
// and lit-html is lit's dependency, not this package's: under a strict package
// layout (pnpm, Yarn PnP) a consumer's compiler cannot find it. `lit` exports the
// same types, so the declarations name `lit` instead. Run after `tsc`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = new URL('../dist/', import.meta.url).pathname;
let rewritten = 0;
for (const entry of readdirSync(folder, { recursive: true })) {
  const file = join(folder, String(entry));
  if (!file.endsWith('.d.ts')) continue;
  const text = readFileSync(file, 'utf8');
  const fixed = text.replaceAll('import("lit-html")', 'import("lit")');
  if (fixed !== text) {
    writeFileSync(file, fixed);
    rewritten++;
  }
}
console.log(`lit-types: ${rewritten} declaration files name lit instead of lit-html`);
