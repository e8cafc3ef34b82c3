import type { StorageError } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import type { Locale } from '../i18n/locales.js';
import { dateFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';
import type { AutosaveController } from './autosave-controller.js';

/** The save status line, announced politely as it changes. */
export function renderSaveStatus(contractId: string, autosave: AutosaveController, locale: Locale) {
  if (!contractId) {
    return msg('What you write here is not saved.', {
      id: 'status.noId',
      desc: 'Save status when the page gives the contract no contract-id; the developer gets a contract-error',
    });
  }
  const time = autosave.savedAt
    ? dateFormat(locale, { timeStyle: 'short' }).format(autosave.savedAt)
    : '';
  switch (autosave.status) {
    case 'pending':
    case 'saving':
      return msg('Saving…', { id: 'status.saving', desc: 'Save status while saving' });
    case 'saved':
      return msg(str`Saved at ${time}`, {
        id: 'status.saved',
        desc: 'Save status after a save; the time of day',
      });
    case 'offline':
      return msg(
        'Offline: your changes are kept in this browser and sent when the connection is back.',
        { id: 'status.offline', desc: 'Save status while the server cannot be reached' },
      );
    case 'conflict':
      return msg('Not saved: someone else saved another copy. Choose below which to keep.', {
        id: 'status.conflict',
        desc: 'Save status after a conflict',
      });
    case 'failed':
      if (autosave.error?.code === 'forbidden') {
        return msg(
          'Not saved: you can no longer make this change, perhaps because the contract has moved on. Download what you wrote, then reload the page.',
          {
            id: 'status.forbidden',
            desc: 'Save refused by the server’s rules (HTTP 403): what happened, and what to do',
          },
        );
      }
      return autosave.error?.code === 'quota'
        ? msg(
            'Not saved: the browser’s storage is full. Your text is still here; do not close the page.',
            { id: 'status.quota', desc: 'Save failed because storage is full' },
          )
        : msg(
            'Not saved: storage could not be reached. Your text is still here; do not close the page.',
            { id: 'status.failed', desc: 'Save failed for another reason' },
          );
    default:
      return '';
  }
}

/** What went wrong loading the stored contract, said plainly. */
export function renderLoadError(error: StorageError | undefined, retry: () => void) {
  if (!error) return nothing;
  const text =
    error.code === 'newer-version'
      ? msg(
          'This contract was saved by a newer version of the tool. It is shown here read-only, as far as this version can read it, and is never changed from here.',
          {
            id: 'error.newerVersion',
            desc: 'Load error: stored contract is from a newer version',
          },
        )
      : error.code === 'corrupt'
        ? msg(
            'The saved contract could not be read. A copy of it has been kept, and you are starting on a blank contract.',
            {
              id: 'error.corrupt',
              desc: 'Load error: stored data unreadable, a backup was kept',
            },
          )
        : msg('The saved contract could not be reached.', {
            id: 'error.unavailable',
            desc: 'Load error: storage not available',
          });
  return html`<p class="error" role="alert">${text}</p>
    ${
      error.code === 'unavailable'
        ? html`<button type="button" @click=${retry}>
            ${msg('Try again', { id: 'error.retry', desc: 'Loads the contract again' })}
          </button>`
        : nothing
    }`;
}
