import {
  canView,
  differingPaths,
  getAtPath,
  type ContractRules,
  type CustomOwners,
  type Issue,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { importContract } from '@kollegalaering/core/import';
import { html, nothing } from 'lit';
import { ContractErrorEvent } from '../events.js';
import { labelForPath } from '../i18n/path-labels.js';
import { msg, str } from '../i18n/msg.js';
import { yesOrNo } from '../i18n/yes-or-no.js';

// Loaded by import() when a person reads a file in, with its Danish texts.
export { templates as danish } from '../locales/da-import.js';

/** A file read in: why it could not be, or the contract with its changes, until the person chooses. */
export interface Imported {
  problem?: Issue | undefined;
  theirs?: LearningContract;
  /** The changes taken from the file, and those left out (someone else's, or a finished step's). */
  applied?: number;
  refused?: number;
}

/** Why a file could not be imported, as a `contract-error`: a known code, or `not-a-contract` with core's. */
function importError(problem: Issue | undefined): ContractErrorEvent {
  const known = ['too-large', 'not-json', 'not-a-contract', 'newer-version'] as const;
  const code = known.find((candidate) => candidate === problem?.code);
  return code
    ? new ContractErrorEvent(code)
    : new ContractErrorEvent('not-a-contract', problem?.code);
}

/**
 * Reads the file picked in `input` against the contract shown, through core's
 * rules as if typed: what it would change, or why it cannot be read (the page
 * hears of that as a `contract-error`). Nothing is changed here.
 */
export async function readFile(
  host: EventTarget,
  input: HTMLInputElement,
  contract: LearningContract,
  perspective: Perspective,
  rules: ContractRules | undefined,
): Promise<Imported | undefined> {
  const file = input.files?.[0];
  if (!file) return undefined;
  const result = importContract(contract, await file.text(), perspective, rules ? { rules } : {});
  input.value = '';
  if (!result.ok) {
    host.dispatchEvent(importError(result.issues[0]));
    return { problem: result.issues[0] };
  }
  const { contract: theirs, applied, refused } = result.value;
  return { theirs, applied, refused };
}

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

/**
 * What the file would change, beside the contract as it is, where they differ
 * (only what this person may see), and the person's choice.
 */
export function renderImportChoice(
  imported: Imported,
  mine: LearningContract,
  perspective: Perspective,
  customOwners: CustomOwners,
  choose: (useFile: boolean) => void,
) {
  const theirs = imported.theirs;
  // Only what this person may see is compared: the other party's private parts stay out.
  const paths = theirs
    ? differingPaths(mine, theirs).filter((path) => canView(perspective, path, customOwners))
    : [];
  return html`<section class="choice" part="choice" aria-labelledby="choice-title">
    <h3 id="choice-title" tabindex="-1">
      ${msg('Read from the file', { id: 'choice.import.title', desc: 'Heading: the changes read from an imported file' })}
    </h3>
    <p>
      ${msg(
        str`The file holds ${imported.applied ?? 0} changes you may make. ${imported.refused ?? 0} other changes belong to someone else or to a finished step, and are left out.`,
        {
          id: 'choice.import.text',
          desc: 'How many of the file’s changes the person may make, and how many are left out',
        },
      )}
    </p>
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
                  <th scope="col">
                    ${msg('With the file’s changes', { id: 'choice.column.file', desc: 'Table column: the contract with the file’s changes' })}
                  </th>
                </tr>
              </thead>
              <tbody>
                ${paths.slice(0, MAX_ROWS).map(
                  (path) =>
                    html`<tr>
                      <th scope="row">${labelForPath(path)}</th>
                      <td>${shown(getAtPath(mine, path))}</td>
                      <td>${shown(getAtPath(theirs, path))}</td>
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
      <button type="button" data-choice="keep-mine" @click=${() => choose(false)}>
        ${msg('Keep the contract as it is', { id: 'choice.import.keep', desc: 'Button: ignore the imported file' })}
      </button>
      <button type="button" data-choice="use-theirs" @click=${() => choose(true)}>
        ${msg('Use the changes from the file', { id: 'choice.import.use', desc: 'Button: apply the imported file’s changes' })}
      </button>
    </div>
  </section>`;
}
