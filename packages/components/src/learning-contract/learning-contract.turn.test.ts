// The panel at the top of the contract: what is this person's to do now, or
// whom the contract waits for, from core's whoseTurn.
import { acceptedContract, contractAt } from '@kollegalaering/core/testing';
import type { LearningContract } from '@kollegalaering/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { settled, text } from '../test-support/dom.js';
import type { LearningContractElement } from './learning-contract.js';

async function shown(contract: LearningContract, perspective: string, lang = 'da') {
  const el = await fixture<LearningContractElement>(
    html`<learning-contract
      storage="memory"
      lang=${lang}
      perspective=${perspective}
      .contract=${contract}
    ></learning-contract>`,
  );
  await settled(el);
  return el;
}

const panel = (el: LearningContractElement) => el.shadowRoot!.querySelector('.turn');

describe('<learning-contract> says whose turn it is', () => {
  it('tells party A to accept, at the top, before the steps and the form', async () => {
    const el = await shown(filledAgreement(), 'party-a');
    await expect(el).to.be.accessible();
    expect(text(panel(el)!.querySelector('h3'))).to.equal('Din tur');
    expect(text(panel(el))).to.contain('Du skal acceptere kontrakten');
    expect(text(panel(el))).to.contain('Venter på, at Jonas Holm accepterer');
    const tracker = el.shadowRoot!.querySelector('process-tracker')!;
    expect(
      panel(el)!.compareDocumentPosition(tracker) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  it('tells a leader it waits for the parties, and then that it is theirs to approve', async () => {
    const before = await shown(filledAgreement(), 'leader-a', 'en');
    expect(text(panel(before)!.querySelector('h3'))).to.equal('Waiting for others');
    expect(text(panel(before))).to.contain('Waiting for Mette Larsen to accept');
    expect(text(panel(before))).not.to.contain('approve');

    const after = await shown(acceptedContract(), 'leader-a', 'en');
    expect(text(panel(after)!.querySelector('h3'))).to.equal('Your turn');
    expect(text(panel(after))).to.contain('You need to approve the contract');
    expect(text(panel(after))).to.contain('Waiting for the leader of Jonas Holm to approve');
  });

  it('says nothing once the contract is completed, and nothing on a read-only page', async () => {
    expect(panel(await shown(contractAt('completed'), 'party-a'))).to.equal(null);
    const readonly = await shown(filledAgreement(), 'party-a');
    readonly.readonly = true;
    await settled(readonly);
    expect(panel(readonly)).to.equal(null);
  });
});
