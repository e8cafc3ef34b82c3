import { html, nothing } from 'lit';
import { msg } from '../i18n/msg.js';

/**
 * The button that saves the person's own copy as a backup file, to read back
 * in later (in the actions box): not the copy for the personnel file, which is printed.
 */
const downloadOwnCopyLabel = () =>
  msg('Download a backup to read in again', {
    id: 'actions.download',
    desc: 'Saves the person’s own copy as a backup file (JSON), which “Read in a backup file” reads back',
  });

/** What the actions box gives the part below for a party's own copies. */
export interface OwnCopies {
  /** The party's own notes: the choice to print them shows only when there are some. */
  notes: string;
  printNotes: boolean;
  setPrintNotes: (on: boolean) => void;
  onImport: (event: Event) => Promise<void>;
  /** Why the last file read in could not be (`import-error`), or that its part could not be fetched. */
  importError: unknown;
  /** Whether `import-error` is there to describe the file input. */
  described: boolean;
}

/**
 * For a party: their own notes in the printed copy, if they ask; and
 * backups, which the parties keep to read back in (core's mayReadFileIn),
 * unlike the leaders and the supervisor, whose copy is the printed one. In
 * the part fetched as the element connects: few people use them, and the
 * first paint does without.
 */
export function renderOwnCopies({
  notes,
  printNotes,
  setPrintNotes,
  onImport,
  importError,
  described,
}: OwnCopies) {
  return html`${
      notes.trim()
        ? html`<div class="field checkbox">
            <input
              type="checkbox"
              id="print-notes"
              .checked=${printNotes}
              @change=${(event: Event) => setPrintNotes((event.target as HTMLInputElement).checked)}
            />
            <label for="print-notes">
              ${msg('Print my own notes too, on a page of their own', { id: 'actions.printNotes', desc: 'Checkbox: the printed copy leaves a party’s private notes out unless they ask for them' })}
            </label>
          </div>`
        : nothing
    }
    <div class="buttons">
      <button type="button" class="secondary" data-action="download">
        ${downloadOwnCopyLabel()}
      </button>
    </div>
    <div class="field">
      <label for="import-file">
        ${msg('Read in a backup file', { id: 'actions.import', desc: 'File input: a backup file (JSON) the person downloaded earlier' })}
      </label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        aria-describedby=${described ? 'import-error' : nothing}
        @change=${onImport}
      />
      ${importError || nothing}
    </div>`;
}
