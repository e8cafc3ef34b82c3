// What <contract-list> shows (part of what contract-list-part.ts loads when needed).
import { html, nothing } from 'lit';
import { dateFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';
import { stepName } from '../i18n/step-names.js';
import { waitingText, yoursText } from '../learning-contract/turn-part.js';
import { rowsByGroup, type Group, type Row } from './contract-rows.js';
import type { ListState } from './list-state.js';

function groupTitle(group: Group): string {
  switch (group) {
    case 'yours':
      return msg('Waiting for you', {
        id: 'contracts.group.yours',
        desc: 'Heading: contracts where this person has something to do',
      });
    case 'starting':
      return msg('Not under way yet', {
        id: 'contracts.group.starting',
        desc: 'Heading: contracts being agreed (steps Introduction and Agreement) that wait for someone else; the opposite of contracts.group.running (Danish: Ikke i gang endnu)',
      });
    case 'running':
      return msg('In progress', {
        id: 'contracts.group.running',
        desc: 'Heading: contracts from the learning step on that wait for someone else, or where the learning runs',
      });
    case 'completed':
      return msg('Completed', {
        id: 'contracts.group.completed',
        desc: 'Heading: contracts whose five steps are done',
      });
  }
}

function renderName(state: ListState, row: Row) {
  const { id } = row.summary;
  const { a, b } = row.summary.names;
  const names =
    a && b
      ? msg(str`${a} and ${b}`, { id: 'contracts.names', desc: 'The two parties of a contract' })
      : a ||
        b ||
        msg('New contract, no names yet', {
          id: 'contracts.unnamed',
          desc: 'A contract where neither party has written their name',
        });
  if (!state.href) {
    return html`<button type="button" class="open" @click=${() => state.open(id, row.perspective)}>
      ${names}
    </button>`;
  }
  const follow = (event: MouseEvent) => {
    // A click meant for a new tab or window is the browser's, not ours.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    if (!state.open(id, row.perspective)) event.preventDefault();
  };
  return html`<a class="open" href=${state.linkTo(id, row.perspective)} @click=${follow}
    >${names}</a
  >`;
}

function renderRow(state: ListState, row: Row) {
  const { summary } = row;
  const changed = dateFormat(state.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(summary.updatedAt),
  );
  const step =
    summary.state === 'completed'
      ? msg('Completed', {
          id: 'contracts.completed',
          desc: 'A contract whose five steps are done',
        })
      : stepName(summary.state);
  // Missing answers come grouped by who may write them: one line says it once.
  const unique = (lines: string[]) => [...new Set(lines)];
  const turns = [
    ...unique(row.yours.map((need) => yoursText(need, state.locale))).map(
      (line) => html`<li class="yours">${line}</li>`,
    ),
    ...unique(row.waitingFor.map((need) => waitingText(need, summary.names, state.locale))).map(
      (line) => html`<li>${line}</li>`,
    ),
  ];
  return html`<li part="item">
    ${renderName(state, row)}
    ${
      turns.length > 0
        ? html`<ul class="turns">
            ${turns}
          </ul>`
        : nothing
    }
    <p class="meta">
      ${msg(str`Step: ${step}`, { id: 'contracts.step', desc: 'Where the contract is in the process' })}
      ·
      ${msg(str`Changed ${changed}`, {
        id: 'contracts.changed',
        desc: 'When the contract last changed',
      })}
    </p>
  </li>`;
}

/** What is said in the live region: loading, nothing there, or why there is no list. */
function statusText({ loaded }: ListState): string {
  switch (loaded.kind) {
    case 'loading':
      return msg('Fetching your contracts…', {
        id: 'contracts.loading',
        desc: 'While the list loads',
      });
    case 'cannot-list':
      return msg('Your contracts cannot be listed on this page.', {
        id: 'contracts.cannotList',
        desc: 'The page gave a storage without a list',
      });
    case 'unavailable':
      return msg('Your contracts could not be fetched. Nothing was changed.', {
        id: 'contracts.unavailable',
        desc: 'The list could not be fetched',
      });
    case 'loaded':
      return loaded.summaries.length === 0
        ? msg('You are not in any learning contract yet.', {
            id: 'contracts.empty',
            desc: 'The person has no contracts',
          })
        : '';
  }
}

function renderGroups(state: ListState) {
  if (state.loaded.kind !== 'loaded') return nothing;
  return rowsByGroup(state.loaded.summaries, state.perspective).map(({ group, rows }) =>
    rows.length === 0
      ? nothing
      : html`<section aria-labelledby="group-${group}">
          <h3 id="group-${group}">${groupTitle(group)} (${rows.length})</h3>
          <ul part="list" class="contracts">
            ${rows.map((row) => renderRow(state, row))}
          </ul>
        </section>`,
  );
}

/** The whole list: heading, status, the groups of contracts, and starting a new one. */
export function renderContractList(state: ListState) {
  const { kind } = state.loaded;
  return html`<section aria-labelledby="contracts-title">
    <h2 id="contracts-title">
      ${msg('Your learning contracts', { id: 'contracts.title', desc: 'Heading of the list' })}
    </h2>
    <p role="status" class=${kind === 'unavailable' || kind === 'cannot-list' ? 'error' : ''}>
      ${statusText(state)}
    </p>
    ${
      kind === 'unavailable'
        ? html`<button type="button" class="secondary" @click=${() => state.refresh()}>
            ${msg('Try again', { id: 'contracts.retry', desc: 'Button: fetch the list again' })}
          </button>`
        : nothing
    }
    ${renderGroups(state)}
    ${
      state.mayStart
        ? html`<button
            type="button"
            part="new"
            ?disabled=${state.creating}
            @click=${() => state.startNew()}
          >
            ${msg('Start a new contract', {
              id: 'contracts.new',
              desc: 'Button: create a new contract with this person as party A',
            })}
          </button>`
        : nothing
    }
    ${
      state.createFailed
        ? html`<p class="error" role="alert">
            ${msg('The new contract could not be stored. Try again in a moment.', {
              id: 'contracts.newFailed',
              desc: 'Starting a new contract failed',
            })}
          </p>`
        : nothing
    }
  </section>`;
}
