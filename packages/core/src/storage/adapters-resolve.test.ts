// docs/storage.md promises that every adapter method resolves: a failure is `{ ok: false, error }`,
// never a rejected promise. Checked here for the built-in adapters under the failures a page meets.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { createEmptyContract } from '../create-contract.js';
import { createHttpAdapter } from './http-adapter.js';
import { createKeyValueAdapter, mapStore } from './key-value-adapter.js';
import type { StorageAdapter } from './storage-adapter.js';

const contract = createEmptyContract({ id: 'afvist', now: new Date('2026-05-04T09:30:00Z') });
const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Every method of the adapter, each awaited: a rejection fails the test. */
async function everyMethod(adapter: StorageAdapter) {
  const results = [
    await adapter.load(contract.id),
    await adapter.save(contract, { expectedRevision: 0 }),
    await adapter.list(),
    await adapter.remove(contract.id),
  ];
  if (adapter.act) {
    results.push(await adapter.act(contract.id, 'accept', { expectedRevision: 1 }));
  }
  return results;
}

const quick = { endpoint: 'http://127.0.0.1:9/api/contracts', retries: 1, retryDelayMs: 1 };

for (const [name, fetchThat] of [
  ['the network is down', () => Promise.reject(new TypeError('Failed to fetch'))],
  ['the server answers 500', () => Promise.resolve(new Response('oops', { status: 500 }))],
  ['the server answers what is not JSON', () => Promise.resolve(new Response('<html>'))],
  ['the disk is full (507)', () => Promise.resolve(new Response('', { status: 507 }))],
] as const) {
  test(`the HTTP adapter resolves when ${name}`, async () => {
    globalThis.fetch = fetchThat;
    for (const result of await everyMethod(createHttpAdapter(quick)))
      assert.equal(result.ok, false);
  });
}

test('the HTTP adapter resolves when the page’s headers() throws', async () => {
  globalThis.fetch = () => Promise.resolve(new Response('[]'));
  const adapter = createHttpAdapter({
    ...quick,
    headers: () => {
      throw new Error('no token');
    },
  });
  for (const result of await everyMethod(adapter)) assert.equal(result.ok, false);
});

test('a key-value adapter resolves when its store is full or blocked', async () => {
  const full = new DOMException('full', 'QuotaExceededError');
  const store = {
    ...mapStore(new Map()),
    setItem: () => {
      throw full;
    },
  };
  const saved = await createKeyValueAdapter(store).save(contract, { expectedRevision: 0 });
  assert.equal(saved.ok ? 'saved' : saved.error.code, 'quota');
  const blocked = {
    ...mapStore(new Map()),
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    keys: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  for (const result of await everyMethod(createKeyValueAdapter(blocked))) {
    assert.equal(result.ok, false);
  }
});
