import {
  answerFields,
  getAtPath,
  isListSpec,
  isPartOfAgreement,
  parsePerspective,
  sectionsInView,
  STEPS,
  type FieldPath,
  type FieldSpec,
  type GroupSpec,
  type LearningContract,
  type ListSpec,
  type Party,
  type Perspective,
} from '@kollegalaering/core';
import { adoptStyles, html, nothing, render } from 'lit';
import {
  helpFor,
  labelFor,
  otherAuthorsEntryLabel,
  supervisorsEntryLabel,
} from '../i18n/field-labels.js';
import { dateFormat } from '../i18n/formats.js';
import { fieldLabel, optionLabel, sectionLabel } from '../i18n/localised-text.js';
import type { Locale } from '../i18n/locales.js';
import { msg, setRenderingLocale, str } from '../i18n/msg.js';
import { namesJoined } from '../i18n/names-joined.js';
import {
  capitalised,
  leaderOf,
  namesOf,
  personName,
  type Names,
  type Reader,
} from '../i18n/party-names.js';
import { stepName } from '../i18n/step-names.js';
import { yesOrNo } from '../i18n/yes-or-no.js';
import { signatureItems } from '../shared/signatures.js';
import { tokens } from '../shared/tokens.js';
import type { ContractState } from '../state/contract-state.js';
import { printStyles } from './print-view.styles.js';

// Loaded by import() when the person prints, with its Danish texts.
export { templates as danish } from '../locales/da-print-view.js';

/**
 * What printing one field needs: the contract, the locale, and how its labels
 * name people. A printed copy is read by others (the personnel file): its
 * labels name the parties ("Mål for Mette Larsen", "Hvad vil Mette Larsen
 * lære?"), never "du", whoever printed it.
 */
interface Paper {
  contract: LearningContract;
  locale: Locale;
  reader: Reader;
}

/** A day as the page writes it ("4. januar 2027"), not as it is stored. */
const day = (iso: string, locale: Locale) =>
  dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
  );

/** A moment (the print itself, the contract's completion) as a day in the reader's own time zone. */
const dayOf = (iso: string, locale: Locale) =>
  dateFormat(locale, { dateStyle: 'long' }).format(new Date(iso));

function valueText(field: FieldSpec, value: unknown, paper: Paper): string {
  const { locale, reader } = paper;
  if (field.kind === 'checkbox') {
    return yesOrNo(value === true);
  }
  if (field.kind === 'choice' && typeof value === 'string' && value)
    return optionLabel(field, value, locale, reader);
  if (Array.isArray(value))
    return value.map((option) => optionLabel(field, String(option), locale, reader)).join(', ');
  // A day, also one typed as a day into a text ("When?"), as the page writes days.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return day(value, locale);
  return typeof value === 'string' && value.trim() ? value : '—';
}

function printField(field: FieldSpec, path: FieldPath, paper: Paper, label?: string): unknown {
  const name = label ?? fieldLabel(field, paper.locale, paper.reader, path);
  if (field.kind === 'answer') {
    return html`<dt>${name}</dt>
      <dd>
        <dl>${answerFields(field).map((sub) => printField(sub, [...path, ...sub.path], paper))}</dl>
      </dd>`;
  }
  // The value alone keeps its line breaks: whitespace around it prints no gaps.
  return html`<dt>${name}</dt>
    <dd>
      <span class="value">${valueText(field, getAtPath(paper.contract, path), paper)}</span>
    </dd>`;
}

/** Who confirmed an amendment, by name: on paper there is no button to say it. */
function confirmedBy(item: unknown, paper: Paper) {
  const agreed = (item as { agreedBy?: Perspective[] }).agreedBy;
  if (!Array.isArray(agreed)) return nothing;
  const who = namesJoined(
    agreed.map((perspective) => personName(perspective, paper.reader.names)),
    'and',
  );
  return html`<dt>
      ${msg('Confirmed by', { id: 'print.confirmedBy', desc: 'On paper: who confirmed an amendment' })}
    </dt>
    <dd><span class="value">${who || '—'}</span></dd>`;
}

/**
 * A logbook entry's author, after its number ("Entry 2 · Jonas Holm"), and
 * its question with the author's name ("… what did Jonas Holm learn?"), or
 * the supervisor's input as such: on paper, whose learning it was is said.
 */
function authorOf(item: unknown, paper: Paper) {
  const author = (item as { author?: unknown }).author;
  const { names } = paper.reader;
  if (author === 'supervisor') {
    return {
      note: ` · ${capitalised(personName('supervisor', names))}`,
      label: supervisorsEntryLabel(),
    };
  }
  if (author !== 'a' && author !== 'b') return undefined;
  const name = personName(`party-${author}`, names);
  return { note: ` · ${name}`, label: otherAuthorsEntryLabel(name) };
}

