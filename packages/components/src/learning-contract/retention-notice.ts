import { PARTIES, type LearningContract, type Perspective } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import type { Locale } from '../i18n/locales.js';
import { dateFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';
import { namesJoined } from '../i18n/names-joined.js';
import { namesOf, personName } from '../i18n/party-names.js';
import { printLabel } from './action-labels.js';

// Deleting a contract, asked twice. Loaded by import() only when a contract
// is past its retention date, or a party asks to delete one started by mistake.
export { templates as danish } from '../locales/da-retention.js';

const deleteForGood = () =>
  msg('Delete for good', {
    id: 'retention.deleteForGood',
    desc: 'Button: delete the contract for good (the second press)',
  });

const deleteFailedText = () =>
  msg(
    'The contract was not deleted: the place it is kept could not be reached, or did not allow it. Nothing was changed. Try again in a moment.',
    { id: 'retention.failed', desc: 'Deleting a contract failed' },
  );

/**
 * Shown when the organisation's retention period for the contract has run
 * out: what that means, a copy to download, and deletion, asked twice.
 * Buttons carry `data-retention` for the element's click handler.
 */
export function renderRetentionNotice(
  contract: LearningContract,
  confirming: boolean,
  locale: Locale,
  deleteFailed: boolean,
) {
  const date = dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${contract.retainUntil}T00:00:00Z`),
  );
  return html`<section class="retention" part="retention" aria-labelledby="retention-title">
    <h3 id="retention-title" tabindex="-1">
      ${msg('This contract is past the time it may be kept', { id: 'retention.title', desc: 'Heading: the contract is past the date it may be kept' })}
    </h3>
    <p>
      ${msg(
        str`The contract may be kept until ${date}. Print it or save it as a PDF if you need a copy, and then delete the contract.`,
        { id: 'retention.text', desc: 'What the retention date means, and what to do' },
      )}
    </p>
    ${
      confirming
        ? html`<p id="retention-confirm">
            ${msg(
              'Delete the contract for good, for everyone who uses it? It cannot be brought back.',
              { id: 'retention.confirm', desc: 'Asked before deleting for good' },
            )}
          </p>`
        : nothing
    }
    <div class="buttons">
      ${
        confirming
          ? html`<button type="button" data-retention="delete" aria-describedby="retention-confirm">
                ${deleteForGood()}
              </button>
              <button type="button" class="secondary" data-retention="cancel">
                ${msg('Cancel', { id: 'retention.cancel', desc: 'Button: do not delete the contract' })}
              </button>`
          : html`<button type="button" class="secondary" data-retention="print">
                ${printLabel()}
              </button>
              <button type="button" data-retention="ask">
                ${msg('Delete the contract…', { id: 'retention.delete', desc: 'Button: delete the contract (the first press)' })}
              </button>`
      }
    </div>
    ${deleteFailed ? html`<p class="error" role="alert">${deleteFailedText()}</p>` : nothing}
  </section>`;
}

/** Everyone who has the contract: the parties, and the leaders and supervisor once named or invited. */
function everyoneOn(contract: LearningContract): string[] {
  const names = namesOf(contract);
  const on: Perspective[] = [
    'party-a',
    'party-b',
    ...PARTIES.filter((party) => contract.leaders[party].name || contract.leaders[party].email).map(
      (party) => `leader-${party}` as const,
    ),
    ...(contract.supervisor.decision === 'assigned' ? (['supervisor'] as const) : []),
  ];
  return on.map((perspective) => personName(perspective, names));
}

/**
 * Asked before a party deletes a contract started by mistake (core's
 * deleteBlockers allows it until a leader approves): what is deleted, for
 * whom, and that it cannot be brought back. Buttons carry `data-action`.
 */
export function renderDeleteConfirmation(contract: LearningContract, deleteFailed: boolean) {
  const names = namesOf(contract);
  const between = namesJoined([personName('party-a', names), personName('party-b', names)], 'and');
  return html`<div class="confirm-delete" role="group" aria-labelledby="delete-question">
    <p id="delete-question">
      <strong>
        ${msg(str`Delete the learning contract between ${between}?`, { id: 'delete.question', desc: 'Asked before deleting a contract started by mistake; the two parties by name (or Part A)' })}
      </strong>
    </p>
    <p id="delete-who">
      ${msg(str`It is deleted for everyone on it: ${namesJoined(everyoneOn(contract), 'and')}. It cannot be brought back.`, { id: 'delete.who', desc: 'Asked before deleting: everyone who loses the contract, by name (or role)' })}
    </p>
    <div class="buttons">
      <button type="button" data-action="delete-for-good" aria-describedby="delete-who">
        ${deleteForGood()}
      </button>
      <button type="button" class="secondary" data-action="keep">
        ${msg('Keep the contract', { id: 'delete.keep', desc: 'Button: do not delete the contract after all' })}
      </button>
    </div>
    ${deleteFailed ? html`<p class="error" role="alert">${deleteFailedText()}</p>` : nothing}
  </div>`;
}
