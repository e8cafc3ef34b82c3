// The printed copy, for the personnel file: whose copy and when it was
// printed, dates as the page writes them, every acceptance, approval and
// confirmation of the closing conversation with its day, who gave it and a
// leader's comment, and who confirmed each amendment.
import type { LearningContract } from '@kollegalaering/core';
import { contractAt } from '@kollegalaering/core/testing';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import { text, until } from '../test-support/dom.js';
import { shownContract } from '../test-support/shown-contract.js';

/** Prints through the element as the button does; headless Chromium has no print dialog. */
async function printed(contract: LearningContract, perspective: string, lang = 'da') {
  const el = await shownContract(contract, perspective, lang);
  const print = Object.getOwnPropertyDescriptor(window, 'print')!;
  window.print = () => window.dispatchEvent(new Event('beforeprint'));
  try {
    await el.printCopy();
  } finally {
    Object.defineProperty(window, 'print', print);
  }
  await until(el, () => el.shadowRoot!.querySelector('.print-view') !== null);
  return el.shadowRoot!.querySelector<HTMLElement>('.print-view')!;
}

describe('<learning-contract> printed', () => {
  it('says whose copy it is and when printed, with dates as on the page and every signature', async () => {
    const completed = contractAt('completed');
    completed.approvals.leaders.a!.comment = 'God plan – I får tiden.';
    const view = await printed(completed, 'leader-a');
    const all = text(view);
    expect(text(view.querySelector('h2'))).to.equal('Læringskontrakt');
    expect(text(view.querySelector('.print-for'))).to.match(
      /^Kopi til lederen for Mette Larsen\. Udskrevet den \d{1,2}\. \p{L}+ \d{4}\.$/u,
    );
    expect(all).to.contain('1. april 2026').and.to.contain('30. september 2026');
    expect(all).not.to.match(/\d{4}-\d{2}-\d{2}/);
    const signatures = Array.from(view.querySelectorAll('.signatures li'), text);
    expect(signatures).to.deep.equal([
      'Mette Larsen accepterede den 1. april 2026',
      'Lederen for Mette Larsen godkendte den 1. april 2026 (Hanne Berg) Kommentar: God plan – I får tiden.',
      'Jonas Holm accepterede den 1. april 2026',
      'Lederen for Jonas Holm godkendte den 1. april 2026 (Peter Friis)',
      'Den afsluttende samtale med Mette Larsen er holdt: bekræftet af lederen for Mette Larsen den 1. april 2026 (Hanne Berg)',
      'Den afsluttende samtale med Jonas Holm er holdt: bekræftet af lederen for Jonas Holm den 1. april 2026 (Peter Friis)',
    ]);
    expect(text(view.querySelector('.signatures h3'))).to.equal(
      'Accepteret, godkendt og bekræftet',
    );
  });

  it('names the supervisor’s copy inside the sentence, as the page says it', async () => {
    const view = await printed(contractAt('completed'), 'supervisor');
    expect(text(view.querySelector('.print-for'))).to.match(
      /^Kopi til supervisoren\. Udskrevet den /,
    );
  });

  it('says who confirmed each amendment, and prints no gaps around what was typed', async () => {
    const learning = contractAt('learning');
    learning.amendments = [
      {
        id: 'amendment-1',
        date: '2026-05-02',
        fields: ['plan.approach'],
        change: 'To følgedage om måneden',
        reason: 'Mere tid sammen',
        agreedBy: ['party-a', 'party-b'],
      },
    ];
    const view = await printed(learning, 'party-a', 'en');
    expect(text(view.querySelector('.print-for'))).to.match(/^Copy for Mette Larsen \(Party A\)\./);
    expect(text(view)).to.contain('Confirmed by Mette Larsen, Jonas Holm');
    await emulateMedia({ media: 'print' });
    try {
      const answer = view.querySelector('dd')!;
      expect(getComputedStyle(answer).whiteSpace).to.equal('normal');
      expect(getComputedStyle(answer.querySelector('.value')!).whiteSpace).to.equal('pre-wrap');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
