// A tab closed while the person typed, on shared storage (a server): what was
// not seen stored is kept in this browser's real localStorage and replayed when
// the contract is opened again. The keeper here stores a write and never
// answers it, as a save sent while a tab closes is stored without the browser
// ever hearing back.
import type { LearningContract, StorageResult } from '@kollegalaering/core';
import { expect } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, deepQueryAll, settled, text, type, until } from '../test-support/dom.js';
import { openAsPartyA, sharedKeeper } from '../test-support/server-keeper.js';

const ID = 'genaabnet';
const BASE = 'Vi lærer sam';

/** A server-like keeper over one memory; `unanswered` saves are stored (or not) but never answered. */
const keeper = (memory: Map<string, string>, unanswered?: 'stores' | 'drops') =>
  sharedKeeper(memory, async (contract, options, inner) => {
    if (!unanswered) return inner.save(contract, options);
    if (unanswered === 'stores') await inner.save(contract, options);
    return new Promise<StorageResult<LearningContract>>(() => undefined);
  });

const open = (storage: Parameters<typeof openAsPartyA>[1]) => openAsPartyA(ID, storage);

const purpose = (el: Element) => deep<HTMLTextAreaElement>(el, '#f-purpose');
const conflicts = (el: Element) => deepQueryAll(el, '[part="conflict"]');

describe('<learning-contract> opened again after a tab closed mid-word', () => {
  let memory: Map<string, string>;
  beforeEach(async () => {
    localStorage.clear();
    memory = new Map();
    const start = keeper(memory).inner;
    await start.save({ ...filledAgreement(), id: ID, purpose: BASE }, { expectedRevision: 0 });
  });
  afterEach(() => localStorage.clear());

  /** Types `sent`, saves it (stored or not, never answered), types on to `last`, and closes. */
  async function closeMidWord(unanswered: 'stores' | 'drops', sent: string, last: string) {
    const first = await open(keeper(memory, unanswered).adapter);
    type(purpose(first), sent);
    void first.save();
    await settled(first);
    type(purpose(first), last);
    await settled(first);
    first.remove(); // the page goes: its last save is on its way, never answered
  }

  it('shows no conflict between the person’s own texts, and keeps the last one', async () => {
    await closeMidWord('stores', 'Vi lærer sammen', 'Vi lærer sammen om');
    const stored = await keeper(memory).inner.load(ID);
    expect(stored.ok && stored.value?.purpose).to.equal('Vi lærer sammen');

    const again = await open(keeper(memory).adapter);
    await expect(again).to.be.accessible();
    await again.save();
    await settled(again);
    expect(conflicts(again).map((c) => text(c))).to.deep.equal([]);
    expect(purpose(again).value).to.equal('Vi lærer sammen om');
    const after = await keeper(memory).inner.load(ID);
    expect(after.ok && after.value?.purpose).to.equal('Vi lærer sammen om');
  });

  it('drops a replayed text that is stored already', async () => {
    await closeMidWord('stores', 'Vi lærer sammen om', 'Vi lærer sammen om');
    const again = await open(keeper(memory).adapter);
    await again.save();
    await settled(again);
    expect(conflicts(again)).to.have.length(0);
    expect(purpose(again).value).to.equal('Vi lærer sammen om');
  });

  it('keeps both words where a colleague finished the same word their own way', async () => {
    await closeMidWord('drops', 'Vi lærer sammen', 'Vi lærer sammen om');
    // Meanwhile a colleague finished the same word their own way.
    const inner = keeper(memory).inner;
    const current = await inner.load(ID);
    const theirs = { ...(current.ok && current.value!), purpose: 'Vi lærer samtidig' };
    await inner.save(theirs as LearningContract, { expectedRevision: 1 });

    const again = await open(keeper(memory).adapter);
    const field = () => deep<HTMLTextAreaElement>(again, '#f-purpose').value;
    await until(again, () => field().includes('samtidig') && field().includes('sammen'));
    expect(field()).to.equal('Vi lærer samtidig sammen om');
    expect(conflicts(again)).to.have.length(0);
  });
});