/** A list's items, each with its fields; a list inside an item (sub-goals) is printed under it. */
function printList(list: ListSpec, at: FieldPath, paper: Paper): unknown {
  const items = (getAtPath(paper.contract, at) as unknown[] | undefined) ?? [];
  const confirmed = list.confirmed === true;
  return items.map((item, index) => {
    const author = authorOf(item, paper);
    return html`<dt>${labelFor(list.itemLabel)} ${index + 1}${author?.note ?? ''}</dt>
      <dd>
        <dl>
          ${list.itemFields.map((sub) =>
            isListSpec(sub)
              ? printList(sub, [...at, index, ...sub.path], paper)
              : printField(
                  sub,
                  [...at, index, ...sub.path],
                  paper,
                  sub.label === 'logEntry.text' ? author?.label : undefined,
                ),
          )}
          ${confirmed ? confirmedBy(item, paper) : nothing}
        </dl>
      </dd>`;
  });
}

function printGroup(group: GroupSpec, paper: Paper) {
  const rows = group.fields.map((field) =>
    isListSpec(field) ? printList(field, field.path, paper) : printField(field, field.path, paper),
  );
  return html`${group.label ? html`<h3>${labelFor(group.label, paper.reader)}</h3>` : nothing}
    <dl>${rows}</dl>`;
}

/** Whose copy this is: "Mette Larsen (Part A)", "Hanne Berg (the leader of Mette Larsen)", or the supervisor. */
function copyFor(perspective: Perspective, names: Names): string {
  const { role, party } = parsePerspective(perspective);
  const who = personName(perspective, names);
  if (!party) return who;
  const as =
    role === 'party' ? labelFor(`party.${party}`) : leaderOf(personName(`party-${party}`, names));
  return who === as ? who : `${who} (${as})`;
}

/** When the contract was completed, or the step it has reached. */
function completion({ contract, locale }: Paper): string {
  const { state, reached } = contract.process;
  const completed = reached.completed;
  if (state === 'completed' && completed) {
    return msg(str`Completed on ${dayOf(completed, locale)}.`, {
      id: 'print.completed',
      desc: 'On paper, under the title: the day the contract was completed',
    });
  }
  const step = state === 'completed' ? 'closing' : state;
  return msg(
    str`Not completed: the contract is at step ${STEPS.indexOf(step) + 1}, ${stepName(step)}.`,
    {
      id: 'print.notCompleted',
      desc: 'On paper, under the title: the contract is not completed yet; the step’s number and name follow',
    },
  );
}

/** Who signed in to accept or approve, where a server recorded it and it is not the name shown. */
const signedInAs = (who: string | undefined, name: string) =>
  who && who !== name ? html` <span class="by">(${who})</span>` : nothing;

/** Every acceptance and approval, with the day, who gave it, and a leader's comment. */
function signatures(state: ContractState, locale: Locale) {
  return html`<section class="signatures">
    <h2>
      ${msg('Accepted, approved and confirmed', { id: 'print.signatures', desc: 'On paper: the heading over acceptances, approvals and the confirmations of the closing conversation' })}
    </h2>
    <ul>
      ${signatureItems(state.contract, state.perspective, locale, signedInAs)}
      ${(['a', 'b'] as const).map((party) => closingConfirmed(state, party, locale))}
    </ul>
  </section>`;
}

/** A party's own notes, on a page of their own, when they asked for them: they are not part of the contract. */
function notesPage(state: ContractState) {
  const { party } = parsePerspective(state.perspective);
  const notes = party ? state.contract.privateNotes[party] : '';
  if (!notes.trim()) return nothing;
  return html`<section class="notes">
    <h2>${labelFor('section.notes')}</h2>
    <p>${helpFor('privateNotes')}</p>
    <p class="value">${notes}</p>
  </section>`;
}

/** A leader's confirmation that the closing conversation was held, once given. */
function closingConfirmed(state: ContractState, party: Party, locale: Locale) {
  const confirmed = state.contract.approvals.closing[party];
  if (!confirmed) return nothing;
  const names = namesOf(state.contract);
  const employee = personName(`party-${party}`, names);
  const leader = personName(`leader-${party}`, names);
  return html`<li>
    ${msg(str`The closing conversation with ${employee} was held: confirmed by ${leader} on ${dayOf(confirmed.at, locale)}`, { id: 'print.closingConfirmed', desc: 'On paper: a leader confirmed the closing conversation with their employee; the employee’s name, the leader (by name, or the leader of …), the day' })}${signedInAs(confirmed.by, leader)}
  </li>`;
}

