import {
  isListSpec,
  type Action,
  type FieldPath,
  type Issue,
  type SectionSpec,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { issueMessage } from '../i18n/issue-messages.js';
import type { Locale } from '../i18n/locales.js';
import { msg } from '../i18n/msg.js';
import type { Reader } from '../i18n/party-names.js';
import { addButtonId, controlId } from '../shared/field-context.js';
import { fieldName } from '../shared/field-names.js';

const isListPath = (sections: readonly SectionSpec[], path: FieldPath) =>
  sections.some((section) =>
    section.groups.some((group) =>
      group.fields.some(
        (field) => isListSpec(field) && JSON.stringify(field.path) === JSON.stringify(path),
      ),
    ),
  );

/** The id of the control an issue points at: the field itself, or a list's add button. */
export const targetIdOf = (sections: readonly SectionSpec[], path: FieldPath): string =>
  isListPath(sections, path) ? addButtonId(path) : controlId(path);

/** The summary's heading names what was refused. */
function title(refused: Action | undefined): string {
  switch (refused) {
    case 'accept':
      return msg('Missing before you can accept', {
        id: 'summary.title.accept',
        desc: 'Heading of the error summary after a party pressed accept',
      });
    case 'approve':
      return msg('Missing before you can approve', {
        id: 'summary.title.approve',
        desc: 'Heading of the error summary after a leader pressed approve',
      });
    case 'confirm-amendment':
      return msg('Missing before you can confirm the change', {
        id: 'summary.title.confirm-amendment',
        desc: 'Heading of the error summary after confirming an amendment was refused',
      });
    default:
      return msg('Missing before the contract can move on', {
        id: 'summary.title.advance',
        desc: 'Heading of the error summary after moving on to the next step was refused',
      });
  }
}

/** Fields in the contract (not acceptances or the step), which someone fills in. */
const isField = (issue: Issue) =>
  issue.path.length > 0 && ['approvals', 'process'].every((key) => issue.path[0] !== key);

/**
 * The error summary (the GOV.UK and DKFDS pattern): a heading that names what
 * was refused and a link to each field this person can fix; what others must
 * fill in is one line pointing to the top, where it says whom the contract
 * waits for. It takes focus when shown.
 */
export function renderErrorSummary(
  issues: readonly Issue[],
  sections: readonly SectionSpec[],
  locale: Locale,
  editable: (path: FieldPath) => boolean,
  refused?: Action,
  reader?: Reader,
) {
  if (issues.length === 0) return nothing;
  const forOthers = issues.filter((issue) => isField(issue) && !editable(issue.path));
  const shown = issues.filter((issue) => !forOthers.includes(issue));
  return html`<div
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h3 id="error-summary-title">${title(refused)}</h3>
    <ul>
      ${shown.map((issue) => {
        const text = issueMessage(
          issue,
          fieldName(sections, issue.path, locale, reader),
          reader?.names,
          locale,
        );
        // Link to the field, or the list's add button, this person can fix.
        return isField(issue)
          ? html`<li><a href=${`#${targetIdOf(sections, issue.path)}`}>${text}</a></li>`
          : html`<li>${text}</li>`;
      })}
      ${
        forOthers.length > 0
          ? html`<li>
              ${msg('Others have things to fill in too. The top of the page says whom the contract waits for.', { id: 'summary.others', desc: 'In the error summary: missing fields this person cannot fill in' })}
            </li>`
          : nothing
      }
    </ul>
  </div>`;
}
