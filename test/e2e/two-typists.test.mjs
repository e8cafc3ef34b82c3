// Two colleagues typing into one contract at the same moment, round after
// round (#23): the scenario in which an outside tester lost words. Each round
// is a new contract and new browser contexts for Mette (party A) and Jonas
// (party B), so that the part that merges a colleague's change is fetched for
// the first time in every round: that fetch was the race (a colleague's
// version fetched while the part loaded could land after the person's own
// save and put an older base under their words; fixed by the controller
// refusing a stored version older than the one it has). Both type unique words
// in short bursts into the purpose (Mette at its start, Jonas at its end) and
// into a field of their own. Then, once both pages have settled, every typed
// word must be stored and on both screens, no conflict may have shown (they
// never changed the same words), and neither page may be unable to save.
//
// One server on PostgreSQL serves every round. E2E_ROUNDS and E2E_SEED repeat
// or vary a run. Nothing here measures time: the waits are bounded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEV_USER_HEADER } from '../../packages/server/dist/index.js';
import {
  at,
  elementContract,
  field,
  hasWord,
  open,
  random,
  read,
  settle,
  shows,
  signIn,
  sleep,
  typeWord,
  withServers,
} from './typing-people.mjs';

const ROUNDS = Number(process.env.E2E_ROUNDS ?? 20);
const SEED = Number(process.env.E2E_SEED ?? 23);
/** Words each person types in a round: every other one into the purpose. */
const WORDS = 4;
const PURPOSE = 'Vi lærer af hinandens arbejde';
/** How long the part that merges takes to arrive, from this to that many milliseconds. */
const PART_DELAY_MS = [50, 250];

const PEOPLE = {
  mette: {
    key: 'mette',
    name: 'Mette Larsen',
    email: 'mette.larsen@soeby.dk',
    letter: 'm',
    fields: [field(['purpose'], 'start'), field(['parties', 'a', 'department'])],
  },
  jonas: {
    key: 'jonas',
    name: 'Jonas Holm',
    email: 'jonas.holm@soeby.dk',
    letter: 'j',
    fields: [field(['purpose'], 'end'), field(['parties', 'b', 'department'])],
  },
};

const shared = withServers(1);

