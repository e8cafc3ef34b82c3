// A contract stored by the version before leaders had emails: read as
// version 2, while the stored document stays version 1 until someone writes.
import assert from 'node:assert/strict';
import { SCHEMA_VERSION } from '@kollegalaering/core';
import { readFile } from 'node:fs/promises';
import { after, describe, test } from 'node:test';
import { personOn, testApp } from './test-support/client.js';
import {
  ENGINES,
  freshDatabase,
  postgresAvailable,
  stopPostgres,
} from './test-support/databases.js';

after(stopPostgres);

const fixture = new URL('../../core/src/fixtures/contract-v1.json', import.meta.url);

for (const engine of ENGINES) {
  describe(`a version 1 contract on ${engine}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;

    test('is read migrated, and stored migrated only when written', { skip }, async () => {
      const db = await freshDatabase(engine);
      const raw = await readFile(fixture, 'utf8');
      const { id, revision, updatedAt } = JSON.parse(raw) as {
        id: string;
        revision: number;
        updatedAt: string;
      };
      await db.query(
        'insert into contracts (id, revision, document, updated_at) values ($1, $2, $3::jsonb, $4)',
        [id, revision, raw, updatedAt],
      );
      await db.query('insert into members (contract_id, email) values ($1, $2)', [
        id,
        'mela@example.dk',
      ]);
      const storedVersion = async () =>
        (
          await db.query<{ v: string }>(
            "select document->>'schemaVersion' as v from contracts where id = $1",
            [id],
          )
        ).rows[0]?.v;

      const mette = personOn(testApp(db).app, 'mela@example.dk');
      const read = await mette.get(id);
      assert.equal(read.status, 200);
      assert.equal(read.body.schemaVersion, SCHEMA_VERSION);
      assert.equal(read.body.leaders.a.email, '');
      assert.equal(read.body.privateNotes.a, 'Mettes egne noter');
      assert.equal(await storedVersion(), '1', 'reading changed nothing stored');

      const written = await mette.edit(id, (view) => (view.leaders.a.email = 'habe@example.dk'));
      assert.equal(written.status, 200, written.text);
      assert.equal(await storedVersion(), String(SCHEMA_VERSION));
      const whole = await db.query<{ document: { privateNotes: { b: string } } }>(
        'select document from contracts where id = $1',
        [id],
      );
      assert.equal(whole.rows[0]?.document.privateNotes.b, 'Jonas’ egne noter', 'B’s notes kept');
      await db.close();
    });
  });
}
