// The HTTP adapter against a real server on loopback (test/fixtures/contract-server.mjs):
// the conformance suite, then each fault the protocol must survive.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  startContractServer,
  type ContractServer,
} from '../../../../test/fixtures/contract-server.mjs';
import { createEmptyContract } from '../create-contract.js';
import type { LearningContract } from '../schema/contract-schema.js';
import { storageConformanceCases } from '../testing/storage-conformance.js';
import { createHttpAdapter, type HttpAdapterOptions } from './http-adapter.js';

let server: ContractServer;
const adapters: { close(): void }[] = [];
before(async () => {
  server = await startContractServer();
});
after(async () => {
  for (const adapter of adapters) adapter.close();
  await server.stop();
});

/** An adapter with short waits, so that retries and timeouts run quickly. */
function adapter(options: Partial<HttpAdapterOptions> = {}) {
  const made = createHttpAdapter({
    endpoint: server.url,
    retryDelayMs: 5,
    timeoutMs: 300,
    ...options,
  });
  adapters.push(made);
  return made;
}

const named = (id: string, name: string): LearningContract => {
  const contract = createEmptyContract({ id });
  return { ...contract, parties: { ...contract.parties, a: { ...contract.parties.a, name } } };
};

for (const { name, run } of storageConformanceCases(() => adapter())) {
  test(`HTTP adapter: ${name}`, run);
}

test('a write without If-Match is refused by the server with 428, and the adapter always sends one', async () => {
  const response = await fetch(`${server.url}/contracts/x`, {
    method: 'PUT',
    body: JSON.stringify(createEmptyContract({ id: 'x' })),
  });
  assert.equal(response.status, 428);
  const saved = await adapter().save(createEmptyContract({ id: 'x' }));
  assert.equal(saved.ok, true);
  const put = server.requests.filter((r) => r.method === 'PUT' && r.url === '/contracts/x').at(-1);
  assert.equal(put?.headers['if-none-match'], '*');
});

test('a 412 comes back as a conflict carrying the server’s copy, and nothing is written', async () => {
  const mine = adapter();
  const theirs = adapter();
  const first = await mine.save(named('c412', 'Mette'), { expectedRevision: 0 });
  assert.ok(first.ok);
  const their = await theirs.save({ ...first.value, purpose: 'Theirs' }, { expectedRevision: 1 });
  assert.ok(their.ok);
  const refused = await mine.save({ ...first.value, purpose: 'Mine' }, { expectedRevision: 1 });
  assert.equal(refused.ok || refused.error.code, 'conflict');
  assert.equal(refused.ok ? '' : refused.error.current?.purpose, 'Theirs');
  assert.equal(server.contracts.get('c412')?.['purpose'], 'Theirs');
});

test('500 answers are retried with the same idempotency key until one succeeds', async () => {
  server.failNext(2, 500);
  const saved = await adapter().save(named('c500', 'Jonas'), { expectedRevision: 0 });
  assert.equal(saved.ok, true);
  const puts = server.requests.filter((r) => r.url === '/contracts/c500' && r.method === 'PUT');
  assert.equal(puts.length, 3);
  assert.equal(new Set(puts.map((r) => r.headers['idempotency-key'])).size, 1);
});

test('a request with no answer times out and is retried', async () => {
  server.hangNext(1);
  const saved = await adapter().save(named('chang', 'Aya'), { expectedRevision: 0 });
  assert.equal(saved.ok, true);
  assert.equal(server.contracts.get('chang')?.['revision'], 1);
});

test('a retried write the server already stored is not stored twice (idempotency key)', async () => {
  const contract = named('cidem', 'Bo');
  const body = JSON.stringify(contract);
  const headers = {
    'If-None-Match': '*',
    'Idempotency-Key': 'k-1',
    'Content-Type': 'application/json',
  };
  const first = await fetch(`${server.url}/contracts/cidem`, { method: 'PUT', body, headers });
  const again = await fetch(`${server.url}/contracts/cidem`, { method: 'PUT', body, headers });
  assert.equal(first.status, 201);
  assert.equal(again.status, 201, 'the same answer, not a 412');
  assert.equal(server.contracts.get('cidem')?.['revision'], 1);
});

test('the headers hook goes with every request (the intranet’s login)', async () => {
  const guarded = await startContractServer({ requiredHeaders: { authorization: 'Bearer t0ken' } });
  try {
    const withLogin = createHttpAdapter({
      endpoint: guarded.url,
      headers: () => Promise.resolve({ Authorization: 'Bearer t0ken' }),
    });
    const without = createHttpAdapter({ endpoint: guarded.url });
    assert.equal((await withLogin.save(named('login', 'Ida'))).ok, true);
    // 401: not "offline" but signed out (a session that ended, a token gone stale).
    const refused = await without.load('login');
    assert.equal(refused.ok || refused.error.code, 'signed-out');
    const unsaved = await without.save(named('login', 'Ida'), { expectedRevision: 1 });
    assert.equal(unsaved.ok || unsaved.error.code, 'signed-out');
  } finally {
    await guarded.stop();
  }
});

test('while the server is down a save answers unavailable, and keeps nothing itself', async () => {
  const offline = adapter({ retries: 1 });
  const saved = await offline.save(named('order-1', 'Før'), { expectedRevision: 0 });
  assert.ok(saved.ok);
  await server.stop();
  try {
    const first = await offline.save(
      { ...saved.value, purpose: 'Typed offline' },
      { expectedRevision: 1 },
    );
    assert.equal(first.ok || first.error.code, 'unavailable');
    // The page keeps the person's edits (the elements: in localStorage) and sends them later.
  } finally {
    await server.start();
  }
  assert.equal(
    server.contracts.get('order-1')?.['purpose'],
    saved.value.purpose,
    'nothing sent while down',
  );
  const again = await offline.save(
    { ...saved.value, purpose: 'Typed offline' },
    { expectedRevision: 1 },
  );
  assert.equal(again.ok && again.value.purpose, 'Typed offline');
  assert.equal(server.contracts.get('order-1')?.['purpose'], 'Typed offline');
});
