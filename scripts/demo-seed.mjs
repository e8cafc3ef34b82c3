// Seeds the demo's database (`npm start`) once with finished and running
// contracts between made-up colleagues who never sign in, so that the
// administrator's <organisation-overview> has figures of five and more to show.
// Stored as the server stores them, through its own database code, before the
// server opens the same PGlite directory. A marker file says it was done.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmptyContract } from '../packages/core/dist/index.js';
import { openDatabase } from '../packages/server/dist/db/open-database.js';

const THEMES = ['Digitalisering', 'Velfærdsteknologi', 'Kommunikation med borgere'];
const PAIRS = [
  ['Hjemmeplejen', 'Jobcentret'],
  ['Jobcentret', 'Hjemmeplejen'],
  ['Hjemmeplejen', 'IT'],
];
const DAY = 86_400_000;

/** Contract number `n`: a theme, a pair of departments, dates spread over the last months. */
function contract(n, now) {
  const created = new Date(now - (200 - n * 4) * DAY);
  const done = n < 24;
  const steps = done
    ? ['agreement', 'learning', 'evaluation', 'closing', 'completed']
    : ['agreement', 'learning'];
  const reached = Object.fromEntries(
    steps.map((step, i) => [
      step,
      new Date(created.getTime() + i * (10 + (n % 7)) * DAY).toISOString(),
    ]),
  );
  const blank = createEmptyContract({ id: `demo-${n}`, now: created });
  const [from, to] = PAIRS[n % PAIRS.length];
  return {
    ...blank,
    settings: { ...blank.settings, theme: THEMES[n % THEMES.length] },
    parties: {
      a: {
        ...blank.parties.a,
        name: `Kollega ${n}A`,
        department: from,
        email: `kollega${n}a@soeby.dk`,
      },
      b: {
        ...blank.parties.b,
        name: `Kollega ${n}B`,
        department: to,
        email: `kollega${n}b@soeby.dk`,
      },
    },
    purpose: 'At lære af hinanden.',
    process: { ...blank.process, state: steps.at(-1), reached },
    updatedAt: reached[steps.at(-1)],
  };
}

export async function seedDemo(dataDir) {
  const marker = join(dataDir, '.demo-seeded');
  if (existsSync(marker)) return;
  mkdirSync(dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl: undefined, dataDir });
  try {
    const now = Date.now();
    for (let n = 0; n < 36; n++) {
      const document = contract(n, now);
      await db.query(
        `insert into contracts (id, revision, document, updated_at) values ($1, 1, $2::jsonb, $3)
         on conflict (id) do nothing`,
        [document.id, JSON.stringify(document), document.updatedAt],
      );
      for (const party of ['a', 'b']) {
        await db.query(
          'insert into members (contract_id, email) values ($1, $2) on conflict do nothing',
          [document.id, document.parties[party].email],
        );
      }
    }
  } finally {
    await db.close();
  }
  writeFileSync(marker, 'The demo contracts are stored (scripts/demo-seed.mjs).\n');
}
