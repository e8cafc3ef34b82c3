// A contract started by mistake (#24): a party may delete it until a leader
// approves (core's deleteBlockers), after a confirmation that names what is
// deleted for whom. Leaders and the supervisor keep no backups to read in,
// and are not offered reading one in.
import { createMemoryAdapter, type LearningContract } from '@kollegalaering/core';
import { contractAt } from '@kollegalaering/core/testing';
import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { settled, text, until } from '../test-support/dom.js';
import { deepActiveElement } from '../test-support/keyboard.js';
import { shownContract } from '../test-support/shown-contract.js';
import type { LearningContractElement } from './learning-contract.js';

/** A stored contract, opened by its id as one person, in Danish. */
async function opened(contract: LearningContract, perspective: string) {
  const storage = createMemoryAdapter(new Map());
  await storage.save(contract);
  const el = await fixture<LearningContractElement>(
    html`<learning-contract
      .storage=${storage}
      contract-id=${contract.id}
      lang="da"
      perspective=${perspective}
    ></learning-contract>`,
  );
  await until(el, () => el.contract !== undefined);
  await settled(el);
  return { el, storage };
}

const button = (el: LearningContractElement, action: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);

describe('<learning-contract> deleting a contract started by mistake', () => {
  it('asks first, naming what is deleted for whom, and can be kept', async () => {
    const { el, storage } = await opened(filledAgreement(), 'party-b');
    await expect(el).to.be.accessible();
    expect(text(button(el, 'delete'))).to.equal('Slet kontrakten …');
    button(el, 'delete')!.click();
    await until(el, () => button(el, 'keep') !== null);
    const confirm = el.shadowRoot!.querySelector('.confirm-delete')!;
    expect(text(confirm.querySelector('#delete-question'))).to.equal(
      'Vil du slette læringskontrakten mellem Mette Larsen og Jonas Holm?',
    );
    expect(text(confirm.querySelector('#delete-who'))).to.equal(
      'Den bliver slettet for alle, der er med i den: Mette Larsen, Jonas Holm, Hanne Berg og Peter Friis. Den kan ikke hentes tilbage.',
    );
    expect(deepActiveElement() === button(el, 'keep'), 'the safe choice has focus').to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'keep')!.click();
    await settled(el);
    expect(el.shadowRoot!.querySelector('.confirm-delete')).to.equal(null);
    expect(deepActiveElement() === button(el, 'delete'), 'back on the button').to.equal(true);
    const still = await storage.load(el.contractId);
    expect(still.ok && still.value?.id).to.equal(el.contractId);
  });

  it('deletes it for good when confirmed', async () => {
    const { el, storage } = await opened(filledAgreement(), 'party-a');
    button(el, 'delete')!.click();
    await until(el, () => button(el, 'delete-for-good') !== null);
    const deleted = new Promise((resolve) => el.addEventListener('contract-delete', resolve));
    button(el, 'delete-for-good')!.click();
    await deleted;
    await settled(el);
    expect(text(el.shadowRoot)).to.contain('Kontrakten er slettet.');
    const gone = await storage.load(el.contractId);
    expect(gone.ok && gone.value).to.equal(null);
  });

  it('is offered to the parties only, before any leader approved', async () => {
    const approvedByOne = filledAgreement();
    approvedByOne.approvals.leaders.a = {
      by: 'Hanne Berg',
      at: '2026-04-01T10:00:00.000Z',
      comment: '',
    };
    const cases: Array<[LearningContract, string, boolean]> = [
      [filledAgreement(), 'party-a', true],
      [filledAgreement(), 'leader-a', false],
      [filledAgreement(), 'supervisor', false],
      [approvedByOne, 'party-a', false],
      [contractAt('learning'), 'party-b', false],
    ];
    for (const [contract, perspective, offered] of cases) {
      const { el } = await opened(contract, perspective);
      expect(button(el, 'delete') !== null, `${perspective} at ${contract.process.state}`).to.equal(
        offered,
      );
    }
    // Nothing stored (no contract-id): nothing to delete.
    expect(button(await shownContract(filledAgreement(), 'party-a'), 'delete')).to.equal(null);
  });
});

describe('<learning-contract> backups', () => {
  it('offers a party a backup to read in again, and leaders and the supervisor only the printed copy', async () => {
    const party = await shownContract(filledAgreement(), 'party-a');
    expect(text(button(party, 'download'))).to.equal('Hent en sikkerhedskopi, du kan indlæse igen');
    expect(text(button(party, 'print'))).to.equal('Udskriv eller gem som PDF');
    expect(text(party.shadowRoot!.querySelector('label[for="import-file"]'))).to.equal(
      'Indlæs en sikkerhedskopi fra en fil',
    );
    for (const perspective of ['leader-a', 'supervisor']) {
      const el = await shownContract(contractAt('learning'), perspective);
      expect(button(el, 'download'), perspective).to.equal(null);
      expect(el.shadowRoot!.querySelector('#import-file'), perspective).to.equal(null);
      expect(text(button(el, 'print'))).to.equal('Udskriv eller gem som PDF');
    }
  });
});
