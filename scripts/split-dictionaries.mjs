// lit-localize writes one Danish dictionary with every message. Messages of a
// part that most pages never show (loaded by import() when needed) move to a
// dictionary of their own, which that part registers when it arrives, so a
// page does not download their Danish either. Run after `lit-localize build`.
import { readFileSync, writeFileSync } from 'node:fs';

const folder = 'src/locales';
/** Message id prefix → the dictionary file its messages move to. */
const PARTS = {
  'contracts.': 'da-contract-list.ts',
  'retention.': 'da-retention.ts',
  'perspective.choice': 'da-perspective-choice.ts',
};

const main = readFileSync(`${folder}/da.ts`, 'utf8');
const lines = main.split('\n');
const moved = Object.fromEntries(Object.keys(PARTS).map((prefix) => [prefix, []]));
const kept = lines.filter((line) => {
  const prefix = Object.keys(PARTS).find((p) => line.startsWith(`'${p}`));
  if (!prefix) return true;
  moved[prefix].push(line);
  return false;
});
writeFileSync(`${folder}/da.ts`, kept.join('\n'));
for (const [prefix, file] of Object.entries(PARTS)) {
  const usesStr = moved[prefix].some((line) => line.includes('str`'));
  writeFileSync(
    `${folder}/${file}`,
    [
      `// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the`,
      `// '${prefix}' messages here from the dictionary lit-localize generates.`,
      usesStr ? `import { str } from '@lit/localize';\n` : '',
      `export const templates = {`,
      ...moved[prefix],
      `};`,
      '',
    ].join('\n'),
  );
  console.log(`${folder}/${file}: ${moved[prefix].length} messages moved from da.ts`);
}
