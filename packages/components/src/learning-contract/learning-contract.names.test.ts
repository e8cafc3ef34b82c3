// People by name (#24): once a name is written every text says it, and the
// page says once who the reader is in this contract. Roles only until then.
import { createEmptyContract } from '@kollegalaering/core';
import { acceptedContract, contractAt } from '@kollegalaering/core/testing';
import { expect } from '@open-wc/testing';
import '../define.js';
import { filledAgreement, learningWithAmendment } from '../test-support/contracts.js';
import { deep, deepQueryAll, text } from '../test-support/dom.js';
import { shownContract } from '../test-support/shown-contract.js';
import type { LearningContractElement } from './learning-contract.js';

const you = (el: LearningContractElement) => text(el.shadowRoot!.querySelector('.you'));
const form = (el: LearningContractElement) => el.shadowRoot!.querySelector('contract-form')!;
/** Every label and legend the form shows, as read. */
const labels = (el: LearningContractElement) =>
  deepQueryAll(form(el), 'label, legend, h3, .label').map(text);

describe('<learning-contract> names people', () => {
  it('says once who the reader is in this contract', async () => {
    const el = await shownContract(filledAgreement(), 'party-a');
    await expect(el).to.be.accessible();
    expect(you(el)).to.equal('Du er part A sammen med Jonas Holm.');
    expect(you(await shownContract(filledAgreement(), 'party-b'))).to.equal(
      'Du er part B sammen med Mette Larsen.',
    );
    expect(you(await shownContract(filledAgreement(), 'leader-b'))).to.equal(
      'Du er leder for Jonas Holm.',
    );
    expect(you(await shownContract(contractAt('learning'), 'supervisor', 'en'))).to.equal(
      'You are the supervisor of Mette Larsen and Jonas Holm.',
    );
  });

  it('asks the party who learns “what do you want to learn?”, and names them to everyone else', async () => {
    const mette = labels(await shownContract(filledAgreement(), 'party-a'));
    expect(mette).to.include('Dine mål').and.to.include('Mål for Jonas Holm');
    expect(mette).to.include('Hvad vil du lære?').and.to.include('Hvad vil Jonas Holm lære?');
    const jonas = labels(await shownContract(filledAgreement(), 'party-b'));
    expect(jonas).to.include('Hvad vil Mette Larsen lære?').and.to.include('Din leder');
    const hanne = labels(await shownContract(filledAgreement(), 'leader-a'));
    expect(hanne).to.include('Hvad vil Mette Larsen lære?').and.not.to.include('Hvad vil du lære?');
    expect(hanne).to.include('Hvad vil Mette Larsen og Jonas Holm opnå sammen?');
    expect(hanne).to.include('Lederen for Jonas Holm');
  });

  it('says who does an activity by name', async () => {
    const el = await shownContract(filledAgreement(), 'party-a');
    const who = deep<HTMLSelectElement>(form(el), '#f-plan-activities-0-who');
    expect(Array.from(who.options, text)).to.deep.equal([
      'Mette Larsen',
      'Jonas Holm',
      'Begge',
      'Supervisoren',
    ]);
    const withSupervisor = filledAgreement();
    withSupervisor.supervisor = { ...contractAt('learning').supervisor };
    const named = await shownContract(withSupervisor, 'party-a');
    expect(text(deep(form(named), '#f-plan-activities-0-who option:last-child'))).to.equal(
      'Lone Dahl',
    );
  });

  it('waits for a leader by their name', async () => {
    const el = await shownContract(acceptedContract(), 'party-a');
    const turn = text(el.shadowRoot!.querySelector('.turn'));
    expect(turn).to.contain('Venter på, at Hanne Berg godkender');
    expect(turn).to.contain('Venter på, at Peter Friis godkender');
  });

  it('says who confirmed a change by name', async () => {
    const el = await shownContract(learningWithAmendment(['party-b', 'party-a']), 'leader-a');
    expect(text(deep(form(el), '.confirmations'))).to.equal(
      'Bekræftet af Jonas Holm og Mette Larsen',
    );
  });

  it('heads a leader’s evaluation with the other person’s name', async () => {
    const peter = await shownContract(contractAt('closing'), 'leader-b', 'en');
    expect(labels(peter)).to.include('Evaluation with Jonas Holm');
    expect(labels(peter)).not.to.include('Evaluation with your leader');
    const jonas = await shownContract(contractAt('closing'), 'party-b', 'en');
    expect(labels(jonas)).to.include('Evaluation with Peter Friis');
  });

  it('names roles until names are written', async () => {
    const el = await shownContract(createEmptyContract({ id: 'ny' }), 'party-a');
    expect(you(el)).to.equal('Du er part A sammen med part B.');
    expect(labels(el)).to.include('Mål for part B').and.to.include('Lederen for part B');
  });
});
