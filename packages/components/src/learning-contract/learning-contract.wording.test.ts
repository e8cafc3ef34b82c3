// What a tester read taking a contract through every step with five people:
// names where they are written, "du" to the person themself, one casing for
// roles, lists and values that say what they are, and a printed copy that
// names whoever wrote what.
import type { LearningContract } from '@kollegalaering/core';
import { acceptedContract, closingAnswered, contractAt } from '@kollegalaering/core/testing';
import { expect } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, text } from '../test-support/dom.js';
import { donePrinting, printed } from '../test-support/printed.js';
import { shownContract } from '../test-support/shown-contract.js';
import { press } from '../test-support/turn.js';

const warning = (el: HTMLElement) => text(el.shadowRoot!.querySelector('.turn .warning'));
const signatures = (el: HTMLElement) =>
  Array.from(deep(el, 'process-tracker').shadowRoot!.querySelectorAll('.signatures li'), text);

describe('<learning-contract> in words a colleague reads', () => {
  afterEach(donePrinting);

  it('names people in the error summary where their names are written', async () => {
    const planned = closingAnswered(contractAt('closing'), 'a', '2099-01-15');
    const hanne = await shownContract(planned, 'leader-a');
    await expect(hanne).to.be.accessible();
    await press(hanne, 'Bekræft, at den afsluttende samtale er holdt');
    const summary = deep(hanne, 'contract-form').shadowRoot!.querySelector('.error-summary');
    expect(text(summary)).to.contain(
      'Dato for den afsluttende samtale (Mette Larsen og Hanne Berg) er efter i dag.',
    );
  });

  it('names the leader who changed what by name, and the field by the names written', async () => {
    const contract = acceptedContract();
    contract.approvals.parties.a = null;
    contract.process.withdrawn = {
      at: '2026-03-03T09:00:00.000Z',
      by: 'leader-b',
      path: 'leaders.b.responsibilities',
      from: ['party-a'],
    };
    const mette = await shownContract(contract, 'party-a');
    expect(text(mette.shadowRoot!.querySelector('.withdrawn'))).to.equal(
      'Peter Friis ændrede »Lederens ansvar og opgaver i forløbet (Lederen for Jonas Holm)« den 3. marts 2026, så din accept blev trukket tilbage. Læs ændringen, og acceptér igen.',
    );
  });

  it('asks a leader to confirm the closing naming the other leader', async () => {
    const hanne = await shownContract(closingAnswered(contractAt('closing'), 'a'), 'leader-a');
    await press(hanne, 'Bekræft, at den afsluttende samtale er holdt');
    expect(text(hanne.shadowRoot!.querySelector('.confirm'))).to.contain(
      'Kontrakten er gennemført, når Peter Friis også har bekræftet.',
    );
  });

  it('warns about withdrawn signatures in the right person and number', async () => {
    const onlyJonas = filledAgreement();
    onlyJonas.approvals.parties.b = { at: '2026-03-02T09:00:00.000Z' };
    expect(warning(await shownContract(onlyJonas, 'party-b'))).to.equal(
      'Du har allerede accepteret aftalen. Ændrer du den nu, skal du acceptere den igen.',
    );
    expect(warning(await shownContract(onlyJonas, 'party-a'))).to.equal(
      'Jonas Holm har allerede accepteret aftalen. Ændrer du den nu, skal Jonas Holm acceptere den igen.',
    );
    expect(warning(await shownContract(acceptedContract(), 'party-a'))).to.equal(
      'Du og Jonas Holm har allerede accepteret eller godkendt aftalen. Ændrer du den nu, skal I alle acceptere eller godkende den igen.',
    );
    expect(warning(await shownContract(acceptedContract(), 'leader-a'))).to.equal(
      'Mette Larsen og Jonas Holm har allerede accepteret eller godkendt aftalen. Ændrer du den nu, skal de acceptere eller godkende den igen.',
    );
  });

  it('says "du" to the person themself in the list of acceptances', async () => {
    const mette = await shownContract(filledAgreement(), 'party-a');
    const own = signatures(mette);
    expect(own).to.include('Du har ikke accepteret endnu');
    expect(own).to.include('Jonas Holm har ikke accepteret endnu');
    const hanne = await shownContract(filledAgreement(), 'leader-a');
    const theirs = signatures(hanne);
    expect(theirs).to.include('Mette Larsen har ikke accepteret endnu');
    expect(theirs).to.include('Du har ikke godkendt endnu');
  });

  it('writes a role in lower case inside a sentence, as "Du er part A" does', async () => {
    const unnamed = filledAgreement();
    unnamed.parties.b.name = '';
    const mette = await shownContract(unnamed, 'party-a');
    expect(text(mette.shadowRoot!.querySelector('.you'))).to.equal(
      'Du er part A sammen med part B.',
    );
    // At the start of a sentence, a capital.
    expect(signatures(mette)).to.include('Part B har ikke accepteret endnu');
  });

  it('says what a list has none of, and shows days and ticks in words', async () => {
    const contract = contractAt('learning');
    contract.plan.activities[0]!.when = '2026-02-10';
    const hanne = await shownContract(contract, 'leader-a');
    const form = deep(hanne, 'contract-form').shadowRoot!;
    const empty = Array.from(form.querySelectorAll('.empty'), text);
    expect(empty).to.include('Delmål: ingen endnu.');
    expect(empty).not.to.include('Ingen endnu.');
    expect(text(form)).to.contain('Hvornår? 10. februar 2026');
    expect(text(form)).not.to.contain('2026-02-10');
  });

  it('prints who wrote each logbook entry, names instead of "du", and no empty headings', async () => {
    const contract: LearningContract = contractAt('learning');
    contract.plan.activities[0]!.when = '2026-02-10';
    contract.plan.logbook.push({
      id: 'l2',
      date: '2026-05-01',
      author: 'supervisor',
      text: 'Husk at skrive refleksioner.',
    });
    const copy = await printed(await shownContract(contract, 'party-a'));
    const all = text(copy);
    expect(all).to.contain('Notat 2 · Lone Dahl');
    expect(all).to.contain('Supervisorens input Husk at skrive refleksioner.');
    expect(all).to.contain('Hvad skete der, og hvad lærte Mette Larsen? God første dag.');
    expect(all).to.contain('Mål for Mette Larsen');
    expect(all).to.contain('Hvad vil Mette Larsen lære?');
    expect(all).to.contain('Lederen for Mette Larsen');
    expect(all).to.contain('Hvornår? 10. februar 2026');
    for (const you of ['Dine mål', 'Din leder', 'Hvad vil du lære?', 'lærte du?']) {
      expect(all).not.to.contain(you);
    }
    const headings = Array.from(copy.querySelectorAll('h2'), text);
    expect(headings).not.to.include('Ændringer undervejs');
  });
});
