// The closing conversation as the method holds it (#24): each leader confirms
// it was held, after a question in plain words, and the second confirmation
// completes the contract; no party completes it alone. Whose turn it is reads
// the same from a person's own view as from the whole contract.
import {
  applyEdit,
  fillView,
  parseContract,
  viewFor,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { closingAnswered, contractAt } from '@kollegalaering/core/testing';
import { expect } from '@open-wc/testing';
import '../define.js';
import type { StepChangeEvent } from '../events.js';
import { deep, deepQueryAll, text, until } from '../test-support/dom.js';
import { shownContract } from '../test-support/shown-contract.js';
import { actionButtons, heading, panel, press } from '../test-support/turn.js';

/** Sets a value as `perspective` types it: through core, which keeps what the others may know. */
function typed(contract: LearningContract, perspective: Perspective, path: string, value: string) {
  const result = applyEdit(contract, perspective, { op: 'set', path: path.split('.'), value });
  if (!result.ok) throw new Error(`refused: ${path}`);
  return result.value;
}

/** What a person's browser holds on a server: their own view, read back as a contract. */
function viewOf(contract: LearningContract, perspective: Perspective): LearningContract {
  const parsed = parseContract(fillView(viewFor(contract, perspective), contract.id));
  if (!parsed.ok) throw new Error('not a contract');
  return parsed.value;
}

describe('<learning-contract> in the closing conversation', () => {
  it('lets no party complete it, and asks a leader in plain words before they confirm the conversation', async () => {
    const closing = closingAnswered(closingAnswered(contractAt('closing'), 'a'), 'b');
    const mette = await shownContract(closing, 'party-a');
    expect(actionButtons(mette), 'nothing to complete alone').to.deep.equal([]);
    expect(heading(mette)).to.equal('Intet venter på dig');
    expect(panel(mette)).to.contain('Venter på, at Hanne Berg bekræfter den afsluttende samtale');
    expect(panel(mette)).to.contain('Venter på, at Peter Friis bekræfter den afsluttende samtale');
    expect(panel(mette)).not.to.contain('udfylder');

    const hanne = await shownContract(closing, 'leader-a');
    expect(heading(hanne)).to.equal('Din tur');
    await press(hanne, 'Bekræft, at den afsluttende samtale er holdt');
    const question = hanne.shadowRoot!.querySelector('.confirm')!;
    expect(hanne.shadowRoot!.activeElement?.id).to.equal('confirm-question');
    expect(text(question)).to.contain(
      'Bekræfter du, at du holdt den afsluttende samtale med Mette Larsen den 5. oktober 2026?',
    );
    expect(text(question)).to.contain('Din evaluering med Mette Larsen kan ikke ændres bagefter.');
    expect(text(question)).to.contain(
      'Kontrakten er gennemført, når Peter Friis også har bekræftet.',
    );
    await expect(hanne).to.be.accessible();
    // No: nothing is taken.
    await press(hanne, 'Ikke nu');
    expect(hanne.contract?.approvals.closing.a).to.equal(null);
    expect(hanne.shadowRoot!.querySelector('.confirm')).to.equal(null);
    // Yes.
    await press(hanne, 'Bekræft, at den afsluttende samtale er holdt');
    await press(hanne, 'Bekræft, at den afsluttende samtale er holdt');
    await until(hanne, () => hanne.contract?.approvals.closing.a !== null);
    expect(hanne.contract?.process.state).to.equal('closing');
    expect(panel(hanne)).to.contain(
      'Den afsluttende samtale med Mette Larsen er bekræftet af Hanne Berg den',
    );
    // What she confirmed is settled: read, no longer a field.
    expect(deep(hanne, '#f-leaderEvaluations-a-results-text').tagName).to.equal('SPAN');

    const peter = await shownContract(hanne.contract!, 'leader-b');
    const steps: string[] = [];
    peter.addEventListener('step-change', (event: StepChangeEvent) => steps.push(event.detail.to));
    await press(peter, 'Bekræft, at den afsluttende samtale er holdt');
    expect(text(peter.shadowRoot!.querySelector('.confirm'))).to.contain(
      'Læringskontrakten er derefter gennemført.',
    );
    await press(peter, 'Bekræft, at den afsluttende samtale er holdt');
    await until(peter, () => peter.contract?.process.state === 'completed');
    expect(steps).to.deep.equal(['completed']);
  });

  it('says from a party’s own view, as a server sends it, whom the closing waits for', async () => {
    // Jonas and Peter have answered everything; Mette's view holds none of it.
    const closing = closingAnswered(contractAt('closing'), 'b');
    const mette = await shownContract(viewOf(closing, 'party-a'), 'party-a');
    expect(panel(mette)).to.contain('Venter på, at Peter Friis bekræfter den afsluttende samtale');
    expect(panel(mette)).not.to.contain('Venter på, at Jonas Holm eller lederen for Jonas Holm');
    expect(panel(mette)).to.match(/Du skal udfylde: .*Dato for den afsluttende samtale/);
  });

  it('refuses a conversation dated after today with a clear message, and changes nothing', async () => {
    const planned = closingAnswered(contractAt('closing'), 'a', '2099-01-15');
    const hanne = await shownContract(planned, 'leader-a', 'en');
    await press(hanne, 'Confirm the closing conversation was held');
    expect(hanne.shadowRoot!.querySelector('.confirm'), 'nothing to ask about').to.equal(null);
    const summary = deep(hanne, 'contract-form').shadowRoot!.querySelector('.error-summary');
    expect(text(summary)).to.contain(
      'Date of the closing conversation (Mette Larsen and Hanne Berg) is after today. Confirm the conversation once it has been held.',
    );
    expect(hanne.contract?.approvals.closing.a).to.equal(null);
  });

  it('counts every answer the closing asks for, the plan for the knowledge too', async () => {
    const closing = closingAnswered(contractAt('closing'), 'a');
    const hanne = await shownContract(closing, 'leader-a');
    const own = deepQueryAll(hanne, 'evaluation-checklist').find(
      (checklist) =>
        checklist.getAttribute('kind') === 'leader' && checklist.getAttribute('party') === 'a',
    )!;
    expect(text(own.shadowRoot!.querySelector('.progress'))).to.equal('5 af 5 besvaret');
  });
});

describe('<learning-contract> for the supervisor in the evaluation', () => {
  it('reads from her own view whom the evaluation waits for, and that the partners answered her question', async () => {
    let evaluation = contractAt('evaluation');
    for (const question of [
      'goals',
      'collaboration',
      'supervisorUse',
      'nextTime',
      'keepingKnowledge',
    ]) {
      evaluation = typed(evaluation, 'party-a', `jointEvaluation.${question}.text`, 'Svar');
    }
    const lone = await shownContract(viewOf(evaluation, 'supervisor'), 'supervisor');
    expect(heading(lone)).to.equal('Intet venter på dig');
    expect(panel(lone)).to.contain(
      'Venter på, at Mette Larsen eller Jonas Holm går videre til næste trin',
    );
    expect(panel(lone)).not.to.contain('udfylder');
    expect(panel(lone)).to.contain(
      'Mette Larsen og Jonas Holm har svaret på, hvordan de brugte dig som supervisor',
    );
    await expect(lone).to.be.accessible();
  });
});
