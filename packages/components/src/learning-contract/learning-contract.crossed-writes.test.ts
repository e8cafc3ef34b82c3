// Two tabs of one person on localStorage: each tab reads the other's writes
// from a copy that can lag, so two saves made at the same moment can both
// take the next revision, and the later one writes over the earlier unseen.
// The tab whose save was written over hears of "its" revision from the other
// tab, finds another text under it, and sends its last edits again on top.
import {
  createMemoryAdapter,
  DEFAULT_KEY_PREFIX,
  type LearningContract,
  type StorageAdapter,
} from '@kollegalaering/core';
import { expect } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, settled, type, until } from '../test-support/dom.js';
import { openAsPartyA } from '../test-support/server-keeper.js';

const ID = 'krydsede-skrivninger';

/** The page as party A on a memory store whose change notices the test sends, after it saved `purpose` as revision 2. */
async function savedByThisTab(purpose: string) {
  const memory = new Map<string, string>();
  const inner = createMemoryAdapter(memory);
  const first = { ...filledAgreement(), id: ID, purpose: 'Vi lærer' };
  await inner.save(first, { expectedRevision: 0 });
  // The other tab's notices, sent by hand: this one tells of each revision it stores.
  let tellOfChange: (revision: number | null) => void = () => undefined;
  const storage: StorageAdapter = {
    ...inner,
    subscribe: (_id, listener) => {
      tellOfChange = listener;
      return () => undefined;
    },
  };
  const el = await openAsPartyA(ID, storage);
  type(deep<HTMLTextAreaElement>(el, '#f-purpose'), purpose);
  await el.save();
  await settled(el);
  expect(el.contract?.revision).to.equal(2);
  /** What the other tab stores, made from revision 1 (it never saw revision 2), and tells of. */
  const otherTabWrites = (revision: number) => {
    const theirs: LearningContract = {
      ...first,
      parties: { ...first.parties, b: { ...first.parties.b, department: 'Jobcentret' } },
      revision,
    };
    memory.set(DEFAULT_KEY_PREFIX + ID, JSON.stringify(theirs));
    tellOfChange(revision);
  };
  return { el, inner, otherTabWrites };
}

describe('<learning-contract> when another tab wrote over its save unseen', () => {
  for (const [when, revision] of [
    ['at the same revision', 2],
    ['under a newer revision', 3],
  ] as const) {
    it(`sends its last edits again on top of the other tab’s, ${when}, and keeps both`, async () => {
      const { el, inner, otherTabWrites } = await savedByThisTab('Vi lærer om borgere');
      otherTabWrites(revision);
      await until(el, () => el.contract?.revision === revision + 1);
      await settled(el);
      const after = await inner.load(ID);
      const value = after.ok ? after.value : null;
      expect(value?.purpose).to.equal('Vi lærer om borgere');
      expect(value?.parties.b.department).to.equal('Jobcentret');
      expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal('Vi lærer om borgere');
    });
  }
});
