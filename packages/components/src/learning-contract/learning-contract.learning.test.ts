// The learning as the method runs it (#24): until its agreed end date the
// panel says what the learning is for now, not "move on"; only the parties end
// it, early only when one asks and the other agrees, each after a question in
// plain words; and the supervisor gives their input in the logbook.
import type { LearningContract } from '@kollegalaering/core';
import { contractAt } from '@kollegalaering/core/testing';
import { expect } from '@open-wc/testing';
import '../define.js';
import { deep, settled, text, type, until } from '../test-support/dom.js';
import { shownContract } from '../test-support/shown-contract.js';
import { actionButtons, heading, panel, press } from '../test-support/turn.js';

/** A day `days` from today, as contracts store days. */
const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A day as the page writes it in Danish. */
const danishDay = (day: string) =>
  new Intl.DateTimeFormat('da', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** A contract whose learning runs four more months, with a meeting next week. */
function learningUnderWay(): LearningContract {
  const contract = contractAt('learning');
  contract.plan.timeFrame.end = dayFromNow(120);
  contract.plan.schedule = [
    { id: 'm0', date: '2026-04-14', topic: 'Opstart' },
    { id: 'm1', date: dayFromNow(7), topic: 'Følgedag i jobcentret' },
  ];
  return contract;
}

describe('<learning-contract> while the learning runs', () => {
  it('says what the learning is for now, and tells no one to move on', async () => {
    const contract = learningUnderWay();
    const end = danishDay(contract.plan.timeFrame.end);
    const mette = await shownContract(contract, 'party-a');
    expect(heading(mette)).to.equal('Læringen er i gang');
    expect(panel(mette)).to.contain(`Læringen løber til ${end}`);
    expect(panel(mette)).to.contain('Skriv i logbogen, hvad I gør og lærer undervejs.');
    expect(panel(mette)).to.contain(
      `Næste møde: ${danishDay(contract.plan.schedule[1]!.date)} – Følgedag i jobcentret`,
    );
    expect(panel(mette)).not.to.contain('gå videre');
    expect(actionButtons(mette)).to.deep.equal(['Bed om at slutte læringen før tid']);
    await expect(mette).to.be.accessible();

    for (const perspective of ['leader-a', 'leader-b', 'supervisor']) {
      const other = await shownContract(contract, perspective);
      expect(heading(other), perspective).to.equal('Intet venter på dig');
      expect(panel(other)).to.contain(`Mette Larsen og Jonas Holm lærer af hinanden til ${end}`);
      expect(actionButtons(other), perspective).to.deep.equal([]);
    }
  });

  it('ends early only when one party asks and the other agrees, each after a question', async () => {
    const contract = learningUnderWay();
    const end = danishDay(contract.plan.timeFrame.end);
    const mette = await shownContract(contract, 'party-a');
    await press(mette, 'Bed om at slutte læringen før tid');
    const question = text(mette.shadowRoot!.querySelector('.confirm'));
    expect(question).to.contain('Vil du bede Jonas Holm om at slutte læringen før tid?');
    expect(question).to.contain(
      `I har aftalt, at læringen løber til ${end}. Den slutter kun før, hvis Jonas Holm også siger ja.`,
    );
    await press(mette, 'Bed om at slutte læringen før tid');
    await until(mette, () => mette.contract?.process.endEarly !== undefined);
    expect(mette.contract?.process.state, 'asking alone ends nothing').to.equal('learning');
    expect(panel(mette)).to.contain(
      'Venter på, at Jonas Holm siger ja til at slutte læringen før tid',
    );
    expect(actionButtons(mette)).to.deep.equal([]);

    const jonas = await shownContract(mette.contract!, 'party-b');
    expect(heading(jonas)).to.equal('Din tur');
    expect(panel(jonas)).to.contain(
      'Din læringspartner beder om at slutte læringen før tid. Slut den, hvis du er enig.',
    );
    await press(jonas, 'Slut læringen før tid');
    expect(text(jonas.shadowRoot!.querySelector('.confirm'))).to.contain(
      `Vil du slutte læringen nu, før ${end}?`,
    );
    await expect(jonas).to.be.accessible();
    await press(jonas, 'Slut læringen før tid');
    await until(jonas, () => jonas.contract?.process.state === 'evaluation');
  });
});

describe('<learning-contract> for the supervisor while the pair learn', () => {
  it('lets the supervisor give input in the logbook, which both parties read as theirs', async () => {
    const lone = await shownContract(learningUnderWay(), 'supervisor');
    expect(panel(lone)).to.contain(
      'Du kan give dem støtte, vejledning og input i logbogen, som de begge læser.',
    );
    deep<HTMLButtonElement>(lone, '#add-plan-logbook').click();
    await settled(lone);
    const entries = () => lone.contract!.plan.logbook;
    expect(entries().at(-1)?.author).to.equal('supervisor');
    const index = entries().length - 1;
    type(
      deep<HTMLTextAreaElement>(lone, `#f-plan-logbook-${index}-text`),
      'Prøv at tage en sag med',
    );
    await until(lone, () => entries().at(-1)?.text === 'Prøv at tage en sag med');

    const mette = await shownContract(lone.contract!, 'party-a');
    const entry = deep<HTMLTextAreaElement>(mette, `#f-plan-logbook-${index}-text`);
    expect(entry.readOnly, 'hers, not Mette’s, to change').to.equal(true);
    const legend = text(entry.closest('fieldset')!.querySelector('legend'));
    expect(legend).to.equal(`Notat ${index + 1} · Lone Dahl`);
    expect(text(entry.closest('.field') ?? entry.parentElement)).to.contain('Supervisorens input');
  });
});
