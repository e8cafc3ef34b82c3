import type { Locale } from '../i18n/locales.js';
import { dateFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';
import type { ContractController } from '../state/contract-controller.js';

/** The save status line, announced politely as it changes. */
export function renderSaveStatus(
  contractId: string,
  autosave: ContractController,
  locale: Locale,
  /** The words for a save in trouble (offline, failed, deleted), from the part that has them. */
  trouble?: (autosave: ContractController) => string,
) {
  if (!contractId) {
    return msg('What you write here is not saved.', {
      id: 'status.noId',
      desc: 'Save status when the page gives the contract no contract-id; the developer gets a contract-error',
    });
  }
  const time = autosave.savedAt
    ? dateFormat(locale, { timeStyle: 'short' }).format(autosave.savedAt)
    : '';
  if (autosave.removedElsewhere || autosave.status === 'offline' || autosave.status === 'failed') {
    return trouble?.(autosave) ?? '';
  }
  switch (autosave.status) {
    case 'pending':
    case 'saving':
      return msg('Saving…', { id: 'status.saving', desc: 'Save status while saving' });
    case 'saved':
      return msg(str`Saved at ${time}`, {
        id: 'status.saved',
        desc: 'Save status after a save; the time of day',
      });
    default:
      return '';
  }
}
