// `npm start`'s partner board: a handful of colleagues who put themselves on
// it, seeded through the server's own API as each of them (AUTH=dev), or with
// `--oidc`, where no one can sign in as them, into the database before the
// server opens it, with core's check of an entry. Either way an entry that is
// there already (or was changed in the demo) is left alone.
// Their themes are among the organisation's (demo/shared/sections.json, the
// settings' first version), which the board offers: a proposal about one starts
// a contract with that theme and, once an administrator runs the method
// formally with goals preset for it, those goals.
// Mette Larsen is not on it, so the demo can show opting in as her, finding
// Jonas Holm first (he teaches what she wants to learn, and the other way
// round), proposing, and accepting as Jonas in a second window.
import { randomUUID } from 'node:crypto';

const DEV_USER_HEADER = 'X-Kollegalaering-Dev-User';

const ENTRIES = [
  {
    email: 'jonas.holm@soeby.dk',
    name: 'Jonas Holm',
    department: 'Jobcentret',
    teach: {
      text: 'Reglerne for sygedagpenge og hvordan en opfølgningssamtale foregår.',
      themes: ['Sygedagpenge', 'Jobafklaring'],
    },
    learn: {
      text: 'Hvad hjemmeplejen kan og ikke kan, når en borger kommer hjem fra hospitalet.',
      themes: ['Hjemmepleje', 'Forflytning'],
    },
  },
  {
    email: 'sara.holm@soeby.dk',
    name: 'Sara Holm',
    department: 'Skoleområdet',
    teach: {
      text: 'Underretninger og samarbejdet med familieafdelingen.',
      themes: ['Underretning'],
    },
    learn: { text: 'Regneark til skemalægning.', themes: ['Excel'] },
  },
  {
    email: 'ali.hassan@soeby.dk',
    name: 'Ali Hassan',
    department: 'Teknik og Miljø',
    teach: { text: 'Excel: opslag, pivottabeller og diagrammer.', themes: ['Excel'] },
    learn: { text: 'At skrive breve, borgerne forstår.', themes: ['Klart sprog'] },
  },
  {
    email: 'bo.lund@soeby.dk',
    name: 'Bo Lund',
    department: 'Borgerservice',
    teach: { text: 'At skrive, så borgerne forstår det første gang.', themes: ['Klart sprog'] },
    learn: { text: 'Sygedagpenge, så jeg kan svare i telefonen.', themes: ['Sygedagpenge'] },
  },
  {
    email: 'anne.kjaer@soeby.dk',
    name: 'Anne Kjær',
    department: 'Hjemmeplejen',
    teach: {
      text: 'Forflytning og hjælpemidler i hjemmet.',
      themes: ['Forflytning', 'Hjemmepleje'],
    },
    learn: { text: 'Demens og pårørendesamtaler.', themes: ['Demens'] },
  },
];

/** Puts each colleague on the board at `url` who is not on it yet; returns how many it added. */
export async function seedPartners(url) {
  let added = 0;
  for (const { email, ...entry } of ENTRIES) {
    const headers = { [DEV_USER_HEADER]: email, 'Content-Type': 'application/json' };
    const board = await fetch(`${url}/api/partners`, { headers });
    if (!board.ok) return added; // not AUTH=dev: the demo's people sign in themselves
    if ((await board.json()).mine) continue;
    const put = await fetch(`${url}/api/partners/me`, {
      method: 'PUT',
      headers,
      body: JSON.stringify(entry),
    });
    if (put.ok) added++;
  }
  return added;
}

/**
 * The same colleagues, written into the PGlite database in `dataDir` before
 * the server starts (`npm start -- --oidc`); returns how many it added.
 */
export async function seedPartnersInDatabase(dataDir) {
  // Imported here, not at the top: `npm start` imports this file before it builds core and the server.
  const { parsePartnerEntry } = await import('../packages/core/dist/partners.js');
  const { openDatabase } = await import('../packages/server/dist/db/open-database.js');
  const db = await openDatabase({ databaseUrl: undefined, dataDir });
  let added = 0;
  try {
    for (const { email, ...entry } of ENTRIES) {
      const parsed = parsePartnerEntry(entry);
      if (!parsed.ok) throw new Error(`a demo entry core refuses: ${email}`);
      const { rowCount } = await db.query(
        `insert into partner_entries (id, email, entry, updated_at) values ($1, $2, $3::jsonb, $4)
         on conflict (email) do nothing`,
        [randomUUID(), email, JSON.stringify(parsed.value), new Date().toISOString()],
      );
      added += rowCount;
    }
  } finally {
    await db.close();
  }
  return added;
}
