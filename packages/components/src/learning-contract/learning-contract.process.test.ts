import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { StepChangeEvent } from '../events.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, deepQueryAll, settled, text, until } from '../test-support/dom.js';
import { buttonNamed, controlWithId, deepActiveElement, tabTo } from '../test-support/keyboard.js';
import { donePrinting, printedCopy } from '../test-support/printed.js';
import type { LearningContractElement } from './learning-contract.js';

async function contractElement(lang = 'en', perspective = 'party-a') {
  const el = await fixture<LearningContractElement>(
    html`<learning-contract
      storage="memory"
      lang=${lang}
      perspective=${perspective}
    ></learning-contract>`,
  );
  await settled(el);
  return el;
}

async function as(el: LearningContractElement, perspective: string) {
  el.setAttribute('perspective', perspective);
  await settled(el);
}

/** Tabs to a field and types into it, with the keyboard only. */
async function typeInto(id: string, value: string) {
  await tabTo(controlWithId(id));
  await sendKeys({ type: value });
}

async function press(name: string, el: LearningContractElement) {
  await tabTo(buttonNamed(name));
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

describe('<learning-contract> through the process', () => {
  it('a refused acceptance shows an error summary that names the action, takes focus and links to what this person can fix', async () => {
    const el = await contractElement('en');
    await press('Accept the contract and ask the leaders to approve it', el);
    const form = deep(el, 'contract-form');
    const summary = form.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(form.shadowRoot!.activeElement).to.equal(summary);
    expect(text(summary.querySelector('h3'))).to.equal('Missing before you can accept');
    expect(text(summary)).to.contain('Fill in: Name (Party A)');
    // What party B must write is not A's to fix: one line points to whom the contract waits for.
    expect(text(summary)).not.to.contain('Party B has no goal yet');
    expect(text(summary)).to.contain('Others have things to fill in too.');
    await expect(el).to.be.accessible();

    const name = deep(el, '#f-parties-a-name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(text(form.shadowRoot!.getElementById(name.getAttribute('aria-describedby')!))).to.equal(
      'Fill in: Name',
    );
    summary.querySelector<HTMLAnchorElement>('a[href="#f-parties-a-name"]')!.click();
    expect(form.shadowRoot!.activeElement).to.equal(name);
    summary.querySelector<HTMLAnchorElement>('a[href="#add-goals-a"]')!.click();
    expect(form.shadowRoot!.activeElement?.id).to.equal('add-goals-a');
    expect(
      summary.querySelector('a[href="#add-goals-b"]'),
      'A cannot add B’s goals: no link',
    ).to.equal(null);
  });

  it('a field’s message goes as soon as the field is filled, and focus stays where the person types', async () => {
    const el = await contractElement('en');
    await press('Accept the contract and ask the leaders to approve it', el);
    const form = deep(el, 'contract-form');
    const summaryText = () => text(form.shadowRoot!.querySelector('.error-summary'));
    expect(summaryText()).to.contain('Fill in: Name (Party A)');
    await typeInto('f-parties-a-name', 'Mette');
    await settled(el);
    expect(deepActiveElement()?.id).to.equal('f-parties-a-name');
    expect(deep(el, '#f-parties-a-name').hasAttribute('aria-invalid')).to.equal(false);
    expect(summaryText()).not.to.contain('Fill in: Name (Party A)');
    expect(summaryText()).to.contain('Fill in: Department (Party A)');
  });

  it('shows each perspective only what it may see and do', async () => {
    const el = await contractElement('en', 'leader-b');
    el.contract = filledAgreement();
    await settled(el);
    // Nothing to approve before both parties have accepted, and no starting the learning.
    // A leader keeps no backups to read in: printing is their copy.
    expect(deepQueryAll(el, 'button[data-action]').map(text)).to.deep.equal([
      'Print or save as PDF',
    ]);
    const at = '2026-03-02T09:00:00.000Z';
    const accepted = filledAgreement();
    el.contract = {
      ...accepted,
      approvals: { ...accepted.approvals, parties: { a: { at }, b: { at } } },
    };
    await settled(el);
    expect(deepQueryAll(el, 'button[data-action]').map(text)).to.deep.equal([
      'Approve the contract',
      'Print or save as PDF',
    ]);
    // A leader reads what they may not change as text, with their own part a field.
    expect(deep(el, '#f-purpose').tagName).to.equal('SPAN');
    expect(text(deep(el, '#f-purpose'))).to.equal(accepted.purpose);
    expect(deep(el, '#f-leaders-b-responsibilities').readOnly).to.equal(false);
    expect(deep(el, '#f-leaders-a-responsibilities').tagName).to.equal('SPAN');
    // Fields only for what this leader writes (their own part and the approval comment).
    const controls = deepQueryAll(el, 'input:not([type=file]), textarea, select').map(
      (control) => control.id,
    );
    expect(controls[0]).to.equal('approve-comment');
    expect(controls.filter((id) => id.startsWith('f-leaders-b-'))).to.have.length(4);
    expect(controls).to.have.length.below(7);
    // The approval comes before the contract, not after 5,000 pixels of it.
    const actions = el.shadowRoot!.querySelector('[part="actions"]')!;
    const form = el.shadowRoot!.querySelector('contract-form')!;
    expect(actions.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );

    await as(el, 'party-b');
    expect(deep(el, '#f-goals-a-0-text').readOnly, 'B may not edit A’s goals').to.equal(true);
    expect(deep(el, '#f-goals-b-0-text').readOnly).to.equal(false);
    await expect(el).to.be.accessible();
  });

  /** The words a person reads on the way, in each language. */
  const WORDS = {
    en: {
      accept: 'Accept the contract and ask the leaders to approve it',
      approve: 'Approve the contract',
      addGoal: 'Add goal',
      toLearning: 'Start the learning',
      toEvaluation: 'Move on to evaluating together',
      toClosing: 'Move on to the closing conversation',
      confirmClosing: 'Confirm the closing conversation was held',
      progress: '4 of 4 answered',
      leaderProgress: '5 of 5 answered',
      completed: 'The learning contract is completed.',
    },
    da: {
      accept: 'Acceptér kontrakten, og bed lederne om at godkende den',
      approve: 'Godkend kontrakten',
      addGoal: 'Tilføj mål',
      toLearning: 'Begynd læringen',
      toEvaluation: 'Gå videre til den fælles evaluering',
      toClosing: 'Gå videre til den afsluttende samtale',
      confirmClosing: 'Bekræft, at den afsluttende samtale er holdt',
      progress: '4 af 4 besvaret',
      leaderProgress: '5 af 5 besvaret',
      completed: 'Læringskontrakten er afsluttet.',
    },
  } as const;

  for (const [lang, theme] of [
    ['en', 'default.css'],
    ['da', 'dkfds.css'],
  ] as const) {
    it(`is filled in and taken to completed with the keyboard alone, in ${lang} with ${theme}, and prints each party’s own copy`, async function () {
      // Hundreds of real key presses: give the harness room on a busy machine.
      this.timeout(180_000);
      const words = WORDS[lang];
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `/packages/components/themes/${theme}`;
      await new Promise((resolve) => {
        link.onload = resolve;
        document.head.append(link);
      });
      try {
        const el = await contractElement(lang, 'party-a');
        // Party A has not written their name yet, and party B has no goal yet.
        const start = filledAgreement();
        el.contract = {
          ...start,
          parties: { ...start.parties, a: { ...start.parties.a, name: '' } },
          goals: { ...start.goals, b: [] },
        };
        await settled(el);
        const steps: string[] = [];
        el.addEventListener('step-change', (event: StepChangeEvent) => steps.push(event.detail.to));

        await typeInto('f-parties-a-name', 'Mette Larsen');
        await press(words.accept, el);
        await as(el, 'party-b');
        await press(words.addGoal, el);
        // Adding moves focus into the new goal: type straight away.
        await sendKeys({ type: 'Vide hvad hjemmeplejen kan' });
        await press(words.accept, el);
        expect(el.contract?.goals.b[0]?.text).to.equal('Vide hvad hjemmeplejen kan');
        expect(
          el.contract?.approvals.parties.a,
          'A accepted before B added goals: asked again',
        ).to.equal(null);
        await as(el, 'party-a');
        await press(words.accept, el);
        // The leaders approve the text both parties accepted.
        await as(el, 'leader-a');
        await typeInto('approve-comment', 'God plan');
        await press(words.approve, el);
        await as(el, 'leader-b');
        await press(words.approve, el);
        expect(el.contract?.approvals.leaders.a?.comment).to.equal('God plan');
        await as(el, 'party-a');
        await press(words.toLearning, el);
        expect(deepActiveElement()?.id, 'focus goes to the top after moving on').to.equal('title');
        await expect(el).to.be.accessible();

        // Its end date has passed: a party ends it, and says yes to the question first.
        await press(words.toEvaluation, el);
        expect(deepActiveElement()?.id, 'the question takes focus').to.equal('confirm-question');
        await press(words.toEvaluation, el);
        for (const question of ['goals', 'collaboration', 'nextTime', 'keepingKnowledge']) {
          await typeInto(`f-jointEvaluation-${question}-text`, `Answer about ${question}`);
          await sendKeys({ press: 'Tab' });
          await sendKeys({ press: 'Space' });
        }
        await settled(el);
        expect(text(deep(deep(el, 'evaluation-checklist').shadowRoot!, '.progress'))).to.equal(
          words.progress,
        );
        await expect(el).to.be.accessible();
        await press(words.toClosing, el);
        await press(words.toClosing, el);

        // Each leader answers with their employee, and confirms the conversation was held.
        for (const party of ['a', 'b'] as const) {
          await as(el, `leader-${party}`);
          // The day of the conversation, typed as the browser's date field takes it (month, day, year).
          await typeInto(`f-leaderEvaluations-${party}-conversation-date`, '10052026');
          for (const point of ['results', 'leaderEffort', 'employeeEffort']) {
            await typeInto(`f-leaderEvaluations-${party}-${point}-text`, `${point} for ${party}`);
          }
          await typeInto(`f-leaderEvaluations-${party}-keepingPlan-what`, `«plan of ${party}»`);
          await settled(el);
          const own = deepQueryAll(el, 'evaluation-checklist').find(
            (checklist) =>
              checklist.getAttribute('kind') === 'leader' &&
              checklist.getAttribute('party') === party,
          )!;
          expect(text(own.shadowRoot!.querySelector('.progress'))).to.equal(words.leaderProgress);
          await expect(el).to.be.accessible();
          await press(words.confirmClosing, el);
          await press(words.confirmClosing, el);
        }
        expect(steps).to.deep.equal(['learning', 'evaluation', 'closing', 'completed']);
        expect(text(deep(el, 'process-tracker').shadowRoot!.querySelector('.completed'))).to.equal(
          words.completed,
        );

        await as(el, 'party-a');
        // Ctrl+P: the print view is fetched first, then the browser prints, and
        // on `beforeprint` the copy is rendered (headless Chromium has no dialog).
        const print = Object.getOwnPropertyDescriptor(window, 'print')!;
        let printed = false;
        window.print = () => {
          printed = true;
          window.dispatchEvent(new Event('beforeprint'));
        };
        try {
          await sendKeys({ press: 'Control+p' });
          await until(el, () => printed);
        } finally {
          Object.defineProperty(window, 'print', print);
        }
        const printView = printedCopy()!;
        // Their own notes are not part of the contract: printed only when asked for.
        expect(text(printView)).to.contain('«plan of a»').and.not.to.contain('«A’s own note»');
        expect(text(printView)).not.to.contain('«plan of b»');
        expect(text(printView)).not.to.contain('«B’s own note»');
        expect(printView.querySelectorAll('input, textarea, select, button')).to.have.length(0);
        donePrinting();
      } finally {
        link.remove();
      }
    });
  }
});
