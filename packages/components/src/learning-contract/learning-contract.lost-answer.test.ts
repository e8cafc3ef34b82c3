// A save the keeper stored whose answer the connection lost (the network went
// while it came back): the page cannot tell it from a save that never arrived,
// and sends the person's text again. The stored text is then their own, not a
// colleague's: no conflict with themselves, no word written twice, and nobody
// named for changing it.
import type { LearningContract } from '@kollegalaering/core';
import { expect } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, deepQueryAll, settled, text, type, until } from '../test-support/dom.js';
import { openAsPartyA, sharedKeeper } from '../test-support/server-keeper.js';

const ID = 'mistet-svar';

/** A keeper over one memory whose next save, once `lose()` is called, is stored and its answer lost. */
function losingKeeper(memory: Map<string, string>) {
  let losing = false;
  const keeper = sharedKeeper(memory, async (contract, options, inner) => {
    const result = await inner.save(contract, options);
    if (!losing) return result;
    losing = false;
    return {
      ok: false,
      error: { code: 'unavailable', detail: 'the answer was lost' },
    };
  });
  return { ...keeper, lose: () => void (losing = true) };
}

const purpose = (el: Element) => deep<HTMLTextAreaElement>(el, '#f-purpose');
const conflicts = (el: Element) => deepQueryAll(el, '[part="conflict"]');

describe('<learning-contract> after a save whose answer was lost', () => {
  let memory: Map<string, string>;
  beforeEach(async () => {
    localStorage.clear();
    memory = new Map();
    const start = sharedKeeper(memory).inner;
    await start.save(
      { ...filledAgreement(), id: ID, purpose: 'Vi lærer sam' },
      { expectedRevision: 0 },
    );
  });
  afterEach(() => localStorage.clear());

  /** Opens the contract, types `words` and saves them: stored, the answer lost. */
  async function savedUnanswered(words: string) {
    const keeper = losingKeeper(memory);
    const el = await openAsPartyA(ID, keeper.adapter);
    keeper.lose();
    type(purpose(el), words);
    await el.save();
    await settled(el);
    return { keeper, el };
  }

  it('takes the stored text as the person’s own: no conflict, no word twice, no colleague named', async () => {
    const { keeper, el } = await savedUnanswered('Vi lærer sammen');
    const unseen = await keeper.inner.load(ID);
    expect(unseen.ok && unseen.value?.purpose, 'stored, though the page never heard').to.equal(
      'Vi lærer sammen',
    );

    type(purpose(el), 'Vi lærer sammen om at skrive');
    await el.save();
    await settled(el);

    expect(conflicts(el).map((c) => text(c))).to.deep.equal([]);
    expect(purpose(el).value).to.equal('Vi lærer sammen om at skrive');
    const stored = await keeper.inner.load(ID);
    expect(stored.ok && stored.value?.purpose).to.equal('Vi lærer sammen om at skrive');
    expect(text(deep(el, '[part="news"]'))).to.equal('');
  });

  it('keeps a colleague’s words after the lost answer beside the person’s, losing neither and writing none twice', async () => {
    const { keeper, el } = await savedUnanswered('Vi lærer sammen');
    // A colleague wrote on from the text as it was stored: whether that was the person's own
    // save, never answered, the page cannot know. Both went on from "sam" with "men": one word.
    const current = await keeper.inner.load(ID);
    const theirs = { ...(current.ok && current.value!), purpose: 'Vi lærer sammen med Jonas.' };
    await keeper.inner.save(theirs as LearningContract, { expectedRevision: 2 });

    type(purpose(el), 'Vi lærer sammen om at skrive');
    await el.save();
    await until(el, () => purpose(el).value.includes('Jonas'));
    expect(purpose(el).value).to.equal('Vi lærer sammen med Jonas. om at skrive');
    expect(conflicts(el)).to.have.length(0);
  });
});