/**
 * One person's copy on paper, for the personnel file: the title once, whose
 * copy and when printed, when the contract was completed, every section of the
 * agreement they may see, and every acceptance and approval. For a party it is
 * their own copy: the shared parts plus their private parts, never the other
 * party's. Private notes are not part of the contract: only on a page of
 * their own, when asked for (`withNotes`).
 */
export function renderPrintView(state: ContractState, locale: Locale, withNotes = false) {
  const names = namesOf(state.contract);
  const paper: Paper = {
    contract: state.contract,
    locale,
    // A party's labels say "you" to them on the page; on paper they name them.
    reader: {
      perspective:
        parsePerspective(state.perspective).role === 'party' ? 'supervisor' : state.perspective,
      names,
    },
  };
  // A list with nothing in it is left out, and a heading with nothing under it.
  const filled = (field: FieldSpec | ListSpec) =>
    !isListSpec(field) || ((getAtPath(state.contract, field.path) as unknown[]) ?? []).length > 0;
  const views = sectionsInView(state.contract, state.perspective, state.sections, state.rules)
    .map((view) => ({
      ...view,
      groups: view.groups
        .map((group) => ({
          ...group,
          fields: group.fields.filter((field) => isPartOfAgreement(field.path) && filled(field)),
        }))
        .filter((group) => group.fields.length > 0),
    }))
    .filter((view) => view.groups.length > 0);
  const printed = dayOf(new Date().toISOString(), locale);
  return html`<article class="print-view" part="print-view">
    <h1>
      ${msg('Learning contract', { id: 'title', desc: 'Heading of the whole contract (læringskontrakt)' })}
    </h1>
    <p class="print-for">
      ${msg(str`Copy for ${copyFor(state.perspective, names)}. Printed on ${printed}.`, { id: 'print.copyFor', desc: 'On paper, under the title: whose copy it is and the day it was printed' })}
    </p>
    <p class="completion">${completion(paper)}</p>
    ${views.map(
      (view) =>
        html`<section>
          <h2>${sectionLabel(view.section, locale, paper.reader)}</h2>
          ${view.groups.map((group) => printGroup(group, paper))}
        </section>`,
    )}
    ${signatures(state, locale)} ${withNotes ? notesPage(state) : nothing}
  </article>`;
}

/** Marks the copy that is printed, at the top of the document, so that the page's own rule can find it. */
const PRINTED = 'data-kollegalaering-print';

/** The page's rule while a copy is printed: only the copy, on paper; never on the screen. */
let pageRule: CSSStyleSheet | undefined;

/** The theming tokens the page set on the element: the copy is outside it, at the top of the document. */
const TOKENS = [
  '--lc-color-primary',
  '--lc-color-text',
  '--lc-color-background',
  '--lc-font-family',
];

/**
 * Prints the element's copy alone. A print stylesheet in the element's shadow
 * root cannot hide the host page around it, so the copy is rendered at the top
 * of the document (a `<div>` at the end of `<body>`, with a shadow root of its
 * own), and the page gets a rule, through `adoptedStyleSheets` (allowed under
 * a strict Content-Security-Policy), that prints only that `<div>` and never
 * shows it on screen. Returns what takes both away again (after printing).
 */
export function showPrintCopy(
  element: HTMLElement,
  state: ContractState,
  locale: Locale,
  withNotes: boolean,
): () => void {
  const page = element.ownerDocument;
  const copy = page.createElement('div');
  copy.setAttribute(PRINTED, '');
  copy.lang = locale;
  const theme = getComputedStyle(element);
  for (const token of TOKENS) {
    const value = theme.getPropertyValue(token);
    if (value) copy.style.setProperty(token, value);
  }
  const root = copy.attachShadow({ mode: 'open' });
  adoptStyles(root, [tokens, printStyles]);
  setRenderingLocale(locale);
  render(renderPrintView(state, locale, withNotes), root);
  page.body.append(copy);
  pageRule ??= new CSSStyleSheet();
  pageRule.replaceSync(
    `@media print { body > :not([${PRINTED}]) { display: none !important; } html, body { height: auto !important; overflow: visible !important; } } @media not print { [${PRINTED}] { display: none !important; } }`,
  );
  const rule = pageRule;
  page.adoptedStyleSheets = [...page.adoptedStyleSheets, rule];
  return () => {
    copy.remove();
    page.adoptedStyleSheets = page.adoptedStyleSheets.filter((sheet) => sheet !== rule);
  };
}
