import { parsePerspective, type LearningContract, type Party } from '@kollegalaering/core';
import { adoptStyles, css, html, nothing, render } from 'lit';
import { dateFormat } from '../i18n/formats.js';
import type { Locale } from '../i18n/locales.js';
import { msg, setRenderingLocale, str } from '../i18n/msg.js';
import { tokens } from '../shared/tokens.js';
import type { ContractState } from '../state/contract-state.js';

// Loaded by import() when a party or their leader prints the summary, with its Danish texts.
export { templates as danish } from '../locales/da-summary.js';

/** One page: compact headings, what was typed with its line breaks. */
const summaryStyles = css`
  h1 {
    margin: 0 0 0.25rem;
    font-size: 1.4rem;
  }
  h2 {
    margin: 1rem 0 0.25rem;
    font-size: 1.15rem;
    break-after: avoid;
  }
  p {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.4rem;
  }
  ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .value {
    white-space: pre-wrap;
  }
`;

/** The attribute that marks what is printed, as the whole copy's print view marks it. */
const PRINTED = 'data-kollegalaering-print';
/** What marks the summary among what is printed. */
const SUMMARY = 'data-kollegalaering-summary';

/** Whose summary the reader prints: a party's own, a leader's employee's; none for the supervisor. */
export function summaryParty(perspective: string): Party | null {
  const { role, party } = parsePerspective(perspective as never);
  return (role === 'party' || role === 'leader') && party ? party : null;
}

const day = (iso: string, locale: Locale) =>
  iso
    ? dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      )
    : '';

const text = (value: string) => html`<span class="value">${value.trim() || '—'}</span>`;

/**
 * One page for the employee's development plan or MUS: who learned with whom,
 * the goals, what came of them, and the plan for putting it to use. Only the
 * one party's own: the partners' joint evaluation they both wrote, and that
 * party's evaluation with their own leader (which the reader's view holds only
 * when it is theirs to see), never the other party's.
 */
export function renderSummary(contract: LearningContract, party: Party, locale: Locale) {
  const other: Party = party === 'a' ? 'b' : 'a';
  const me = contract.parties[party];
  const partner = contract.parties[other];
  const evaluation = contract.leaderEvaluations[party];
  const plan = evaluation.keepingPlan;
  const { start, end } = contract.plan.timeFrame;
  return html`<article class="summary">
    <h1>
      ${msg('Summary for the development plan', { id: 'devplan.title', desc: 'Heading of the one-page summary' })}
    </h1>
    <p>
      ${msg(
        str`${me.name || '—'}, ${me.department || '—'}: learned together with ${partner.name || '—'}, ${partner.department || '—'}`,
        {
          id: 'devplan.who',
          desc: 'The party, their department, and their learning partner',
        },
      )}
    </p>
    ${
      start || end
        ? html`<p>
            ${msg(str`Period: ${day(start, locale)} – ${day(end, locale)}`, { id: 'devplan.period', desc: 'When the learning ran' })}
          </p>`
        : nothing
    }
    <dl>
      ${
        contract.settings.theme
          ? html`<dt>${msg('Theme', { id: 'devplan.theme', desc: 'The contract’s theme' })}</dt>
              <dd>${text(contract.settings.theme)}</dd>`
          : nothing
      }
      <dt>${msg('Purpose', { id: 'devplan.purpose', desc: 'The contract’s purpose' })}</dt>
      <dd>${text(contract.purpose)}</dd>
      <dt>${msg('Goals', { id: 'devplan.goals', desc: 'The party’s own learning goals' })}</dt>
      <dd>
        ${
          contract.goals[party].length
            ? html`<ul>
                ${contract.goals[party].map((goal) => html`<li>${text(goal.text)}</li>`)}
              </ul>`
            : text('')
        }
      </dd>
      <dt>
        ${msg('How the goals were reached', { id: 'devplan.reached', desc: 'From the joint evaluation' })}
      </dt>
      <dd>${text(contract.jointEvaluation.goals.text)}</dd>
      <dt>
        ${msg('What was learned, with the leader', { id: 'devplan.results', desc: 'The party’s results, from their evaluation with their leader' })}
      </dt>
      <dd>${text(evaluation.results.text)}</dd>
    </dl>
    <h2>
      ${msg('Plan for putting it to use', { id: 'devplan.plan', desc: 'Heading: the keeping plan (plan for nyttiggørelse)' })}
    </h2>
    <dl>
      <dt>${msg('What', { id: 'devplan.plan.what', desc: 'Keeping plan: what' })}</dt>
      <dd>${text(plan.what)}</dd>
      <dt>${msg('How', { id: 'devplan.plan.how', desc: 'Keeping plan: how' })}</dt>
      <dd>${text(plan.how)}</dd>
      <dt>${msg('Who', { id: 'devplan.plan.who', desc: 'Keeping plan: who' })}</dt>
      <dd>${text(plan.who)}</dd>
      <dt>${msg('When', { id: 'devplan.plan.when', desc: 'Keeping plan: when' })}</dt>
      <dd>${text(plan.when)}</dd>
      <dt>
        ${msg('Into the development plan', { id: 'devplan.devplan', desc: 'How the development plan was updated' })}
      </dt>
      <dd>${text(evaluation.developmentPlan)}</dd>
    </dl>
  </article>`;
}

/**
 * Prints the summary alone: put at the end of `<body>` while the print dialog
 * is open (the rest of the page hidden), then taken away. Should the element
 * add its whole copy as the browser says `beforeprint`, that copy is hidden too.
 */
export function printSummary(element: HTMLElement, state: ContractState, locale: Locale): void {
  const party = summaryParty(state.perspective);
  if (!party) return;
  const page = element.ownerDocument;
  const copy = page.createElement('div');
  copy.setAttribute(PRINTED, '');
  copy.lang = locale;
  const root = copy.attachShadow({ mode: 'open' });
  adoptStyles(root, [tokens, summaryStyles]);
  setRenderingLocale(locale);
  render(renderSummary(state.contract, party, locale), root);
  // Marked as printed too, so that the whole copy's own rule (if it was printed before) leaves it
  // shown; this rule hides everything else, that copy included, should the element add it now.
  copy.setAttribute(SUMMARY, '');
  const rule = new CSSStyleSheet();
  rule.replaceSync(
    `@media print { body > :not([${SUMMARY}]) { display: none !important; } html, body { height: auto !important; overflow: visible !important; } } @media not print { [${SUMMARY}] { display: none !important; } }`,
  );
  const view = page.defaultView ?? window;
  page.body.append(copy);
  page.adoptedStyleSheets = [...page.adoptedStyleSheets, rule];
  try {
    view.print();
  } finally {
    copy.remove();
    page.adoptedStyleSheets = page.adoptedStyleSheets.filter((sheet) => sheet !== rule);
  }
}
