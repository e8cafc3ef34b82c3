import type { LearningContract, ResolvedSections } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { localised } from '../i18n/localised-text.js';
import type { Locale } from '../i18n/locales.js';
import { msg } from '../i18n/msg.js';

// Loaded by import() only where there is an introduction to show.
export { templates as danish } from '../locales/da-introduction.js';

/**
 * Step 1 of the method, on the page: what learning from a colleague is, in
 * two sentences, and the organisation's own introduction and guide where it
 * configured them. Shown while the contract is being agreed, where the
 * organisation gave an introduction or the contract is at step 1 (run
 * formally); open at step 1 and on a contract nobody has written in yet.
 */
export function renderIntroduction(
  contract: LearningContract,
  introduction: ResolvedSections['introduction'],
  locale: Locale,
) {
  // The element decides when it is shown (and so when this part is fetched).
  const { state } = contract.process;
  const paragraphs = introduction?.text
    ? localised(introduction.text, locale).split(/\n\s*\n/)
    : [];
  return html`<details
    class="introduction"
    part="introduction"
    ?open=${state === 'introduced' || contract.revision === 0}
  >
    <summary>
      ${msg('How learning from a colleague works', { id: 'intro.title', desc: 'Heading of the introduction to the method (Lær af en kollega)' })}
    </summary>
    <p>
      ${msg('Two colleagues from different teams or professions learn from each other. Together you write a learning contract with a shared purpose and a goal each, and your leaders approve it. Then you learn, evaluate together, and finish with a conversation with each of your leaders.', { id: 'intro.method', desc: 'The method in brief, for the people filling in the contract' })}
    </p>
    ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${
      introduction?.url
        ? html`<p>
            <a href=${introduction.url} target="_blank" rel="noopener">
              ${msg('Read how your organisation uses it (opens in a new window)', { id: 'intro.link', desc: 'Link to the organisation’s own guide to the method' })}
            </a>
          </p>`
        : nothing
    }
  </details>`;
}
