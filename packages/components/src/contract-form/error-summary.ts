import { isListSpec, type FieldPath, type Issue, type SectionSpec } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { issueMessage } from '../i18n/issue-messages.js';
import type { Locale } from '../i18n/locales.js';
import { msg } from '../i18n/msg.js';
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

/**
 * The error summary (the GOV.UK and DKFDS pattern): a heading and a link to
 * each field that stops the contract from moving on. It takes focus when shown.
 */
export function renderErrorSummary(
  issues: readonly Issue[],
  sections: readonly SectionSpec[],
  locale: Locale,
  editable: (path: FieldPath) => boolean,
) {
  if (issues.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h3 id="error-summary-title">
      ${msg('The contract cannot move on yet', { id: 'summary.title', desc: 'Heading of the error summary' })}
    </h3>
    <ul>
      ${issues.map((issue) => {
        const text = issueMessage(issue, fieldName(sections, issue.path, locale));
        // Link where there is something to go to: a field, or a list's add button the person has.
        const linkable =
          issue.path.length > 0 &&
          ['approvals', 'process'].every((key) => issue.path[0] !== key) &&
          (!isListPath(sections, issue.path) || editable(issue.path));
        return linkable
          ? html`<li><a href=${`#${targetIdOf(sections, issue.path)}`}>${text}</a></li>`
          : html`<li>${text}</li>`;
      })}
    </ul>
  </div>`;
}
