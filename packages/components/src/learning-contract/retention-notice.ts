import type { LearningContract } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import type { Locale } from '../i18n/locales.js';
import { dateFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';
import { downloadOwnCopyLabel } from './action-labels.js';

// Loaded by import() only when a contract is past its retention date.
export { templates as danish } from '../locales/da-retention.js';

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
        str`The contract may be kept until ${date}. Download your copy if you need it, and then delete the contract.`,
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
                ${msg('Delete for good', { id: 'retention.deleteForGood', desc: 'Button: delete the contract for good (the second press)' })}
              </button>
              <button type="button" class="secondary" data-retention="cancel">
                ${msg('Cancel', { id: 'retention.cancel', desc: 'Button: do not delete the contract' })}
              </button>`
          : html`<button type="button" class="secondary" data-retention="download">
                ${downloadOwnCopyLabel()}
              </button>
              <button type="button" data-retention="ask">
                ${msg('Delete the contract…', { id: 'retention.delete', desc: 'Button: delete the contract (the first press)' })}
              </button>`
      }
    </div>
    ${
      deleteFailed
        ? html`<p class="error" role="alert">
            ${msg('The contract could not be deleted: storage could not be reached or did not allow it. Nothing was changed.', { id: 'retention.failed', desc: 'Deleting a contract past its retention date failed' })}
          </p>`
        : nothing
    }
  </section>`;
}
