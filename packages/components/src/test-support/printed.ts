import type { LearningContractElement } from '../learning-contract/learning-contract.js';

/** The copy being printed: rendered at the top of the document while the page prints. */
export const printedCopy = () =>
  document
    .querySelector('[data-kollegalaering-print]')
    ?.shadowRoot?.querySelector<HTMLElement>('.print-view') ?? null;

/**
 * Prints through the element as its button does, and gives the copy that is
 * printed. Headless Chromium has no print dialog: `window.print` only says
 * `beforeprint`, as the browser does before it lays the page out for paper.
 * Say `afterprint` (`donePrinting`) to take the copy away again.
 */
export async function printed(el: LearningContractElement): Promise<HTMLElement> {
  const print = Object.getOwnPropertyDescriptor(window, 'print')!;
  window.print = () => window.dispatchEvent(new Event('beforeprint'));
  try {
    await el.printCopy();
  } finally {
    Object.defineProperty(window, 'print', print);
  }
  const copy = printedCopy();
  if (!copy) throw new Error('Nothing was printed');
  return copy;
}

/** What the browser says once the print dialog has closed. */
export const donePrinting = () => window.dispatchEvent(new Event('afterprint'));
