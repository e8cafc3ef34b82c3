// A contract follows the settings version it started under, a new one the
// newest, and an instance that did not take a save uses it from its next
// request: two server instances on one database (two connections on
// PostgreSQL, two apps on one PGlite), each with its own memory.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Db } from '../db/db.js';
import { migrateDatabase } from '../db/migrations.js';
import { openPostgres } from '../db/postgres-db.js';
import { personOn, testApp, type Person } from '../test-support/client.js';
import {
  ENGINES,
  freshDatabase,
  freshPostgresUrl,
  postgresAvailable,
  stopPostgres,
  type Engine,
} from '../test-support/databases.js';
import { agreeOn, EMAILS, peopleOn } from '../test-support/people.js';

after(stopPostgres);

const ADMIN = EMAILS.admin;
const WISH = 'JONAS-EGET-ØNSKE';
const GOALS = ['Kende de digitale arbejdsgange', 'Kunne hjælpe en borger med MitID'];

/** A section with a field that is B's own (`b`) or shared by everyone on the contract. */
const wishSection = (owner: 'b' | 'shared') => ({
  id: 'kompetencer',
  label: { da: 'Kompetenceplan' },
  fields: [{ id: 'wish-b', kind: 'long-text', label: { da: 'B’s ønske' }, owner }],
});

/** Version 1: informal, with a field of B's own. */
const FIRST = { sections: { sections: [wishSection('b')] }, supervisors: [], links: [] };

/** Version 2: formal, the field shared, and goals preset for a theme. */
const SECOND = {
  sections: {
    sections: [wishSection('shared')],
    process: { mode: 'formal', themes: [{ da: 'Digitalisering', en: 'Digitalisation' }] },
  },
  supervisors: [],
  links: [],
  presetGoals: { Digitalisering: GOALS },
};

/** Two connections to one new database: two instances' worth (PGlite is one process, so one). */
async function twoConnections(engine: Engine): Promise<[Db, Db]> {
  if (engine === 'pglite') {
    const db = await freshDatabase('pglite');
    return [db, db];
  }
  const url = await freshPostgresUrl();
  const one = await openPostgres(url);
  await migrateDatabase(one);
  const two = await openPostgres(url);
  await migrateDatabase(two);
  return [one, two];
}

/** Two server instances, each with its own memory, on one database; and a way to close both. */
async function twoInstances(engine: Engine) {
  const [dbOne, dbTwo] = await twoConnections(engine);
  return {
    dbOne,
    dbTwo,
    one: testApp(dbOne, { admins: [ADMIN] }).app,
    two: testApp(dbTwo, { admins: [ADMIN] }).app,
    close: async () => {
      await dbOne.close();
      if (dbTwo !== dbOne) await dbTwo.close();
    },
  };
}

const versionOf = async (db: Db, id: string) =>
  (
    await db.query<{ settings_version: number | null }>(
      'select settings_version from contracts where id = $1',
      [id],
    )
  ).rows[0]?.settings_version;

const save = (admin: Person, version: number, body: unknown) =>
  admin.call('PUT', '/organisation/settings', {
    body,
    headers: { 'If-Match': `"${version}"` },
  });

