import {
  canView,
  differingPaths,
  getAtPath,
  type CustomOwners,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { labelForPath } from '../i18n/path-labels.js';
import { msg, str } from '../i18n/msg.js';
import { yesOrNo } from '../i18n/yes-or-no.js';

// Loaded by import() only when there are two copies to choose between, with its Danish texts.
export { templates as danish } from '../locales/da-copy-choice.js';

/**
 * Two copies of the contract, and the person to choose between them:
 * - `conflict`: a save was refused because someone saved another copy first;
 * - `elsewhere`: another window or person saved a newer copy;
 * - `removed`: the contract was deleted elsewhere (`theirs` is null);
 * - `import`: a file was read; `theirs` is the contract with its changes;
 * - `stored`: the page gave a contract, and storage holds another under its id.
 */
export interface CopyChoice {
  reason: 'conflict' | 'elsewhere' | 'removed' | 'import' | 'stored';
  theirs: LearningContract | null;
  /** For `import`: the changes taken from the file, and those left out. */
  applied?: number;
  refused?: number;
}

export type ChoiceAction = 'keep-mine' | 'use-theirs' | 'download-both';

/** The most differences listed: enough to decide, short enough to read. */
const MAX_ROWS = 12;
const MAX_CHARS = 300;

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    return msg('(empty)', { id: 'choice.empty', desc: 'A field with no text, in the comparison' });
  }
  if (typeof value === 'boolean') return yesOrNo(value);
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? Object.values(value)
            .filter((part) => typeof part === 'string' && part)
            .join(' · ')
        : JSON.stringify(value);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}

function texts(choice: CopyChoice) {
  switch (choice.reason) {
    case 'conflict':
      return [
        msg('Someone else saved this contract while you were writing', {
          id: 'choice.conflict.title',
          desc: 'Heading: a save was refused because someone else saved first',
        }),
        msg('Nothing is lost: both copies are here until you choose which one to keep.', {
          id: 'choice.conflict.text',
          desc: 'Under that heading: both copies are kept until the person chooses',
        }),
      ];
    case 'elsewhere':
      return [
        msg('This contract was changed somewhere else', {
          id: 'choice.elsewhere.title',
          desc: 'Heading: the stored contract changed in another window or by another person',
        }),
        msg(
          'Another window or another person saved a newer copy. Use the other copy, or keep yours.',
          {
            id: 'choice.elsewhere.text',
            desc: 'Under that heading: the person chooses between the two copies',
          },
        ),
      ];
    case 'removed':
      return [
        msg('This contract was deleted somewhere else', {
          id: 'choice.removed.title',
          desc: 'Heading: the contract was deleted elsewhere while shown here',
        }),
        msg('Your copy is still here. Save it again, or download it.', {
          id: 'choice.removed.text',
          desc: 'Under that heading: the person’s copy is still here',
        }),
      ];
    case 'stored':
      return [
        msg('A saved copy of this contract is different', {
          id: 'choice.stored.title',
          desc: 'Heading: the page gave a contract that differs from the stored one',
        }),
        msg(
          'This page opened one copy, and a different one is saved under the same name. Keep yours (the one shown), or use the other copy (the saved one).',
          {
            id: 'choice.stored.text',
            desc: 'Under that heading: keep the shown copy or use the stored one',
          },
        ),
      ];
    case 'import':
      return [
        msg('Read from the file', {
          id: 'choice.import.title',
          desc: 'Heading: the changes read from an imported file',
        }),
        msg(
          str`The file holds ${choice.applied ?? 0} changes you may make. ${choice.refused ?? 0} other changes belong to someone else or to a finished step, and are left out.`,
          {
            id: 'choice.import.text',
            desc: 'How many of the file’s changes the person may make, and how many are left out',
          },
        ),
      ];
  }
}

function buttonLabels(choice: CopyChoice): [string, string] {
  if (choice.reason === 'import') {
    return [
      msg('Keep the contract as it is', {
        id: 'choice.import.keep',
        desc: 'Button: ignore the imported file',
      }),
      msg('Use the changes from the file', {
        id: 'choice.import.use',
        desc: 'Button: apply the imported file’s changes',
      }),
    ];
  }
  return [
    choice.reason === 'removed'
      ? msg('Save my copy again', {
          id: 'choice.saveAgain',
          desc: 'Button: save the person’s copy again after it was deleted elsewhere',
        })
      : msg('Keep my copy', {
          id: 'choice.keepMine',
          desc: 'Button: keep the person’s own copy of two',
        }),
    msg('Use the other copy', {
      id: 'choice.useTheirs',
      desc: 'Button: use the other copy of two',
    }),
  ];
}

/** The two copies side by side, where they differ, and the person's choices. */
export function renderCopyChoice(
  choice: CopyChoice,
  mine: LearningContract,
  perspective: Perspective,
  customOwners: CustomOwners,
) {
  const [title, text] = texts(choice);
  const [keep, use] = buttonLabels(choice);
  // Only what this person may see is compared: the other party's private parts stay out.
  const paths = choice.theirs
    ? differingPaths(mine, choice.theirs).filter((path) => canView(perspective, path, customOwners))
    : [];
  const other =
    choice.reason === 'import'
      ? msg('With the file’s changes', {
          id: 'choice.column.file',
          desc: 'Table column: the contract with the file’s changes',
        })
      : msg('The other copy', { id: 'choice.column.theirs', desc: 'Table column: the other copy' });
  return html`<section class="choice" part="choice" aria-labelledby="choice-title">
    <h3 id="choice-title" tabindex="-1">${title}</h3>
    <p>${text}</p>
    ${
      paths.length > 0
        ? html`<div class="table-scroll" tabindex="0" aria-labelledby="choice-caption">
            <table>
              <caption id="choice-caption">
                ${msg('Where the copies differ', { id: 'choice.caption', desc: 'Caption of the table of differences between two copies' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    ${msg('Place in the contract', { id: 'choice.column.place', desc: 'Table column: where in the contract the copies differ' })}
                  </th>
                  <th scope="col">
                    ${msg('Your copy', { id: 'choice.column.mine', desc: 'Table column: the person’s own copy' })}
                  </th>
                  <th scope="col">${other}</th>
                </tr>
              </thead>
              <tbody>
                ${paths.slice(0, MAX_ROWS).map(
                  (path) =>
                    html`<tr>
                      <th scope="row">${labelForPath(path)}</th>
                      <td>${shown(getAtPath(mine, path))}</td>
                      <td>${shown(getAtPath(choice.theirs, path))}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    ${
      paths.length > MAX_ROWS
        ? html`<p>
            ${msg(str`…and ${paths.length - MAX_ROWS} more differences.`, { id: 'choice.more', desc: 'Under the table of differences: how many more are not shown' })}
          </p>`
        : nothing
    }
    <div class="buttons">
      <button type="button" data-choice="keep-mine">${keep}</button>
      ${
        choice.theirs
          ? html`<button type="button" data-choice="use-theirs">${use}</button>`
          : nothing
      }
      ${
        choice.reason === 'import'
          ? nothing
          : html`<button type="button" class="secondary" data-choice="download-both">
              ${msg('Download both copies', { id: 'choice.download', desc: 'Button: download both copies as one file' })}
            </button>`
      }
    </div>
  </section>`;
}
