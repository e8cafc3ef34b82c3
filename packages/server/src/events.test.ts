// Live changes: party A hears of party B's saved change without saving first,
// through the server's event stream, also when the two are connected to two
// server instances that share one PostgreSQL.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createEmptyContract, type LearningContract } from '@kollegalaering/core';
import { createHttpAdapter } from '@kollegalaering/core/http';
import pg from 'pg';
import { BUILT_IN_RULES } from '@kollegalaering/core';
import { createApp } from './app.js';
import { DEV_USER_HEADER, devAuth } from './auth/dev-auth.js';
import { readConfig } from './config.js';
import { startServer, type RunningServer } from './server.js';
import { freshPostgresUrl, postgresAvailable, stopPostgres } from './test-support/databases.js';
import { EMAILS } from './test-support/people.js';

after(stopPostgres);

const adapterOn = (server: RunningServer, email: string) =>
  createHttpAdapter({
    endpoint: `${server.url}/api`,
    headers: () => ({ [DEV_USER_HEADER]: email }),
    retries: 0,
  });

/** Waits until `heard` holds `revision`, for at most `ms`: a notice that never comes fails. */
async function hears(heard: Array<number | null>, revision: number | null, ms = 10_000) {
  for (const started = Date.now(); Date.now() - started < ms;) {
    if (heard.includes(revision)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`never heard of revision ${revision}; heard ${JSON.stringify(heard)}`);
}

/** Party A creates a contract with party B in it; B saves a change, as a browser would. */
async function sharedContract(server: RunningServer, id: string) {
  const mette = adapterOn(server, EMAILS.a);
  const blank = createEmptyContract({ id });
  const contract: LearningContract = {
    ...blank,
    parties: { ...blank.parties, b: { ...blank.parties.b, email: EMAILS.b } },
  };
  const saved = await mette.save(contract, { expectedRevision: 0 });
  assert.ok(saved.ok);
  return { mette, revision: saved.value.revision };
}

async function bSaves(server: RunningServer, id: string, purpose: string) {
  const jonas = adapterOn(server, EMAILS.b);
  const his = await jonas.load(id);
  assert.ok(his.ok && his.value);
  const saved = await jonas.save(
    { ...his.value, purpose },
    { expectedRevision: his.value.revision },
  );
  assert.ok(saved.ok, JSON.stringify(!saved.ok && saved.error));
  return saved.value.revision;
}

describe('live changes on PGlite, one instance', () => {
  let server: RunningServer;
  let dataDir: string;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-events-'));
    server = await startServer(
      readConfig({ AUTH: 'dev', PORT: '0', LOG: 'silent', DATA_DIR: dataDir }),
    );
  });
  after(async () => {
    await server.stop(); // with event streams still open: a shutdown does not wait for them
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('party A hears of party B’s save, by revision only, without saving first', async () => {
    const { mette } = await sharedContract(server, 'levende');
    const heard: Array<number | null> = [];
    const stop = mette.subscribe!('levende', (revision) => heard.push(revision));
    const revision = await bSaves(server, 'levende', 'Jonas skriver');
    await hears(heard, revision);
    stop();
  });

  test('A’s own saves are not news to A', async () => {
    const { mette, revision } = await sharedContract(server, 'egne');
    const heard: Array<number | null> = [];
    const stop = mette.subscribe!('egne', (r) => heard.push(r));
    const loaded = await mette.load('egne');
    assert.ok(loaded.ok && loaded.value);
    const saved = await mette.save(
      { ...loaded.value, purpose: 'Mit' },
      { expectedRevision: revision },
    );
    assert.ok(saved.ok);
    const fromB = await bSaves(server, 'egne', 'Hans');
    await hears(heard, fromB);
    assert.ok(!heard.includes(saved.value.revision), `heard ${JSON.stringify(heard)}`);
    stop();
  });

  test('the stream is for the contract’s members only, and carries no content', async () => {
    await sharedContract(server, 'lukket');
    const stranger = await fetch(`${server.url}/api/contracts/lukket/events`, {
      headers: { [DEV_USER_HEADER]: EMAILS.stranger },
    });
    assert.equal(stranger.status, 404);
    const member = await fetch(`${server.url}/api/contracts/lukket/events`, {
      headers: { [DEV_USER_HEADER]: EMAILS.b },
    });
    assert.equal(member.headers.get('Content-Type'), 'text/event-stream');
    const reader = member.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    assert.match(
      first,
      /^event: change\ndata: \{"id":"lukket","revision":1\}\nid: 1\nretry: 2000\n\n$/,
    );
    await reader.cancel();
  });
});

describe('live changes between two server instances on one PostgreSQL', async () => {
  const skip = (await postgresAvailable()) || false;
  let first: RunningServer;
  let second: RunningServer;
  let url: string;
  before(async () => {
    if (skip) return;
    url = await freshPostgresUrl();
    const env = { AUTH: 'dev', PORT: '0', LOG: 'silent', DATABASE_URL: url };
    first = await startServer(readConfig(env));
    second = await startServer(readConfig(env));
  });
  after(async () => {
    await first?.stop();
    await second?.stop();
  });

  test('A on one instance hears of B’s save on the other', { skip }, async () => {
    const { mette } = await sharedContract(first, 'to-instanser');
    const heard: Array<number | null> = [];
    const stop = mette.subscribe!('to-instanser', (revision) => heard.push(revision));
    await new Promise((resolve) => setTimeout(resolve, 200)); // the stream is open
    const started = Date.now();
    const revision = await bSaves(second, 'to-instanser', 'Via den anden');
    await hears(heard, revision);
    const ms = Date.now() - started;
    console.log(`# B loads and saves on one instance; A hears of it on the other: ${ms} ms in all`);
    stop();
  });

  test(
    'after the listening connection is lost, the streams are told where things stand',
    { skip },
    async () => {
      const { mette } = await sharedContract(first, 'genforbind');
      const heard: Array<number | null> = [];
      const stop = mette.subscribe!('genforbind', (revision) => heard.push(revision));
      await hears(heard, await bSaves(second, 'genforbind', 'Før'));
      // Cut every LISTEN connection; a change made meanwhile must still reach A.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen %' and pid <> pg_backend_pid()",
      );
      await admin.end();
      const revision = await bSaves(second, 'genforbind', 'Mens forbindelsen var væk');
      await hears(heard, revision);
      stop();
    },
  );
});

test('a notice that cannot be published fails no save', async () => {
  const { freshDatabase } = await import('./test-support/databases.js');
  const { peopleOn } = await import('./test-support/people.js');
  const db = await freshDatabase('pglite');
  const broken = {
    publish: () => Promise.reject(new Error('the database went away')),
    listen: () => () => undefined,
    onResync: () => () => undefined,
    close: () => Promise.resolve(),
  };
  const logged: string[] = [];
  const { app } = createApp({
    db,
    notices: broken,
    rules: BUILT_IN_RULES,
    identify: devAuth(),
    log: (event) => logged.push(event),
    config: { corsOrigins: [], maxBodyBytes: 1_000_000, rateLimitPerMinute: 1_000 },
  });
  const people = peopleOn(app);
  const created = await people.a.create('stille', { purpose: 'Gemt alligevel' });
  assert.equal(created.status, 201);
  assert.ok(logged.includes('notice-unpublished'));
  assert.equal((await people.a.get('stille')).body.purpose, 'Gemt alligevel');
  await db.close();
});
