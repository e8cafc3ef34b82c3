import { createEmptyContract } from '@kollegalaering/core';
import { expect } from '@open-wc/testing';
import { PendingJournal } from './pending-journal.js';

// What waits for the server is kept in the real localStorage of Chromium; what
// comes back from it is checked, because anything on the origin can write there.
describe('PendingJournal', () => {
  const key = 'kollegalaering:pending:test:k1';
  afterEach(() => localStorage.removeItem(key));

  it('keeps the person’s edits until they are stored, and nothing once they are', () => {
    const journal = new PendingJournal(key);
    const base = createEmptyContract({ id: 'k1' });
    const pending = [
      { edit: { op: 'set' as const, path: ['purpose'], value: 'Vi lærer' }, before: '' },
    ];
    journal.write({ perspective: 'party-b', base, pending, conflicts: [] });
    const kept = new PendingJournal(key).read();
    expect(kept?.perspective).to.equal('party-b');
    expect(kept?.pending).to.deep.equal(pending);
    journal.write({ perspective: 'party-b', base, pending: [], conflicts: [] });
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('reads nothing from a kept entry that is not one, and leaves out edits core never made', () => {
    localStorage.setItem(key, '{"perspective":"party-a","base":{"parties":"nobody"},"pending":[]}');
    expect(new PendingJournal(key).read()).to.equal(undefined);
    localStorage.setItem(key, 'not json');
    expect(new PendingJournal(key).read()).to.equal(undefined);
    const base = createEmptyContract({ id: 'k1' });
    localStorage.setItem(
      key,
      JSON.stringify({
        perspective: 'party-a',
        base,
        pending: [
          { edit: { op: 'set', path: ['purpose'], value: 'Ok' } },
          { nonsense: true },
          null,
        ],
        conflicts: [],
      }),
    );
    expect(new PendingJournal(key).read()?.pending).to.have.length(1);
  });
});
