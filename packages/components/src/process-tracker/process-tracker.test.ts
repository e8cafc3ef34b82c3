import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import { PERSPECTIVES } from '@kollegalaering/core';
import { contractAt } from '@kollegalaering/core/testing';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, settled, text } from '../test-support/dom.js';
import type { ProcessTrackerElement } from './process-tracker.js';

async function tracker(lang: string, contract = filledAgreement()) {
  const el = await fixture<ProcessTrackerElement>(
    html`<process-tracker lang=${lang} .contract=${contract}></process-tracker>`,
  );
  await settled(el);
  return el;
}

const steps = (el: ProcessTrackerElement) =>
  Array.from(el.shadowRoot!.querySelectorAll('.steps > li'));

describe('<process-tracker>', () => {
  it('passes an axe check in Danish and in English', async () => {
    await expect(await tracker('da')).to.be.accessible();
    await expect(await tracker('en')).to.be.accessible();
  });

  it('lists the five steps in order, marks the current one and the ones done', async () => {
    const el = await tracker('en');
    const items = steps(el);
    expect(items.map((item) => text(item.querySelector('.name')))).to.deep.equal([
      '1. Introduction',
      '2. Agreement',
      '3. Learning',
      '4. Evaluating together',
      '5. Closing conversation with the leaders',
    ]);
    expect(items.map((item) => item.getAttribute('aria-current'))).to.deep.equal([
      null,
      'step',
      null,
      null,
      null,
    ]);
    expect(text(items[1]!.querySelector('.status'))).to.equal('Now');
  });

  it('calls step 1 not used where the contract started at step 2 without an introduction', async () => {
    const status = (el: ProcessTrackerElement) => text(steps(el)[0]!.querySelector('.status'));
    const informal = filledAgreement();
    expect(informal.settings.mode).to.equal('informal');
    expect(status(await tracker('da', informal))).to.equal('Ikke brugt');
    expect(status(await tracker('en', informal))).to.equal('Not used');
    // The organisation's introduction is step 1 of a contract it runs informally.
    const introduced = await fixture<ProcessTrackerElement>(
      html`<process-tracker
        lang="da"
        .contract=${informal}
        .config=${{
          process: {
            introduction: { text: { da: 'Sådan gør vi' }, url: 'https://intra.example.dk' },
          },
        }}
      ></process-tracker>`,
    );
    await settled(introduced);
    expect(status(introduced)).to.equal('Gennemført');
    // Run formally, the leaders set the goals at step 1.
    const formal = filledAgreement();
    formal.settings.mode = 'formal';
    expect(status(await tracker('da', formal))).to.equal('Gennemført');
  });

  it('inside <learning-contract>, takes the introduction from the contract’s configuration', async () => {
    const whole = await fixture<HTMLElement>(
      html`<learning-contract
        lang="da"
        .contract=${filledAgreement()}
        .config=${{
          process: {
            introduction: { text: { da: 'Sådan gør vi' }, url: 'https://intra.example.dk' },
          },
        }}
      ></learning-contract>`,
    );
    await settled(whole);
    const inside = deep<ProcessTrackerElement>(whole, 'process-tracker');
    await settled(inside);
    expect(text(steps(inside)[0]!.querySelector('.status'))).to.equal('Gennemført');
  });

  it('says what blocks the next step, and each party’s and leader’s approval', async () => {
    const contract = filledAgreement();
    contract.approvals.leaders.a = {
      by: 'Hanne Berg',
      at: '2026-05-04T08:00:00.000Z',
      comment: '',
    };
    const el = await tracker('da', contract);
    const [, agreement, learning] = steps(el);
    // People are named once their names are written.
    expect(text(agreement)).to.contain('Hanne Berg godkendte den 4. maj 2026');
    expect(text(agreement)).to.contain('Peter Friis har ikke godkendt endnu');
    expect(text(learning!.querySelector('summary'))).to.equal(
      'Kan ikke begynde endnu – 3 ting mangler',
    );
    expect(Array.from(learning!.querySelectorAll('details li'), text)).to.deep.equal([
      'Mette Larsen har ikke accepteret kontrakten endnu.',
      'Jonas Holm har ikke accepteret kontrakten endnu.',
      'Peter Friis har ikke godkendt kontrakten endnu.',
    ]);
  });

  it('says while the learning runs when the evaluation starts, in words, not as a code', async () => {
    const contract = contractAt('learning');
    contract.plan.timeFrame.end = '2099-09-30';
    for (const [lang, line] of [
      ['da', 'Evalueringen begynder, når læringen slutter den 30. september 2099.'],
      ['en', 'The evaluation starts when the learning ends on September 30, 2099.'],
    ] as const) {
      const evaluation = steps(await tracker(lang, contract))[3]!;
      expect(Array.from(evaluation.querySelectorAll('details li'), text)).to.deep.equal([line]);
      expect(text(evaluation)).not.to.contain('learning-not-ended');
    }
  });

  it('says Party B and a leader by role until the names are written, and "you" to the reader, in English', async () => {
    const contract = filledAgreement();
    contract.parties.b.name = '';
    contract.leaders.b.name = '';
    const el = await tracker('en', contract);
    const [, agreement] = steps(el);
    expect(text(agreement)).to.contain('You have not accepted yet');
    expect(text(agreement)).to.contain('Party B has not accepted yet');
    expect(text(agreement)).to.contain('Hanne Berg has not approved yet');
    expect(text(agreement)).to.contain('The leader of party B has not approved yet');
  });

  it('shows each approval with who, when and the comment, to everyone on the contract', async () => {
    const contract = contractAt('learning');
    contract.approvals.leaders.a!.comment = 'Husk at aftale datoerne for følgedagene med mig.';
    for (const perspective of PERSPECTIVES) {
      const whole = await fixture<HTMLElement>(
        html`<learning-contract
          lang="da"
          perspective=${perspective}
          .contract=${contract}
        ></learning-contract>`,
      );
      await settled(whole);
      const agreement = steps(deep<ProcessTrackerElement>(whole, 'process-tracker'))[1]!;
      expect(Array.from(agreement.querySelectorAll('li'), text), perspective).to.deep.equal([
        'Mette Larsen accepterede den 1. april 2026',
        'Hanne Berg godkendte den 1. april 2026 Kommentar: »Husk at aftale datoerne for følgedagene med mig.«',
        'Jonas Holm accepterede den 1. april 2026',
        'Peter Friis godkendte den 1. april 2026',
      ]);
    }
  });

  it('refuses a contract that is not valid, with contract-error, and shows nothing', async () => {
    const errors: string[] = [];
    const el = await fixture<ProcessTrackerElement>(
      html`<process-tracker
        @contract-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}
      ></process-tracker>`,
    );
    el.contract = { schemaVersion: 1 } as never;
    await settled(el);
    expect(errors).to.deep.equal(['invalid-contract']);
    expect(steps(el)).to.have.length(0);
  });

  it('keeps the current step visible in Windows high contrast, where colours are the system’s', async () => {
    const el = await tracker('da');
    const current = el.shadowRoot!.querySelector<HTMLElement>('[aria-current="step"]')!;
    expect(getComputedStyle(current).borderTopWidth).to.equal('4px');
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(getComputedStyle(current).borderTopWidth).to.equal('8px');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});