for (const engine of ENGINES) {
  describe(`settings versions across two instances, on ${engine}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;

    test(
      'each contract keeps the rules of its version; new ones start under the newest, on either instance',
      { skip },
      async () => {
        const { dbOne, dbTwo, one, two, close } = await twoInstances(engine);
        const peopleOne = peopleOn(one);
        const peopleTwo = peopleOn(two);

        // Instance two starts a contract before any version is stored: it has read "none" once.
        assert.equal((await peopleTwo.a.create('under-0')).status, 201);
        assert.equal(await versionOf(dbOne, 'under-0'), 0);

        assert.equal((await save(personOn(one, ADMIN), 0, FIRST)).status, 200);
        await agreeOn(peopleTwo, 'under-1');
        assert.equal(await versionOf(dbOne, 'under-1'), 1, 'instance two started it under 1');
        const written = await peopleTwo.b.edit('under-1', (view) => {
          view.custom = { ...view.custom, 'wish-b': WISH };
        });
        assert.equal(written.status, 200, written.text);

        // Instance two takes the next save; instance one, which took the first, starts the next contract.
        assert.equal((await save(personOn(two, ADMIN), 1, SECOND)).status, 200);
        const created = await peopleOne.a.create('under-2');
        assert.equal(created.status, 201, created.text);
        assert.equal(created.body.settings.mode, 'formal', 'instance one uses version 2 at once');
        assert.equal(await versionOf(dbOne, 'under-2'), 2);

        // Version 2 shares B's field; the contract started under version 1 still keeps it B's.
        for (const people of [peopleOne, peopleTwo]) {
          const asA = await people.a.get('under-1');
          assert.equal(asA.status, 200);
          assert.ok(!asA.text.includes(WISH), 'A does not receive B’s own field');
          assert.ok((await people.b.get('under-1')).text.includes(WISH));
          const exported = await people.a.call('GET', '/me/export');
          assert.ok(!exported.text.includes(WISH), 'nor in A’s export');
          const list = await people.a.list();
          const row = list.body.find((r: { id: string }) => r.id === 'under-1');
          assert.equal(row?.settingsVersion, 1);
          // What a page needs to render it with the sections it started under.
          assert.equal(asA.headers.get('Kollegalaering-Settings-Version'), '1');
          const its = await people.a.call('GET', '/organisation/settings?version=1');
          assert.equal(its.body.version, 1);
          assert.equal(its.body.settings.sections.sections[0].fields[0].owner, 'b');
        }
        assert.equal((await peopleOne.a.call('GET', '/organisation/settings')).body.version, 2);
        for (const missing of ['3', 'x', '-1']) {
          const reply = await peopleOne.a.call('GET', `/organisation/settings?version=${missing}`);
          assert.equal(reply.status, 404, missing);
        }
        const forged = await peopleOne.a.edit('under-1', (view) => {
          view.custom = { ...view.custom, 'wish-b': 'A skriver' };
        });
        assert.equal(forged.status, 403, 'A may not write B’s field under version 1');
        assert.equal(await versionOf(dbTwo, 'under-1'), 1, 'a write leaves its version as it was');
        assert.equal((await peopleOne.a.get('under-0')).body.settings.mode, 'informal');

        await close();
      },
    );

    test(
      'run formally, a contract started from the partner board begins with its theme’s preset goals',
      { skip },
      async () => {
        const { dbTwo, one, two, close } = await twoInstances(engine);
        const mette = personOn(one, EMAILS.a);
        const jonas = personOn(two, EMAILS.b);
        const entry = (name: string, teach: string[], learn: string[]) => ({
          name,
          department: name === 'Mette Larsen' ? 'Hjemmeplejen' : 'Jobcentret',
          teach: { text: 'kan', themes: teach },
          learn: { text: 'vil', themes: learn },
        });
        assert.equal(
          (
            await mette.call('PUT', '/partners/me', {
              body: entry('Mette Larsen', [], ['Digitalisering']),
            })
          ).status,
          200,
        );
        assert.equal(
          (
            await jonas.call('PUT', '/partners/me', {
              body: entry('Jonas Holm', ['Digitalisering'], []),
            })
          ).status,
          200,
        );
        // Saved on instance one; the proposal is accepted on instance two.
        assert.equal((await save(personOn(one, ADMIN), 0, SECOND)).status, 200);
        const to = (await mette.call('GET', '/partners')).body.entries[0].id as string;
        const proposed = await mette.call('POST', '/partners/proposals', {
          body: { to, theme: 'digitalisering' },
        });
        assert.equal(proposed.status, 201, proposed.text);
        const accepted = await jonas.call('POST', `/partners/proposals/${proposed.body.id}/accept`);
        assert.equal(accepted.status, 200, accepted.text);
        const id = accepted.body.contractId as string;
        const contract = (await mette.get(id)).body;
        assert.equal(contract.settings.mode, 'formal');
        assert.equal(
          contract.settings.theme,
          'Digitalisering',
          'spelt as the organisation lists it',
        );
        for (const party of ['a', 'b'] as const) {
          assert.deepEqual(
            contract.goals[party].map((goal: { text: string; preset: boolean }) => [
              goal.text,
              goal.preset,
            ]),
            GOALS.map((text) => [text, true]),
          );
        }
        assert.equal(await versionOf(dbTwo, id), 1);
        // Its leaders cannot open it yet: each party's list asks them for their own leader.
        for (const [person, party] of [
          [mette, 'party-a'],
          [jonas, 'party-b'],
        ] as const) {
          const row = (await person.list()).body.find((r: { id: string }) => r.id === id);
          assert.equal(row.state, 'introduced');
          assert.deepEqual(row.yours, [{ need: 'fill-in', by: [party] }]);
        }
        await close();
      },
    );
  });
}
