// Several people on one contract at the same moment (#23c): what one person
// typed never vanishes when another moves the contract on; an action pressed
// at the same moment as a colleague's is taken anyway when what it is about
// did not change, said plainly when it was already done, and only asked again
// (naming the button and who changed what) when what is signed changed; and
// the list of contracts on the page follows what an action did.
import type { LearningContract } from '@kollegalaering/core';
import { contractAt } from '@kollegalaering/core/testing';
import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deepQueryAll, settled, text, type, until } from '../test-support/dom.js';
import { focused, openShared, sharedKeeper } from '../test-support/shared-keeper.js';
import { press } from '../test-support/turn.js';
import type { LearningContractElement } from './learning-contract.js';

const at = '2026-05-04T10:00:00.000Z';
const ACCEPT = 'Acceptér kontrakten, og bed lederne om at godkende den';

/** Mette (party A) moves the learning on to the joint evaluation. */
const toEvaluation = (contract: LearningContract) => {
  contract.process.state = 'evaluation';
  contract.process.reached.evaluation = at;
};

/** The learning with a logbook note of Jonas's (party B) begun. */
function learningWithNote(): LearningContract {
  const contract = contractAt('learning');
  contract.plan.logbook = [
    { id: 'note-1', date: '2026-05-04', author: 'b', text: 'Sidste notat fra Jonas: jeg har lært' },
  ];
  return contract;
}

const noteField = (el: Element) =>
  deepQueryAll<HTMLTextAreaElement>(el, 'textarea').find((field) =>
    field.value.startsWith('Sidste notat'),
  );
const stale = (el: LearningContractElement) => el.shadowRoot!.querySelector('.stale');

describe('<learning-contract> several people at the same moment', () => {
  afterEach(() => localStorage.clear());

  it('keeps the field and the focus of someone writing in the logbook when the step moves on', async () => {
    const { el, saves, stored } = await openShared(learningWithNote(), 'party-b');
    await expect(el).to.be.accessible();
    const words = 'Sidste notat fra Jonas: jeg har lært at spørge borgeren';
    type(noteField(el)!, words);
    await saves(toEvaluation);
    await until(el, () => el.contract?.process.state === 'evaluation');
    await settled(el);
    const field = noteField(el);
    expect(focused(), 'still in the note, not thrown to the page').to.equal(field);
    expect(field?.checkVisibility(), 'shown, not folded away').to.equal(true);
    // Jonas writes on, and every word is kept.
    type(field!, `${words} først og lytte længe`);
    await el.save();
    expect((await stored())?.plan.logbook[0]?.text).to.equal(`${words} først og lytte længe`);
  });

  it('shows a change that may no longer be saved at the top, with the text to copy', async () => {
    const { el, saves } = await openShared(learningWithNote(), 'party-b');
    const approach = deepQueryAll<HTMLTextAreaElement>(el, 'textarea').find(
      (field) => field.dataset['path'] === '["plan","approach"]',
    )!;
    type(approach, 'Følgedage hver tirsdag, og en fælles opsamling bagefter');
    await saves(toEvaluation);
    await until(el, () => el.shadowRoot!.querySelector('.refused') !== null);
    const top = el.shadowRoot!.querySelector('.refused')!;
    expect(top.getAttribute('role')).to.equal('alert');
    expect(text(top)).to.contain('Følgedage hver tirsdag, og en fælles opsamling bagefter');
    await expect(el).to.be.accessible();
  });

  it('takes an acceptance pressed at the same moment as the other party’s', async () => {
    const { el, saves, stored } = await openShared(filledAgreement(), 'party-b');
    await saves((c) => {
      c.approvals.parties.a = { at };
    }, true);
    await press(el, ACCEPT);
    await until(el, () => el.contract?.approvals.parties.b !== null);
    const both = (await stored())!.approvals.parties;
    expect([both.a !== null, both.b !== null]).to.deep.equal([true, true]);
    expect(stale(el), 'nothing to press again').to.equal(null);
  });

  it('says plainly when the learning was already begun', async () => {
    const { el, saves } = await openShared(contractAt('agreement'), 'party-b');
    await saves((c) => {
      c.process.state = 'learning';
      c.process.reached.learning = at;
    }, true);
    await press(el, 'Begynd læringen');
    await until(el, () => stale(el) !== null);
    // Both leaders could have begun it too: not guessed.
    expect(text(stale(el))).to.equal('En kollega har allerede begyndt læringen.');
    expect(stale(el)!.getAttribute('role')).to.equal('status');
    expect(el.contract?.process.state).to.equal('learning');
  });

  it('asks again only when what is signed changed, naming who, what and the button; and forgets it once the step moves', async () => {
    const { el, saves } = await openShared(filledAgreement(), 'party-b');
    await saves((c) => {
      c.purpose = 'Vi lærer om visitation og hjemmepleje';
    }, true);
    await press(el, ACCEPT);
    await until(el, () => stale(el) !== null);
    expect(text(stale(el))).to.equal(
      `Mette Larsen har ændret formålet, efter du åbnede kontrakten. Læs ændringen ovenfor, og tryk så på »${ACCEPT}« igen.`,
    );
    expect(stale(el)!.getAttribute('role')).to.equal('alert');
    // Everyone signs elsewhere, and the learning begins: the request belonged to the agreement.
    await saves((c) => {
      Object.assign(c, { approvals: contractAt('learning').approvals });
      c.process.state = 'learning';
      c.process.reached.learning = at;
    });
    await until(el, () => el.contract?.process.state === 'learning');
    await settled(el);
    expect(stale(el)).to.equal(null);
  });

  it('updates the list of contracts on the page after an action', async () => {
    const keeper = sharedKeeper();
    const id = `list-${Date.now()}`;
    await keeper.put({ ...filledAgreement(), id });
    const page = await fixture<HTMLElement>(
      html`<div>
        <contract-list lang="da" perspective="party-b" .storage=${keeper.adapter}></contract-list>
        <learning-contract
          contract-id=${id}
          lang="da"
          perspective="party-b"
          .storage=${keeper.adapter}
        ></learning-contract>
      </div>`,
    );
    const list = page.querySelector('contract-list')!;
    const el = page.querySelector<LearningContractElement>('learning-contract')!;
    await until(el, () => el.contract !== undefined);
    await until(list, () => text(list.shadowRoot).includes('Du skal acceptere kontrakten'));
    await press(el, ACCEPT);
    await until(el, () => el.contract?.approvals.parties.b !== null);
    await until(list, () => !text(list.shadowRoot).includes('Du skal acceptere kontrakten'));
  });
});
