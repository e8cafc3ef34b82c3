import { formatPath, type Issue } from '@kollegalaering/core';
import { html } from 'lit';
import { msg } from '../i18n/msg.js';

/**
 * Shown in place of the form when the section configuration cannot be used:
 * the CMS editor who wrote it sees what to fix, by its place in the configuration.
 */
export function renderConfigError(issues: readonly Issue[]) {
  return html`<div class="config-error" role="alert">
    <p>
      <strong
        >${msg('The section configuration cannot be used.', { id: 'config.title', desc: 'Heading when the configuration is invalid' })}</strong
      >
      ${msg('Correct these places in it and load the page again:', { id: 'config.hint', desc: 'Asks the editor to fix the listed places' })}
    </p>
    <ul>
      ${issues.map((issue) => html`<li><code>${formatPath(issue.path) || '(root)'}</code>: ${issue.code}</li>`)}
    </ul>
  </div>`;
}
