import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyContract } from '../create-contract.js';
import { storageConformanceCases } from '../testing/storage-conformance.js';
import {
  createKeyValueAdapter,
  createMemoryAdapter,
  DEFAULT_KEY_PREFIX,
} from './key-value-adapter.js';

const key = `${DEFAULT_KEY_PREFIX}c1`;

for (const { name, run } of storageConformanceCases(() => createMemoryAdapter(new Map()))) {
  test(`memory adapter: ${name}`, run);
}

test('unreadable JSON is kept under a backup key and reported as corrupt', async () => {
  const memory = new Map([[key, '{"schemaVersion":1, broken']]);
  const result = await createMemoryAdapter(memory).load('c1');
  assert.equal(result.ok, false);
  const backupKey = result.ok ? '' : (result.error.backupKey ?? '');
  assert.equal(result.ok || result.error.code, 'corrupt');
  assert.equal(memory.get(backupKey), '{"schemaVersion":1, broken');
  assert.equal(memory.get(key), '{"schemaVersion":1, broken', 'the original stays too');
});

test('unreadable data is kept aside once, however often it is read, listed and saved over', async () => {
  const raw = '{"schemaVersion":1, broken';
  const memory = new Map([[key, raw]]);
  const adapter = createMemoryAdapter(memory);
  // Backups are named by the moment: let each read happen at another one, as a person's would.
  const later = () => new Promise((resolve) => setTimeout(resolve, 5));
  await adapter.load('c1');
  await later();
  await adapter.load('c1');
  await later();
  await adapter.list();
  await later();
  const saved = await adapter.save(createEmptyContract({ id: 'c1' }));
  assert.ok(saved.ok);
  const backups = [...memory.keys()].filter((other) => other !== key);
  assert.equal(backups.length, 1, backups.join(', '));
  assert.equal(memory.get(backups[0]!), raw);
});

test('JSON of the wrong shape is kept under a backup key and reported as corrupt', async () => {
  const raw = JSON.stringify({ schemaVersion: 1, id: 'c1' });
  const memory = new Map([[key, raw]]);
  const result = await createMemoryAdapter(memory).load('c1');
  assert.equal(result.ok || result.error.code, 'corrupt');
  assert.equal(memory.get(result.ok ? '' : (result.error.backupKey ?? '')), raw);
});

test('a contract from a newer version is reported and never written over', async () => {
  const raw = JSON.stringify({ ...createEmptyContract({ id: 'c1' }), schemaVersion: 7 });
  const memory = new Map([[key, raw]]);
  const adapter = createMemoryAdapter(memory);
  const loaded = await adapter.load('c1');
  assert.equal(loaded.ok || loaded.error.code, 'newer-version');
  const saved = await adapter.save(createEmptyContract({ id: 'c1' }));
  assert.equal(saved.ok || saved.error.code, 'newer-version');
  assert.equal(memory.get(key), raw);
});

test('a full store is reported as quota, not as saved', async () => {
  const adapter = createKeyValueAdapter({
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => undefined,
    keys: () => [],
  });
  const result = await adapter.save(createEmptyContract({ id: 'c1' }));
  assert.equal(result.ok || result.error.code, 'quota');
});

test('a list in the browser names the leaders and a chosen supervisor, for "waiting for Hanne Berg"', async () => {
  const adapter = createMemoryAdapter(new Map());
  const contract = createEmptyContract({ id: 'c2' });
  contract.leaders.a.name = 'Hanne Berg';
  contract.supervisor = { ...contract.supervisor, name: 'Lone Dahl' };
  await adapter.save(contract);
  const listed = await adapter.list();
  assert.ok(listed.ok);
  assert.deepEqual(listed.value[0]?.names, {
    a: '',
    b: '',
    leaders: { a: 'Hanne Berg', b: '' },
    supervisor: '',
  });
  contract.supervisor.decision = 'assigned';
  await adapter.save(contract, { expectedRevision: 1 });
  const again = await adapter.list();
  assert.equal(again.ok && again.value[0]?.names.supervisor, 'Lone Dahl');
});
