import { parsePerspective } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import type { Locale } from '../i18n/locales.js';
import { msg, withDanish } from '../i18n/msg.js';
import type { ContractState } from '../state/contract-state.js';

/**
 * At completion, a party and their leader may print one page for the
 * employee's development plan or MUS. The page itself is a part of its own
 * (summary-print.ts), fetched on the click.
 */
export function renderSummaryButton(
  element: HTMLElement,
  state: ContractState | undefined,
  locale: Locale,
) {
  if (!state || state.contract.process.state !== 'completed') return nothing;
  const { role } = parsePerspective(state.perspective);
  if (role !== 'party' && role !== 'leader') return nothing;
  return html`<button
    type="button"
    class="secondary"
    data-summary
    @click=${async () => {
      const part = withDanish(await import('./summary-print.js'));
      part.printSummary(element, state, locale);
    }}
  >
    ${msg('Print a summary for the development plan', {
      id: 'print.summary',
      desc: 'Prints one page with the party’s results and plan for putting them to use, for their development plan or MUS',
    })}
  </button>`;
}
