// Fails when a message in the source has no Danish translation in the XLIFF,
// or no description (msg()'s `desc`) to tell the translator where it is shown.
// Run after `lit-localize extract`, which adds new messages without a target.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'xliff/da.xlf';
const xliff = readFileSync(file, 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
const missing = units.filter(([, , body]) => !/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body));
if (missing.length > 0) {
  console.error(`${file}: ${missing.length} message(s) have no Danish translation:`);
  for (const [, id] of missing) console.error(`  ${id}`);
  process.exit(1);
}
const undescribed = units.filter(([, , body]) => !/<note[^>]*>[\s\S]*\S[\s\S]*<\/note>/.test(body));
if (undescribed.length > 0) {
  console.error(`${file}: ${undescribed.length} message(s) have no desc for the translator:`);
  for (const [, id] of undescribed) console.error(`  ${id}`);
  process.exit(1);
}
console.log(`${file}: all ${units.length} messages translated and described.`);
