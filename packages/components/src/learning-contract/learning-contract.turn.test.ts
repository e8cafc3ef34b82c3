// The panel at the top of the contract: what is this person's to do now, or
// whom the contract waits for, from core's whoseTurn.
import {
  applyEdit,
  createEmptyContract,
  PERSPECTIVES,
  type LearningContract,
} from '@kollegalaering/core';
import { acceptedContract, contractAt } from '@kollegalaering/core/testing';
import { expect } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, deepQueryAll, settled, text, until } from '../test-support/dom.js';
import { shownContract } from '../test-support/shown-contract.js';
import type { LearningContractElement } from './learning-contract.js';

const panel = (el: LearningContractElement) => el.shadowRoot!.querySelector('.turn');

describe('<learning-contract> says whose turn it is', () => {
  it('tells party A to accept, at the top, before the steps and the form', async () => {
    const el = await shownContract(filledAgreement(), 'party-a');
    await expect(el).to.be.accessible();
    expect(text(panel(el)!.querySelector('h3'))).to.equal('Din tur');
    expect(text(panel(el))).to.contain('Du skal acceptere kontrakten');
    expect(text(panel(el))).to.contain('Venter på, at Jonas Holm accepterer');
    const tracker = el.shadowRoot!.querySelector('process-tracker')!;
    expect(
      panel(el)!.compareDocumentPosition(tracker) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  it('asks each party of a contract started on the partner board for their own leader’s name and email, until they are written', async () => {
    // As the server starts it when Jonas says yes to Mette: run formally, the theme's goals preset.
    const blank = createEmptyContract({
      id: 'partnerskab-1',
      settings: {
        mode: 'formal',
        theme: 'Digitalisering',
        presetGoals: {
          a: ['Kende de digitale arbejdsgange'],
          b: ['Kende de digitale arbejdsgange'],
        },
      },
    });
    const started: LearningContract = {
      ...blank,
      parties: {
        a: { ...blank.parties.a, name: 'Mette Larsen', email: 'mette.larsen@soeby.dk' },
        b: { ...blank.parties.b, name: 'Jonas Holm', email: 'jonas.holm@soeby.dk' },
      },
    };
    const el = await shownContract(started, 'party-b');
    await expect(el).to.be.accessible();
    expect(text(panel(el)!.querySelector('h3'))).to.equal('Din tur');
    expect(text(panel(el))).to.contain(
      'Skriv din leders navn og e-mail under »Ledere (sponsorer)«, så din leder kan åbne kontrakten og godkende den',
    );
    expect(text(panel(el))).not.to.contain('Du skal udfylde det, der mangler');

    const named = structuredClone(started);
    named.leaders.a.name = 'Hanne Berg';
    const english = await shownContract(named, 'party-a', 'en');
    expect(text(panel(english))).to.contain(
      'Write your leader’s email under “Leaders (sponsors)”, so that your leader can open the contract and approve it',
    );
    named.leaders.a.email = 'hanne.berg@soeby.dk';
    const written = await shownContract(named, 'party-a', 'en');
    expect(text(panel(written)!.querySelector('h3'))).to.equal('Nothing is waiting for you');
    expect(text(panel(written))).not.to.contain('your leader');
  });

  it('tells a leader it waits for the parties, and then that it is theirs to approve', async () => {
    const before = await shownContract(filledAgreement(), 'leader-a', 'en');
    expect(text(panel(before)!.querySelector('h3'))).to.equal('Nothing is waiting for you');
    expect(text(panel(before))).to.contain('Waiting for Mette Larsen to accept');
    expect(text(panel(before))).not.to.contain('approve');

    const after = await shownContract(acceptedContract(), 'leader-a', 'en');
    expect(text(panel(after)!.querySelector('h3'))).to.equal('Your turn');
    expect(text(panel(after))).to.contain('You need to approve the contract');
    expect(text(panel(after))).to.contain('Waiting for Peter Friis to approve');
  });

  it('names the fields a leader is to fill in, not only that something is missing', async () => {
    const hanne = await shownContract(contractAt('closing'), 'leader-a');
    expect(text(panel(hanne)!.querySelector('h3'))).to.equal('Din tur');
    const yours = Array.from(panel(hanne)!.querySelectorAll('li.yours'), text);
    expect(yours).to.have.length(1);
    expect(yours[0]).to.match(/^Du skal udfylde: .*Dato for den afsluttende samtale/);
    expect(yours[0]).not.to.contain('det, der mangler');

    const english = await shownContract(contractAt('closing'), 'leader-a', 'en');
    expect(text(panel(english)!.querySelector('li.yours'))).to.match(
      /^You need to fill in: .*Date of the closing conversation/,
    );
  });

  it('says “you can move on” only to those who can, and to the others who can', async () => {
    const ended = contractAt('learning');
    ended.plan.timeFrame = { ...ended.plan.timeFrame, start: '2020-01-06', end: '2020-06-30' };
    // Answered as the parties type it, through core, which keeps what the others may know.
    let evaluated = contractAt('evaluation');
    for (const answer of Object.keys(evaluated.jointEvaluation)) {
      const edit = { op: 'set', path: ['jointEvaluation', answer, 'text'], value: 'Godt' } as const;
      const result = applyEdit(evaluated, 'party-a', edit);
      if (!result.ok) throw new Error(answer);
      evaluated = result.value;
    }
    const moveOn = 'Du kan gå videre til næste trin';
    const cases: Array<[string, LearningContract]> = [
      ['agreement', contractAt('agreement')],
      ['learning', ended],
      ['evaluation', evaluated],
    ];
    for (const [step, contract] of cases) {
      for (const perspective of PERSPECTIVES) {
        const el = await shownContract(contract, perspective);
        const canAct = deepQueryAll(el, 'button[data-action="advance"]').length > 0;
        const said = text(panel(el));
        const who = `${step}, ${perspective}`;
        expect(said.includes(moveOn), who).to.equal(canAct);
        if (!canAct) expect(said, who).to.match(/Venter på, at Mette Larsen.* går videre/);
      }
    }
  });

  it('after approving, a leader reads when they approved and their comment, and no button to do it again', async () => {
    const el = await shownContract(acceptedContract(), 'leader-a', 'en');
    const comment = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#approve-comment')!;
    comment.value = 'Good plan';
    comment.dispatchEvent(new Event('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="approve"]')!.click();
    await until(el, () => el.contract?.approvals.leaders.a !== null);
    await settled(el);
    const actions = el.shadowRoot!.querySelector('.actions')!;
    expect(text(actions)).to.match(/You approved the contract on \w+ \d+, \d{4}\./);
    expect(text(actions)).to.contain('Your comment: Good plan');
    expect(actions.querySelector('button[data-action="approve"]')).to.equal(null);
    expect(actions.querySelector('#approve-comment')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('warns before a change that would withdraw the acceptances and approvals, and not once they are gone', async () => {
    const el = await shownContract(acceptedContract(), 'party-a', 'en');
    const warning = () => el.shadowRoot!.querySelector('.turn .warning');
    expect(text(warning())).to.equal(
      'You and Jonas Holm have already accepted or approved the agreement. If you change it now, you must all accept or approve it again.',
    );
    await expect(el).to.be.accessible();
    const purpose = deep<HTMLTextAreaElement>(el, '#f-purpose');
    purpose.value = `${purpose.value} – og mere`;
    purpose.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(el);
    expect(el.contract?.approvals.parties.a).to.equal(null);
    expect(warning()).to.equal(null);
  });

  it('says nothing once the contract is completed, and nothing on a read-only page', async () => {
    expect(panel(await shownContract(contractAt('completed'), 'party-a'))).to.equal(null);
    const readonly = await shownContract(filledAgreement(), 'party-a');
    readonly.readonly = true;
    await settled(readonly);
    expect(panel(readonly)).to.equal(null);
  });

  it('tells each person whose acceptance or approval a change withdrew who changed what, until they give it again', async () => {
    const approvedByB = acceptedContract();
    approvedByB.approvals.leaders.b = {
      by: 'Peter Friis',
      at: '2026-04-02T08:00:00.000Z',
      comment: '',
    };
    const el = await shownContract(approvedByB, 'party-b', 'en');
    el.shadowRoot!.querySelector('contract-form')!
      .shadowRoot!.querySelector<HTMLButtonElement>('#add-goals-b')!
      .click();
    await until(el, () => el.contract?.approvals.parties.a === null);
    const withdrawn = () => el.shadowRoot!.querySelector('.turn .withdrawn');
    expect(withdrawn(), 'not to the one who changed it').to.equal(null);
    el.perspective = 'party-a';
    await settled(el);
    expect(text(withdrawn())).to.match(
      /^Jonas Holm changed “Goals \(Jonas Holm’s goals\)” on \w+ \d+, \d{4}, so your acceptance was withdrawn\. Read the change, and accept again\.$/,
    );
    el.perspective = 'leader-b';
    await settled(el);
    expect(text(withdrawn())).to.match(
      /so your approval was withdrawn\. Read the change, and approve again\.$/,
    );
    await expect(el).to.be.accessible();
    el.perspective = 'supervisor';
    await settled(el);
    expect(withdrawn(), 'the supervisor signs nothing').to.equal(null);
  });
});
