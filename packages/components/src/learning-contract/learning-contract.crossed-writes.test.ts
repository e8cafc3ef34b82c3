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

describe('<learning-contract> when another tab wrote the same revision over its save', () => {
  it('sends its last edits again on top of the other tab’s, and keeps both', async () => {
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
    type(deep<HTMLTextAreaElement>(el, '#f-purpose'), 'Vi lærer om borgere');
    await el.save();
    await settled(el);
    expect(el.contract?.revision).to.equal(2);

    // The other tab had not seen revision 2: it stored its own revision 2, made on revision 1, over it.
    const theirs: LearningContract = {
      ...first,
      purpose: 'Vi lærer',
      parties: {
        ...first.parties,
        b: { ...first.parties.b, department: 'Jobcentret' },
      },
      revision: 2,
    };
    memory.set(DEFAULT_KEY_PREFIX + ID, JSON.stringify(theirs));
    tellOfChange(2);

    await until(el, () => el.contract?.revision === 3);
    await settled(el);
    const after = await inner.load(ID);
    const value = after.ok ? after.value : null;
    expect(value?.purpose).to.equal('Vi lærer om borgere');
    expect(value?.parties.b.department).to.equal('Jobcentret');
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal('Vi lærer om borgere');
  });
});
