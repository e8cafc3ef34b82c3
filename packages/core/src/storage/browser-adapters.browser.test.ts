// The adapters that need a browser, run against the real thing in Chromium:
// localStorage and IndexedDB both pass the conformance suite.
import { expect } from '@open-wc/testing';
import { createEmptyContract } from '../create-contract.js';
import { storageConformanceCases } from '../testing/storage-conformance.js';
import { createIndexedDbAdapter } from './indexeddb-adapter.js';
import { createLocalStorageAdapter } from './key-value-adapter.js';

describe('localStorage adapter', () => {
  afterEach(() => localStorage.clear());
  for (const { name, run } of storageConformanceCases(() => createLocalStorageAdapter())) {
    it(name, run);
  }
});

describe('IndexedDB adapter', () => {
  const databaseName = `kollegalaering-test-${Date.now()}`;
  for (const { name, run } of storageConformanceCases(() =>
    createIndexedDbAdapter({ databaseName }),
  )) {
    it(name, run);
  }

  it('keeps an unreadable record aside and reports it as corrupt', async () => {
    const adapter = createIndexedDbAdapter({ databaseName });
    const contract = createEmptyContract({ id: 'broken' });
    await adapter.save(contract);
    // Damage the stored record the way a bug or another program could.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const opening = indexedDB.open(databaseName, 1);
      opening.onsuccess = () => resolve(opening.result);
    });
    await new Promise((resolve) => {
      const transaction = db.transaction('contracts', 'readwrite');
      transaction.objectStore('contracts').put({ id: 'broken', schemaVersion: 1, purpose: 42 });
      transaction.oncomplete = resolve;
    });
    db.close();

    const listed = await adapter.list();
    expect(listed.ok && listed.value.map((summary) => summary.id)).not.to.include('broken');
    const loaded = await adapter.load('broken');
    expect(loaded.ok).to.equal(false);
    expect(!loaded.ok && loaded.error.code).to.equal('corrupt');

    // Removing it removes the copy kept aside too: nothing of it stays in the database.
    expect((await adapter.remove('broken')).ok).to.equal(true);
    const opened = await new Promise<IDBDatabase>((resolve) => {
      const opening = indexedDB.open(databaseName, 1);
      opening.onsuccess = () => resolve(opening.result);
    });
    const keysIn = (store: string) =>
      new Promise<IDBValidKey[]>((resolve) => {
        const request = opened.transaction(store).objectStore(store).getAllKeys();
        request.onsuccess = () => resolve(request.result);
      });
    const left = [...(await keysIn('contracts')), ...(await keysIn('unreadable'))];
    opened.close();
    expect(left.filter((key) => typeof key === 'string' && key.startsWith('broken'))).to.deep.equal(
      [],
    );
  });

  it('lets another tab delete the database, and opens a new connection for the next operation', async () => {
    const name = `kollegalaering-delete-${Date.now()}`;
    const adapter = createIndexedDbAdapter({ databaseName: name });
    await adapter.save(createEmptyContract({ id: 'before' }));
    await new Promise((resolve, reject) => {
      const deleting = indexedDB.deleteDatabase(name);
      deleting.onblocked = () => reject(new Error('blocked by the adapter’s connection'));
      deleting.onsuccess = resolve;
    });
    const saved = await adapter.save(createEmptyContract({ id: 'after' }));
    expect(saved.ok).to.equal(true);
    expect(await adapter.load('before')).to.deep.equal({ ok: true, value: null });
  });

  it('lets a newer version in another tab upgrade, then says plainly it cannot be reached', async () => {
    const name = `kollegalaering-upgrade-${Date.now()}`;
    const adapter = createIndexedDbAdapter({ databaseName: name });
    await adapter.save(createEmptyContract({ id: 'before' }));
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(name, 2);
      opening.onblocked = () => reject(new Error('blocked by the adapter’s connection'));
      opening.onsuccess = () => resolve(opening.result);
    });
    upgraded.close();
    const loaded = await adapter.load('before');
    expect(!loaded.ok && loaded.error.code).to.equal('unavailable');
  });
});
