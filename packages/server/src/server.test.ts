// The server as the command starts it: a real socket on loopback, a real
// database on disk (PGlite) or a real PostgreSQL, stopped and started again.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readConfig } from './config.js';
import { DEV_USER_HEADER } from './auth/dev-auth.js';
import {
  freshDatabase,
  freshPostgresUrl,
  postgresAvailable,
  stopPostgres,
} from './test-support/databases.js';
import { runRetention } from './retention-job.js';
import { startServer } from './server.js';
import { testApp } from './test-support/client.js';
import { contractIn, peopleOn } from './test-support/people.js';

after(stopPostgres);

const as = (email: string, extra: Record<string, string> = {}) => ({
  [DEV_USER_HEADER]: email,
  'Content-Type': 'application/json',
  ...extra,
});

async function createAndRead(url: string, id: string) {
  const created = await fetch(`${url}/api/contracts/${id}`, {
    method: 'PUT',
    headers: as('mette@soeby.dk', { 'If-None-Match': '*', 'Idempotency-Key': `create-${id}` }),
    body: JSON.stringify({ purpose: 'Lære af hinanden' }),
  });
  assert.equal(created.status, 201);
}

const read = (url: string, id: string) =>
  fetch(`${url}/api/contracts/${id}`, { headers: as('mette@soeby.dk') });

for (const engine of ['pglite', 'postgres'] as const) {
  describe(`the server on ${engine}, stopped and started again`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;

    test('keeps every saved contract', { skip }, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-data-'));
      const env = {
        AUTH: 'dev',
        PORT: '0',
        LOG: 'silent',
        DATA_DIR: dataDir,
        ...(engine === 'postgres' && { DATABASE_URL: await freshPostgresUrl() }),
      };
      try {
        const first = await startServer(readConfig(env));
        await createAndRead(first.url, 'restart');
        assert.equal((await fetch(`${first.url}/readyz`)).status, 200);
        await first.stop();
        const second = await startServer(readConfig(env));
        const reply = await read(second.url, 'restart');
        assert.equal(reply.status, 200);
        assert.equal(((await reply.json()) as { purpose: string }).purpose, 'Lære af hinanden');
        await second.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}

describe('the running server', () => {
  test('serves pages with the strict Content-Security-Policy, the API with no-store, and logs no values', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-data-'));
    const lines: string[] = [];
    const server = await startServer(
      readConfig({
        AUTH: 'dev',
        PORT: '0',
        DATA_DIR: dataDir,
        STATIC_DIR: new URL('.', import.meta.url).pathname,
      }),
      (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
    );
    try {
      const page = await fetch(`${server.url}/index.ts`);
      assert.match(
        page.headers.get('Content-Security-Policy') ?? '',
        /require-trusted-types-for 'script'/,
      );
      await createAndRead(server.url, 'mette-og-jonas');
      const api = await read(server.url, 'mette-og-jonas');
      assert.equal(api.headers.get('Cache-Control'), 'private, no-store');
      assert.equal(api.headers.get('X-Content-Type-Options'), 'nosniff');
      const log = lines.join('\n');
      assert.ok(log.includes('"route":"/api/contracts/:id"'));
      for (const secret of ['mette-og-jonas', 'mette@soeby.dk', 'Lære af hinanden']) {
        assert.ok(!log.includes(secret), `the log holds ${secret}`);
      }
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a shutdown finishes the write in flight and turns new requests away', async () => {
    const db = await freshDatabase('pglite');
    const { app, drain } = testApp(db);
    const people = peopleOn(app);
    const writing = people.a.create('in-flight', { purpose: 'Midt i det hele' });
    const draining = drain();
    assert.equal((await writing).status, 201);
    await draining;
    const late = await people.a.get('in-flight');
    assert.deepEqual([late.status, late.headers.get('Retry-After')], [503, '5']);
    await db.close();
  });
});

describe('the retention job', () => {
  test('deletes contracts past their date, not before', async () => {
    const db = await freshDatabase('pglite');
    const today = new Date();
    const { app } = testApp(db, {
      rules: {
        customOwners: {},
        customRequirements: [],
        customFields: {},
        hiddenSections: [],
        retentionMonths: 1,
      },
    });
    const people = peopleOn(app);
    await contractIn(people, 'gammel', 'agreement');
    await contractIn(people, 'ny', 'agreement');
    const lines: string[] = [];
    const inTwoMonths = new Date(today.getTime() + 62 * 24 * 3600 * 1000);
    assert.equal(
      await runRetention(db, (e, f) => lines.push(JSON.stringify({ e, ...f })), today),
      0,
    );
    assert.equal(
      await runRetention(db, (e, f) => lines.push(JSON.stringify({ e, ...f })), inTwoMonths),
      2,
    );
    assert.equal((await people.a.get('gammel')).status, 404);
    assert.ok(lines.at(-1)?.includes('"deleted":2'));
    await db.close();
  });
});
