// lit-localize writes one Danish dictionary with every message. Messages of a
// part that most pages never show (loaded by import() when needed) move to a
// dictionary of their own, which that part registers when it arrives, so a
// page does not download their Danish either. Run after `lit-localize build`.
import { readFileSync, writeFileSync } from 'node:fs';

const folder = 'src/locales';
/** The dictionary file of each part → the message ids (or id prefixes) that move there. */
const PARTS = {
  'da-contract-list.ts': ['contracts.'],
  'da-retention.ts': ['retention.', 'delete.'],
  'da-perspective-choice.ts': ['perspective.choice'],
  'da-print-view.ts': [
    'print.copyFor',
    'print.signatures',
    'print.confirmedBy',
    'print.closingConfirmed',
    'print.completed',
    'print.notCompleted',
  ],
  'da-introduction.ts': ['intro.'],
  'da-organisation.ts': ['org.'],
  'da-partner-board.ts': ['partners.'],
  'da-summary.ts': ['devplan.'],
  'da-import.ts': ['import.', 'choice.'],
  'da-colleague-changes.ts': ['news.', 'refused.', 'stale.', 'conflict.', 'place.'],
  'da-trouble.ts': [
    'error.',
    'status.removed',
    'status.offline',
    'status.quota',
    'status.failed',
    'status.download',
    'status.signedOut',
    'status.signInAgain',
  ],
  'da-turn.ts': [
    'turn.yours.',
    'turn.waiting.',
    'turn.title.',
    'turn.learning.',
    'turn.supervisor.',
    'turn.closing.',
    'turn.withdrawn',
    'turn.signedWarning',
    'signed.',
    'confirm.',
    'print.summary',
    'actions.printNotes',
    'actions.import',
    'actions.download',
  ],
};

const main = readFileSync(`${folder}/da.ts`, 'utf8');
const moved = Object.fromEntries(Object.keys(PARTS).map((file) => [file, []]));
const kept = main.split('\n').filter((line) => {
  const file = Object.keys(PARTS).find((name) =>
    PARTS[name].some((prefix) => line.startsWith(`'${prefix}`)),
  );
  if (!file) return true;
  moved[file].push(line);
  return false;
});
writeFileSync(`${folder}/da.ts`, kept.join('\n'));
for (const [file, prefixes] of Object.entries(PARTS)) {
  const usesStr = moved[file].some((line) => line.includes('str`'));
  writeFileSync(
    `${folder}/${file}`,
    [
      `// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the`,
      `// ${prefixes.map((prefix) => `'${prefix}'`).join(', ')} messages here from the dictionary lit-localize generates.`,
      usesStr ? `import { str } from '@lit/localize';\n` : '',
      `export const templates = {`,
      ...moved[file],
      `};`,
      '',
    ].join('\n'),
  );
  console.log(`${folder}/${file}: ${moved[file].length} messages moved from da.ts`);
}
