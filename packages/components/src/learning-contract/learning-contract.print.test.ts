// The printed copy, for the personnel file: the element alone (nothing of the
// page around it), the title once, whose copy and when it was printed, when
// the contract was completed, dates as the page writes them, every acceptance
// and approval by name with its day and a leader's comment, every confirmation
// of the closing conversation, who confirmed each amendment; a party's own
// notes only when asked for, on a page of their own.
import type { LearningContract } from '@kollegalaering/core';
import { contractAt } from '@kollegalaering/core/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import { filledAgreement, learningWithAmendment } from '../test-support/contracts.js';
import { settled, text } from '../test-support/dom.js';
import { donePrinting, printed, printedCopy } from '../test-support/printed.js';
import { shownContract } from '../test-support/shown-contract.js';
import type { LearningContractElement } from './learning-contract.js';

async function printedAs(contract: LearningContract, perspective: string, lang = 'da') {
  return printed(await shownContract(contract, perspective, lang));
}

/** Looks at the page as the printer does, then as the screen does again. */
async function onPaper<T>(look: () => T): Promise<T> {
  await emulateMedia({ media: 'print' });
  try {
    return look();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}

const shown = (element: Element) => getComputedStyle(element).display !== 'none';

describe('<learning-contract> printed', () => {
  afterEach(donePrinting);

  it('prints a copy that passes an axe check', async () => {
    const copy = await printedAs(contractAt('completed'), 'party-a');
    await expect(copy).to.be.accessible();
  });

  it('says whose copy it is, when printed and completed, with dates as on the page and every acceptance and approval by name', async () => {
    const completed = contractAt('completed');
    completed.approvals.leaders.a!.comment = 'God plan – I får tiden.';
    const view = await printedAs(completed, 'leader-a');
    const all = text(view);
    expect(text(view.querySelector('h1'))).to.equal('Læringskontrakt');
    expect(text(view.querySelector('.print-for'))).to.match(
      /^Kopi til Hanne Berg \(lederen for Mette Larsen\)\. Udskrevet den \d{1,2}\. \p{L}+ \d{4}\.$/u,
    );
    expect(text(view.querySelector('.completion'))).to.equal('Afsluttet den 1. april 2026.');
    expect(all).to.contain('1. april 2026').and.to.contain('30. september 2026');
    expect(all).not.to.match(/\d{4}-\d{2}-\d{2}/);
    const signatures = Array.from(view.querySelectorAll('.signatures li'), text);
    expect(signatures).to.deep.equal([
      'Mette Larsen accepterede den 1. april 2026',
      'Hanne Berg godkendte den 1. april 2026 Kommentar: »God plan – I får tiden.«',
      'Jonas Holm accepterede den 1. april 2026',
      'Peter Friis godkendte den 1. april 2026',
      'Den afsluttende samtale med Mette Larsen er holdt: bekræftet af Hanne Berg den 1. april 2026',
      'Den afsluttende samtale med Jonas Holm er holdt: bekræftet af Peter Friis den 1. april 2026',
    ]);
    expect(text(view.querySelector('.signatures h2'))).to.equal(
      'Accepteret, godkendt og bekræftet',
    );
  });

  it('says which step a contract not yet completed is at, and who signed in to approve where a server recorded it', async () => {
    const learning = contractAt('learning');
    learning.approvals.leaders.b!.by = 'peter.friis@soeby.dk';
    const view = await printedAs(learning, 'party-b');
    expect(text(view.querySelector('.completion'))).to.equal(
      'Ikke afsluttet: Kontrakten er ved trin 3, Læring.',
    );
    expect(Array.from(view.querySelectorAll('.signatures li'), text)).to.include(
      'Peter Friis godkendte den 1. april 2026 (peter.friis@soeby.dk)',
    );
  });

  it('names the supervisor’s copy by her name', async () => {
    const view = await printedAs(contractAt('completed'), 'supervisor');
    expect(text(view.querySelector('.print-for'))).to.match(/^Kopi til Lone Dahl\. Udskrevet den /);
  });

  it('says who confirmed each amendment by name, and prints no gaps around what was typed', async () => {
    const learning = learningWithAmendment(['party-a', 'party-b']);
    const view = await printedAs(learning, 'party-a', 'en');
    expect(text(view.querySelector('.print-for'))).to.match(/^Copy for Mette Larsen \(Party A\)\./);
    expect(text(view)).to.contain('Confirmed by Mette Larsen and Jonas Holm');
    expect(text(view))
      .to.contain('Jonas Holm’s goals')
      .and.to.contain('What does Jonas Holm want to learn?');
    await onPaper(() => {
      const answer = view.querySelector('dd')!;
      expect(getComputedStyle(answer).whiteSpace).to.equal('normal');
      expect(getComputedStyle(answer.querySelector('.value')!).whiteSpace).to.equal('pre-wrap');
    });
  });

  it('prints the element alone: not the page around it, and the title once', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <header class="site-header">Intranettet · Søby Kommune</header>
        <main>
          <h1>Lær af en kollega</h1>
          <section>
            <contract-list storage="memory"></contract-list>
            <learning-contract
              storage="memory"
              lang="da"
              perspective="party-a"
              .contract=${contractAt('completed')}
            ></learning-contract>
          </section>
        </main>
      </div>`,
    );
    const el = page.querySelector<LearningContractElement>('learning-contract')!;
    await settled(el);
    const copy = await printed(el);
    const copyHost = (copy.getRootNode() as ShadowRoot).host;
    const titles = () =>
      [
        ...document.querySelectorAll('h1, h2'),
        ...el.shadowRoot!.querySelectorAll('h1, h2'),
        ...copy.querySelectorAll('h1, h2'),
      ].filter((heading) => heading.checkVisibility() && text(heading) === 'Læringskontrakt');
    expect(shown(copyHost), 'on screen the page is as it was').to.equal(false);
    await onPaper(() => {
      expect(shown(copyHost)).to.equal(true);
      for (const around of ['.site-header', 'main h1', 'contract-list', 'learning-contract']) {
        expect(page.querySelector(around)!.checkVisibility(), around).to.equal(false);
      }
      expect(titles()).to.have.length(1);
    });
    donePrinting();
    expect(printedCopy(), 'the copy goes once printed').to.equal(null);
    await onPaper(() => {
      expect(page.querySelector('.site-header')!.checkVisibility()).to.equal(true);
    });
  });

  it('leaves a party’s own notes out, unless they ask for them on a page of their own', async () => {
    const el = await shownContract(filledAgreement(), 'party-a');
    expect(text(await printed(el))).not.to.contain('«A’s own note»');
    donePrinting();
    const ask = el.shadowRoot!.querySelector<HTMLInputElement>('#print-notes')!;
    expect(text(ask.labels![0])).to.equal('Udskriv også mine egne noter, på en side for sig');
    ask.click();
    await settled(el);
    const copy = await printed(el);
    const notes = copy.querySelector('.notes')!;
    expect(text(notes)).to.contain('«A’s own note»');
    expect(text(copy.querySelector('.signatures'))).not.to.contain('«A’s own note»');
    await onPaper(() => expect(getComputedStyle(notes).breakBefore).to.equal('page'));
    await expect(el).to.be.accessible();
  });
});
