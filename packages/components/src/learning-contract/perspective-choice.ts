import {
  parsePerspective,
  type LearningContract,
  type Membership,
  type Perspective,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { labelFor } from '../i18n/field-labels.js';
import { msg } from '../i18n/msg.js';
import { capitalised, leaderOf, namesOf, personName, type Names } from '../i18n/party-names.js';

// Loaded by import() only for a person who holds two perspectives.
export { templates as danish } from '../locales/da-perspective-choice.js';

/** A role to work in, by the people's names: "Party A", "The leader of Mette Larsen", "The supervisor". */
function roleName(perspective: Perspective, names: Names): string {
  const { role, party } = parsePerspective(perspective);
  if (!party) return capitalised(personName('supervisor', { a: '', b: '' }));
  if (role === 'party') return labelFor(`party.${party}`);
  return capitalised(leaderOf(personName(`party-${party}`, names)));
}

/**
 * For a person who holds two perspectives on one contract (one leader for
 * both parties): which of them they work in now, by the people's names
 * ("The leader of Mette Larsen"). Only those the server says they hold are offered.
 */
export function renderPerspectiveChoice(
  membership: Membership | undefined,
  current: Perspective,
  choose: (perspective: Perspective) => void,
  contract?: LearningContract,
) {
  if (!membership || membership.perspectives.length < 2) return nothing;
  const names = contract ? namesOf(contract) : { a: '', b: '' };
  return html`<div class="field perspective-choice">
    <label for="perspective-choice"
      >${msg('You work in the contract as', { id: 'perspective.choice', desc: 'Choice for a person who holds two roles on one contract, e.g. leader of both parties' })}</label
    >
    <select
      id="perspective-choice"
      @change=${(event: Event) => choose((event.target as HTMLSelectElement).value as Perspective)}
    >
      ${membership.perspectives.map(
        (perspective) =>
          html`<option value=${perspective} ?selected=${perspective === current}>
            ${roleName(perspective, names)}
          </option>`,
      )}
    </select>
  </div>`;
}