/** Mette starts the contract through the API and invites Jonas by his email. */
async function newContract(id) {
  const response = await fetch(`${shared.servers[0].url}/api/contracts/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: {
      [DEV_USER_HEADER]: PEOPLE.mette.email,
      'Content-Type': 'application/json',
      'If-None-Match': '*',
      'Idempotency-Key': `create-${id}`,
    },
    body: JSON.stringify({
      parties: { a: { name: PEOPLE.mette.name }, b: { email: PEOPLE.jonas.email } },
      purpose: PURPOSE,
    }),
  });
  assert.equal(response.status, 201, `${id}: created (${await response.text()})`);
}

/** One person's typing in a round: words in short bursts, turn about into the purpose and their own field. */
async function typist(me, { round, seed }) {
  const next = random(seed);
  const { letter, fields } = PEOPLE[me.key];
  for (let n = 1; n <= WORDS; n += 1) {
    await typeWord(me, fields[(n - 1) % fields.length], `${letter}${round}w${n}`, 15 + next() * 25);
    await sleep(next() < 0.25 ? 500 + next() * 400 : 40 + next() * 200);
  }
}

/** One round: a new contract, both open it in fresh contexts, type at once, settle; what each saw. */
async function playRound(round) {
  const id = `to-skrivere-${SEED}-${round}`;
  await newContract(id);
  const mette = await signIn(shared.browser, { ...PEOPLE.mette, url: shared.servers[0].url });
  const jonas = await signIn(shared.browser, { ...PEOPLE.jonas, url: shared.servers[0].url });
  const both = [mette, jonas];
  try {
    // The part that merges comes over a network, not loopback: it takes a while to arrive.
    const next = random(SEED * 7 + round);
    for (const me of both) {
      const delay = PART_DELAY_MS[0] + next() * (PART_DELAY_MS[1] - PART_DELAY_MS[0]);
      await me.context.route(/\/assets\/rebase-part-[^/]*\.js$/, async (route) => {
        await sleep(delay);
        await route.continue().catch(() => undefined);
      });
    }
    await Promise.all([
      open(mette, id, 'f-parties-a-department'),
      open(jonas, id, 'f-parties-b-department'),
    ]);
    await Promise.all([
      typist(mette, { round, seed: SEED * 1000 + round * 2 }),
      typist(jonas, { round, seed: SEED * 1000 + round * 2 + 1 }),
    ]);
    const settled = await settle(both, id, { timeout: 20_000, quiet: ['saved', 'idle'] });
    const stored = { mette: await read(mette, id), jonas: await read(jonas, id) };

    const typed = both.flatMap((me) => me.typed.map((entry) => ({ ...entry, by: me.name })));
    const lost = [];
    for (const { word, path, by } of typed) {
      const where = [];
      for (const reader of both) {
        if (!hasWord(at(stored[reader.key].body, path), word))
          where.push(`stored for ${reader.name}`);
        const shown = await elementContract(reader.page).catch(() => null);
        if (!hasWord(at(shown, path), word)) where.push(`on ${reader.name}'s screen`);
      }
      if (where.length > 0)
        lost.push(`${word} by ${by} in ${path.join('.')}: not ${where.join(', ')}`);
    }
    // The controls show what is stored, not only the element's model.
    const differing = [];
    for (const reader of both) {
      for (const { id: control, path } of [...PEOPLE.mette.fields, ...PEOPLE.jonas.fields]) {
        const { ok, value } = await shows(reader.page, control, at(stored[reader.key].body, path));
        if (!ok) differing.push(`${reader.name}: ${path.join('.')} shows ${JSON.stringify(value)}`);
      }
    }
    return {
      round,
      typed: typed.length,
      kept: typed.length - lost.length,
      lost,
      differing,
      notTyped: both.flatMap((me) => me.notTyped.map((n) => `${me.name}: ${n.word}: ${n.why}`)),
      conflicts: both.flatMap((me) => me.watch.conflictsShown.map((p) => `${me.name}: ${p}`)),
      refused: both.flatMap((me) => me.watch.refusedShown.map((p) => `${me.name}: ${p}`)),
      panels: both.reduce((sum, me) => sum + me.watch.choiceShown, 0),
      unableToSave: both.flatMap((me) =>
        me.watch.statuses.filter((s) => s === 'failed').map(() => me.name),
      ),
      settled: settled.settled,
      finalStatuses: settled.shown,
      pageErrors: both.flatMap((me) => me.errors.map((e) => `${me.name}: ${e}`)),
    };
  } finally {
    await Promise.all(both.map((me) => me.context.close().catch(() => undefined)));
  }
}

test(
  `two colleagues type into one contract at once, ${ROUNDS} rounds in fresh browsers, and keep every word`,
  { timeout: 60_000 + ROUNDS * 15_000 },
  async (t) => {
    if (shared.skip) return t.skip(shared.skip);
    const rounds = [];
    for (let round = 1; round <= ROUNDS; round += 1) rounds.push(await playRound(round));
    const typed = rounds.reduce((sum, r) => sum + r.typed, 0);
    const kept = rounds.reduce((sum, r) => sum + r.kept, 0);
    const troubled = rounds.filter(
      (r) =>
        r.lost.length +
          r.differing.length +
          r.notTyped.length +
          r.conflicts.length +
          r.refused.length +
          r.panels +
          r.unableToSave.length +
          r.pageErrors.length >
          0 || !r.settled,
    );
    t.diagnostic(
      `seed ${SEED}: ${ROUNDS} rounds, ${typed} words typed, ${kept} kept; ` +
        `rounds with trouble: ${troubled.map((r) => r.round).join(', ') || 'none'}`,
    );
    for (const r of troubled) t.diagnostic(JSON.stringify(r));

    const all = (key) => rounds.flatMap((r) => r[key].map((entry) => `round ${r.round}: ${entry}`));
    assert.deepEqual(all('notTyped'), [], 'every word could be typed');
    assert.deepEqual(all('lost'), [], `${typed - kept} of ${typed} typed words are not kept`);
    assert.deepEqual(all('conflicts'), [], 'no conflict: nobody changed the same words');
    assert.deepEqual(all('refused'), [], 'no change was refused');
    assert.equal(
      rounds.reduce((sum, r) => sum + r.panels, 0),
      0,
      'no whole-contract panel',
    );
    assert.deepEqual(all('unableToSave'), [], 'no page was left unable to save');
    assert.deepEqual(
      rounds.filter((r) => !r.settled).map((r) => ({ round: r.round, shown: r.finalStatuses })),
      [],
      'both pages saved and caught up in every round',
    );
    assert.deepEqual(all('differing'), [], 'both screens show the stored contract');
    assert.deepEqual(all('pageErrors'), []);
  },
);
