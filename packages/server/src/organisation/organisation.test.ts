// The organisation's settings (versioned, audited, written by administrators
// only, followed by the server's rules) and its overview (counts only, no
// group below five ever leaves the database), on PGlite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createEmptyContract } from '@kollegalaering/core';
import { OVERVIEW_MINIMUM, type OrganisationOverview } from '@kollegalaering/core/organisation';
import type { Db } from '../db/db.js';
import { personOn, testApp, type Person } from '../test-support/client.js';
import {
  ENGINES,
  freshDatabase,
  postgresAvailable,
  stopPostgres,
} from '../test-support/databases.js';
import { contractIn, peopleOn, SENTINELS, type People } from '../test-support/people.js';
import { OVERVIEW_QUERIES } from './overview-query.js';

after(stopPostgres);

const ADMIN = 'hr.admin@soeby.dk';
const SETTINGS = {
  sections: {
    process: {
      mode: 'formal',
      themes: [{ da: 'Digitalisering' }, { da: 'Velfærdsteknologi' }],
      introduction: { text: { da: 'Velkommen', en: 'Welcome' } },
    },
  },
  supervisors: [{ name: 'Lone Dahl', email: 'lone.dahl@soeby.dk' }],
  links: [{ label: { da: 'Slides' }, url: 'https://intra.soeby.dk/slides' }],
};

const putSettings = (person: Person, version: string | null, body: unknown) =>
  person.call('PUT', '/organisation/settings', {
    body,
    headers: version === null ? {} : { 'If-Match': `"${version}"` },
  });

/** A contract stored as it is, for the overview's figures: a step, a theme, two departments, dates. */
async function storeContract(
  db: Db,
  id: string,
  shape: { state: string; theme: string; from: string; to: string; created: string; done?: string },
) {
  const contract = createEmptyContract({ id, now: new Date(shape.created) });
  const document = {
    ...contract,
    settings: { ...contract.settings, theme: shape.theme },
    parties: {
      a: { ...contract.parties.a, name: `Navn ${id}`, department: shape.from },
      b: { ...contract.parties.b, department: shape.to },
    },
    process: {
      ...contract.process,
      state: shape.state,
      reached: {
        agreement: shape.created,
        ...(shape.done && { learning: shape.done, completed: shape.done }),
      },
    },
  };
  await db.query(
    'insert into contracts (id, revision, document, updated_at) values ($1, 1, $2::jsonb, $3)',
    [id, JSON.stringify(document), shape.created],
  );
}

