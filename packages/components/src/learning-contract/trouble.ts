import type { StorageError } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { msg } from '../i18n/msg.js';
import type { ContractController } from '../state/contract-controller.js';

// Loaded by import() when something is wrong: a save or a load that failed,
// the connection gone, or a page that set the element up wrongly. A page with
// shared storage fetches it at once, so that it is here before going offline.
export { templates as danish } from '../locales/da-trouble.js';

/** The save status when saving is in trouble: offline, failed, or the contract deleted elsewhere. */
export function troubleStatus(autosave: ContractController): string {
  if (autosave.removedElsewhere) {
    return msg(
      'Someone has deleted this contract. What you see is no longer saved anywhere; download it if you need it.',
      {
        id: 'status.removed',
        desc: 'Save status after the contract was deleted by someone else while open',
      },
    );
  }
  switch (autosave.status) {
    case 'offline':
      return msg(
        'Offline: your changes are kept in this browser and sent when the connection is back.',
        { id: 'status.offline', desc: 'Save status while the server cannot be reached' },
      );
    case 'failed':
      if (autosave.error?.code === 'signed-out') {
        return msg(
          'You are no longer signed in. Your changes are kept in this browser; sign in again to save them.',
          {
            id: 'status.signedOut',
            desc: 'Save failed because the sign-in ended (e.g. after an idle time); the edits are kept locally',
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

/**
 * After a save was refused because the person is no longer signed in: a link
 * to the server's own sign-in, back to this page, where the server offers one
 * on this page's origin. The kept changes are sent once the page is back.
 */
export function renderSignInAgain(autosave: ContractController) {
  const { error, status } = autosave;
  if (status !== 'failed' || error?.code !== 'signed-out' || !error.signIn) return nothing;
  const signIn = new URL(error.signIn, document.baseURI);
  if (signIn.origin !== location.origin) return nothing;
  signIn.searchParams.set('return', location.pathname + location.search + location.hash);
  return html`<a class="sign-in-again" href=${signIn.href}>
    ${msg('Sign in again', { id: 'status.signInAgain', desc: 'Link to the sign-in after the session ended; comes back to this page' })}
  </a>`;
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

/** The page set the element up wrongly: said to the people using it, plainly, read-only. */
export function renderPageMistake(mistake: 'perspective' | 'storage') {
  return html`<p class="error" role="alert">
    ${
      mistake === 'perspective'
        ? msg(
            'The page gives a role the tool does not know, so only the shared parts are shown, read-only.',
            {
              id: 'error.unknownPerspective',
              desc: 'The host page set an unknown perspective (a developer’s mistake)',
            },
          )
        : msg(
            'The page asks for storage the tool cannot use, so nothing you wrote would be saved. The contract is shown read-only. Please tell whoever looks after the page.',
            {
              id: 'error.storageProblem',
              desc: 'The host page set an unknown storage, or http without an endpoint (a developer’s mistake)',
            },
          )
    }
  </p>`;
}

/** Offered while the contract is not saved: everything the element holds, as a file. */
export const downloadEverythingLabel = () =>
  msg('Download everything as a file', {
    id: 'status.download',
    desc: 'Offered while the contract is not saved',
  });
