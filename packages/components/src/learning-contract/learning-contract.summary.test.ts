// The one-page summary for the development plan or MUS: offered at completion
// to a party and their leader, printing that party's results and keeping plan,
// never the other party's evaluation with their leader.
import type { LearningContract } from '@kollegalaering/core';
import { contractAt } from '@kollegalaering/core/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { text, until } from '../test-support/dom.js';
import { shownContract } from '../test-support/shown-contract.js';
import type { LearningContractElement } from './learning-contract.js';
import { addTemplates, setRenderingLocale } from '../i18n/msg.js';
import { danish, renderSummary } from './summary-print.js';

function completed(): LearningContract {
  const contract = structuredClone(contractAt('completed'));
  contract.leaderEvaluations.a.results.text = 'RESULTS-OF-A';
  contract.leaderEvaluations.a.keepingPlan = {
    what: 'Visitationer med jobcentret',
    how: 'Fælles møder',
    who: 'Mette og Jonas',
    when: 'Hver måned',
    done: true,
  };
  contract.leaderEvaluations.b.results.text = 'RESULTS-OF-B';
  contract.settings.theme = 'Sygedagpenge';
  return contract;
}

const summaryButton = (el: LearningContractElement) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-summary]');

/** Whether the page's print rules leave `node` on paper (evaluated by hand: the dialog is synchronous). */
function onPaper(node: Element): boolean {
  const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
  return !rules.some(
    (rule) =>
      rule instanceof CSSMediaRule &&
      rule.conditionText === 'print' &&
      [...rule.cssRules].some(
        (inner) =>
          inner instanceof CSSStyleRule &&
          inner.style.display === 'none' &&
          node.matches(inner.selectorText),
      ),
  );
}

/**
 * Clicks the button and gives what was on paper while the print dialog was
 * open. The fake dialog says `beforeprint` as the browser does, so the
 * element adds its whole copy too, when it has fetched that view before.
 */
async function printSummary(el: LearningContractElement) {
  const print = Object.getOwnPropertyDescriptor(window, 'print')!;
  let paper: { text: string; onPaper: number; printed: number } | undefined;
  window.print = () => {
    window.dispatchEvent(new Event('beforeprint'));
    const copies = [...document.querySelectorAll('[data-kollegalaering-print]')];
    const shown = copies.filter(onPaper);
    paper = {
      text: text(shown[0]?.shadowRoot),
      onPaper: shown.length,
      printed: copies.length,
    };
    window.dispatchEvent(new Event('afterprint'));
  };
  try {
    summaryButton(el)!.click();
    await until(el, () => paper !== undefined);
  } finally {
    Object.defineProperty(window, 'print', print);
  }
  return paper!;
}

describe('<learning-contract> summary for the development plan', () => {
  it('is a page that passes an axe check, in Danish and English', async () => {
    addTemplates('da', danish);
    for (const lang of ['da', 'en'] as const) {
      setRenderingLocale(lang);
      const page = await fixture(
        html`<div lang=${lang}>${renderSummary(completed(), 'a', lang)}</div>`,
      );
      await expect(page).to.be.accessible();
    }
  });

  it('prints one party’s results and keeping plan, alone, and is gone after', async () => {
    const el = await shownContract(completed(), 'party-a');
    await until(el, () => summaryButton(el) !== null);
    expect(text(summaryButton(el))).to.equal('Udskriv resumé til udviklingsplanen');
    // The whole copy's print view has been fetched before: it must stay off this paper.
    const print = Object.getOwnPropertyDescriptor(window, 'print')!;
    window.print = () => undefined;
    await el.printCopy();
    Object.defineProperty(window, 'print', print);
    const paper = await printSummary(el);
    expect(paper.printed, 'the element added its whole copy as well').to.equal(2);
    expect(paper.onPaper, 'only the summary is on paper, not the whole copy too').to.equal(1);
    expect(paper.text).to.contain('Resumé til udviklingsplanen');
    expect(paper.text).to.contain('Mette Larsen');
    expect(paper.text).to.contain('RESULTS-OF-A');
    expect(paper.text).to.contain('Visitationer med jobcentret');
    expect(paper.text).to.contain('Sygedagpenge');
    expect(paper.text).not.to.contain('RESULTS-OF-B');
    expect(document.querySelector('[data-kollegalaering-print]')).to.equal(null);
  });

  it('gives party B’s leader party B’s page, in English too', async () => {
    const el = await shownContract(completed(), 'leader-b', 'en');
    await until(el, () => summaryButton(el) !== null);
    expect(text(summaryButton(el))).to.equal('Print a summary for the development plan');
    const paper = await printSummary(el);
    expect(paper.text).to.contain('RESULTS-OF-B');
    expect(paper.text).not.to.contain('RESULTS-OF-A');
  });

  it('is not offered before completion, nor to the supervisor', async () => {
    const learning = await shownContract(contractAt('learning'), 'party-a');
    const supervisor = await shownContract(completed(), 'supervisor');
    await until(supervisor, () =>
      Boolean(supervisor.shadowRoot!.querySelector('[data-action="print"]')),
    );
    expect(summaryButton(learning)).to.equal(null);
    expect(summaryButton(supervisor)).to.equal(null);
  });
});
