import type { Membership, Perspective } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { labelFor } from '../i18n/field-labels.js';
import { msg } from '../i18n/msg.js';

// Loaded by import() only for a person who holds two perspectives.
export { templates as danish } from '../locales/da-perspective-choice.js';

/**
 * For a person who holds two perspectives on one contract (one leader for
 * both parties): which of them they work in now. Only those the server says
 * they hold are offered.
 */
export function renderPerspectiveChoice(
  membership: Membership | undefined,
  current: Perspective,
  choose: (perspective: Perspective) => void,
) {
  if (!membership || membership.perspectives.length < 2) return nothing;
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
            ${labelFor(`perspective.${perspective}`)}
          </option>`,
      )}
    </select>
  </div>`;
}
