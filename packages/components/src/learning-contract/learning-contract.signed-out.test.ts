// The sign-in ended while the person worked (an idle timeout on the server):
// the saves are refused with 401. The page must not say "offline": it says the
// person is no longer signed in, keeps the changes in this browser, links to
// the server's sign-in back to this page, and sends them once they are back.
import type { LearningContract, StorageResult } from '@kollegalaering/core';
import { expect } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, settled, type, until } from '../test-support/dom.js';
import { openAsPartyA, sharedKeeper } from '../test-support/server-keeper.js';

const ID = 'logget-ud';

/** A server-like keeper over one memory; while `signedOut`, every save is refused with 401. */
const keeper = (memory: Map<string, string>, signedOut: boolean) =>
  sharedKeeper(memory, (contract, options, inner) =>
    signedOut
      ? Promise.resolve<StorageResult<LearningContract>>({
          ok: false,
          error: { code: 'signed-out', signIn: '/auth/sign-in', detail: 'PUT answered 401' },
        })
      : inner.save(contract, options),
  );

const open = (storage: Parameters<typeof openAsPartyA>[1]) => openAsPartyA(ID, storage);

const purpose = (el: Element) => deep<HTMLTextAreaElement>(el, '#f-purpose');
const status = (el: Element) => deep(el, '[part="status"]').textContent?.trim() ?? '';

describe('<learning-contract> when the sign-in has ended', () => {
  let memory: Map<string, string>;
  beforeEach(async () => {
    localStorage.clear();
    memory = new Map();
    await keeper(memory, false).inner.save(
      { ...filledAgreement(), id: ID, purpose: 'Vi lærer' },
      { expectedRevision: 0 },
    );
  });
  afterEach(() => localStorage.clear());

  it('says so instead of "offline", keeps the changes, links to sign in again, and sends them after', async () => {
    const el = await open(keeper(memory, true).adapter);
    await expect(el).to.be.accessible();
    const codes: string[] = [];
    el.addEventListener('contract-error', (event) => codes.push(event.detail.code));
    type(purpose(el), 'Vi lærer sammen');
    await el.save();
    await until(el, () => status(el).includes('ikke længere logget ind'));
    expect(status(el)).to.equal(
      'Du er ikke længere logget ind. Dine ændringer er gemt i denne browser; log ind igen for at gemme dem.',
    );
    expect(status(el)).not.to.contain('Offline');
    expect(codes).to.include('signed-out');
    const link = deep<HTMLAnchorElement>(el, 'a.sign-in-again');
    expect(link.textContent?.trim()).to.equal('Log ind igen');
    const target = new URL(link.href);
    expect(target.origin + target.pathname).to.equal(`${location.origin}/auth/sign-in`);
    expect(target.searchParams.get('return')).to.equal(
      location.pathname + location.search + location.hash,
    );
    expect(purpose(el).value).to.equal('Vi lærer sammen');
    await expect(el).to.be.accessible();

    // She signs in again and comes back to the page: what she wrote is sent.
    el.remove();
    const again = await open(keeper(memory, false).adapter);
    await again.save();
    await settled(again);
    expect(purpose(again).value).to.equal('Vi lærer sammen');
    const stored = await keeper(memory, false).inner.load(ID);
    expect(stored.ok && stored.value?.purpose).to.equal('Vi lærer sammen');
  });
});
