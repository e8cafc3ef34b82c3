import type { Issue } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { msg } from '../i18n/msg.js';

// Loaded by import() when a person reads a file in, with its Danish texts.
export { templates as danish } from '../locales/da-import.js';
export { importContract } from '@kollegalaering/core/import';

/** Why a file could not be read, said plainly; nothing was changed. */
export function renderImportError(problem: Issue | undefined) {
  if (!problem) return nothing;
  const text =
    problem.code === 'not-json'
      ? msg('The file is not a JSON file. Nothing was changed.', {
          id: 'import.notJson',
          desc: 'An imported file is not JSON',
        })
      : problem.code === 'too-large'
        ? msg('The file is too large to be a learning contract. Nothing was changed.', {
            id: 'import.tooLarge',
            desc: 'An imported file is too large',
          })
        : problem.code === 'newer-version'
          ? msg('The file was saved by a newer version of the tool. Nothing was changed.', {
              id: 'import.newerVersion',
              desc: 'An imported file was saved by a newer version of the tool',
            })
          : msg('The file is not a learning contract this tool can read. Nothing was changed.', {
              id: 'import.notContract',
              desc: 'An imported file is not a learning contract',
            });
  return html`<p id="import-error" class="error" role="alert">${text}</p>`;
}
