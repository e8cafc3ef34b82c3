// `npm start`'s partner board: a handful of colleagues who put themselves on
// it, seeded through the server's own API as each of them (AUTH=dev), once:
// an entry that is there already (or was changed in the demo) is left alone.
// Mette Larsen is not on it, so the demo can show opting in as her, finding
// Jonas Holm first (he teaches what she wants to learn, and the other way
// round), proposing, and accepting as Jonas in a second window.
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