for (const engine of ENGINES) {
  describe(`organisation settings and overview, on ${engine}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;
    let db: Db;
    let people: People;
    let admin: Person;

    before(async () => {
      if (skip) return;
      db = await freshDatabase(engine);
      const { app } = testApp(db, { admins: [ADMIN] });
      people = peopleOn(app);
      admin = personOn(app, ADMIN.toUpperCase());
    });
    after(() => db?.close());

    test(
      'only an administrator changes the settings; each change is a version in the audit log',
      { skip },
      async () => {
        const first = await people.a.call('GET', '/organisation/settings');
        assert.equal(first.status, 200);
        assert.equal(first.body.version, 0);

        assert.equal((await putSettings(people.a, '0', SETTINGS)).status, 403);
        assert.equal((await putSettings(people.supervisor, '0', SETTINGS)).status, 403);
        assert.equal((await putSettings(admin, null, SETTINGS)).status, 428);
        const bad = await putSettings(admin, '0', {
          ...SETTINGS,
          sections: { sections: [{ id: 'Bad Id' }] },
        });
        assert.equal(bad.status, 422);
        assert.deepEqual(bad.body.issues[0].path.slice(0, 2), ['sections', 'sections']);

        const saved = await putSettings(admin, '0', SETTINGS);
        assert.equal(saved.status, 200, saved.text);
        assert.equal(saved.headers.get('ETag'), '"1"');
        assert.equal((await putSettings(admin, '0', SETTINGS)).status, 412, 'a stale version');

        const changed = structuredClone(SETTINGS);
        changed.supervisors.push({ name: 'Ida Holm', email: 'ida.holm@soeby.dk' });
        assert.equal((await putSettings(admin, '1', changed)).status, 200);

        const read = await people.b.call('GET', '/organisation/settings');
        assert.equal(read.body.version, 2);
        assert.equal(read.body.settings.supervisors.length, 2);

        assert.equal((await people.a.call('GET', '/organisation/settings/audit')).status, 403);
        const audit = await admin.call('GET', '/organisation/settings/audit');
        assert.deepEqual(
          audit.body.map((entry: { version: number; by: string; paths: string[] }) => [
            entry.version,
            entry.by,
            entry.paths,
          ]),
          [
            [2, ADMIN, ['supervisors']],
            [1, ADMIN, ['introduction', 'mode', 'themes', 'supervisors', 'links']],
          ],
        );
      },
    );

    test(
      'a new contract starts under the newest settings, and keeps the version it started under',
      { skip },
      async () => {
        const created = await people.a.create('started-under-2');
        assert.equal(created.status, 201, created.text);
        assert.equal(created.body.settings.mode, 'formal');
        const { rows } = await db.query<{ settings_version: number }>(
          'select settings_version from contracts where id = $1',
          ['started-under-2'],
        );
        assert.equal(rows[0]?.settings_version, 2);
        const changed = {
          ...SETTINGS,
          sections: { process: { ...SETTINGS.sections.process, mode: 'informal' } },
        };
        assert.equal((await putSettings(admin, '2', changed)).status, 200);
        const again = await db.query<{ settings_version: number }>(
          'select settings_version from contracts where id = $1',
          ['started-under-2'],
        );
        assert.equal(again.rows[0]?.settings_version, 2, 'a later change leaves it as it was');
      },
    );

    test('an administrator reads no contract they are not a member of', { skip }, async () => {
      await contractIn(people, 'admin-outside', 'evaluation');
      const read = await admin.get('admin-outside');
      assert.ok([403, 404].includes(read.status), `read: ${read.status}`);
      assert.deepEqual((await admin.list()).body, []);
      assert.ok(
        [403, 404].includes((await admin.call('GET', '/contracts/admin-outside/audit')).status),
      );
      const exported = await admin.call('GET', '/me/export');
      assert.deepEqual(exported.body.contracts, []);
      const overview = await admin.call('GET', '/organisation/overview');
      for (const sentinel of [...Object.values(SENTINELS), 'admin-outside']) {
        assert.ok(!overview.text.includes(sentinel), `the overview holds ${sentinel}`);
      }
    });

    test(
      'the overview is for administrators, and no figure below five leaves the database',
      { skip },
      async () => {
        assert.equal((await people.a.call('GET', '/organisation/overview')).status, 403);
        const digital = { theme: 'Digitalisering', from: 'Hjemmeplejen', to: 'IT' };
        for (let i = 0; i < 6; i++) {
          await storeContract(db, `done-${i}`, {
            ...digital,
            state: 'completed',
            created: '2026-03-02T10:00:00Z',
            done: `2026-03-${12 + i}T10:00:00Z`,
          });
        }
        for (let i = 0; i < 3; i++) {
          await storeContract(db, `few-${i}`, {
            theme: 'Velfærdsteknologi',
            from: 'IT',
            to: 'Skole',
            state: 'learning',
            created: '2026-04-02T10:00:00Z',
          });
        }

        // The data has groups below five: the same queries without the rule return them.
        const small = await db.query<{ count: number }>(OVERVIEW_QUERIES.departments, [1]);
        assert.ok(
          small.rows.some((row) => row.count < OVERVIEW_MINIMUM),
          'the test data has small groups',
        );
        const cutoff = new Date('2030-01-01').toISOString();
        const themes = ['Digitalisering', 'Velfærdsteknologi'];
        for (const [name, text] of Object.entries(OVERVIEW_QUERIES)) {
          const extra = name === 'stalled' ? [cutoff] : name === 'themes' ? [themes] : [];
          const { rows } = await db.query<{ count: number }>(text, [OVERVIEW_MINIMUM, ...extra]);
          for (const row of rows)
            assert.ok(row.count >= OVERVIEW_MINIMUM, `${name} returned ${row.count}`);
        }

        const { body, text } = await admin.call('GET', '/organisation/overview');
        const overview = body as OrganisationOverview;
        const step = (s: string) => overview.perStep.find((row) => row.step === s)?.count;
        assert.equal(step('completed'), 6);
        assert.equal(step('learning'), null, 'three is shown as under 5');
        assert.deepEqual(body.themes, [
          { theme: 'Digitalisering', count: 6 },
          { theme: 'Velfærdsteknologi', count: null },
        ]);
        assert.deepEqual(body.departments, [{ from: 'Hjemmeplejen', to: 'IT', count: 6 }]);
        assert.deepEqual(body.perMonth, [{ month: '2026-03', started: 6, completed: 6 }]);
        const agreement = body.medianDays.find((row: { step: string }) => row.step === 'agreement');
        // Ten to fifteen days, and the contract of the test before: the median of seven.
        assert.equal(agreement.days, 12);
        assert.ok(!text.includes('Navn '), 'no name');
        assert.ok(!/done-\d|few-\d/.test(text), 'no contract id');
      },
    );
  });
}
