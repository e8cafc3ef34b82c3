import {
  answerFields,
  getAtPath,
  isListSpec,
  parsePerspective,
  sectionsInView,
  type FieldPath,
  type FieldSpec,
  type GroupSpec,
  type ListSpec,
  type Party,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { labelFor } from '../i18n/field-labels.js';
import { dateFormat } from '../i18n/formats.js';
import { fieldLabel, optionLabel, sectionLabel } from '../i18n/localised-text.js';
import type { Locale } from '../i18n/locales.js';
import { msg, str } from '../i18n/msg.js';
import { partyNames, type PartyNames } from '../i18n/party-names.js';
import {
  acceptedText,
  approvedText,
  notAcceptedText,
  notApprovedText,
} from '../i18n/signature-texts.js';
import { leaderOf, personName } from '../i18n/person-names.js';
import { yesOrNo } from '../i18n/yes-or-no.js';
import type { ContractState } from '../state/contract-state.js';

// Loaded by import() when the person prints, with its Danish texts.
export { templates as danish } from '../locales/da-print-view.js';

/** A day as the page writes it ("4. januar 2027"), not as it is stored. */
const day = (iso: string, locale: Locale) =>
  dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
  );

/** A moment (an acceptance, the print itself) as a day in the reader's own time zone. */
const dayOf = (iso: string, locale: Locale) =>
  dateFormat(locale, { dateStyle: 'long' }).format(new Date(iso));

function valueText(field: FieldSpec, value: unknown, locale: Locale): string {
  if (field.kind === 'checkbox') {
    return yesOrNo(value === true);
  }
  if (field.kind === 'choice' && typeof value === 'string' && value)
    return optionLabel(field, value, locale);
  if (Array.isArray(value))
    return value.map((option) => optionLabel(field, String(option), locale)).join(', ');
  if (field.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return day(value, locale);
  return typeof value === 'string' && value.trim() ? value : '—';
}

function printField(field: FieldSpec, path: FieldPath, data: unknown, locale: Locale): unknown {
  if (field.kind === 'answer') {
    return html`<dt>${fieldLabel(field, locale)}</dt>
      <dd>
        <dl>
          ${answerFields(field).map((sub) => printField(sub, [...path, ...sub.path], data, locale))}
        </dl>
      </dd>`;
  }
  // The value alone keeps its line breaks: whitespace around it prints no gaps.
  return html`<dt>${fieldLabel(field, locale)}</dt>
    <dd><span class="value">${valueText(field, getAtPath(data, path), locale)}</span></dd>`;
}

/** Who confirmed an amendment, by name: on paper there is no button to say it. */
function confirmedBy(item: unknown, names: PartyNames) {
  const agreed = (item as { agreedBy?: unknown }).agreedBy;
  if (!Array.isArray(agreed)) return nothing;
  const who = agreed
    .map((perspective) =>
      perspective === 'party-a' ? names.a : perspective === 'party-b' ? names.b : '',
    )
    .filter(Boolean)
    .join(', ');
  return html`<dt>
      ${msg('Confirmed by', { id: 'print.confirmedBy', desc: 'On paper: who confirmed an amendment' })}
    </dt>
    <dd><span class="value">${who || '—'}</span></dd>`;
}

/** A list's items, each with its fields; a list inside an item (sub-goals) is printed under it. */
function printList(
  list: ListSpec,
  at: FieldPath,
  data: unknown,
  locale: Locale,
  names: PartyNames,
): unknown {
  const items = (getAtPath(data, at) as unknown[] | undefined) ?? [];
  const confirmed = list.confirmed === true;
  return items.map(
    (item, index) =>
      html`<dt>${labelFor(list.itemLabel)} ${index + 1}</dt>
        <dd>
          <dl>
            ${list.itemFields.map((sub) =>
              isListSpec(sub)
                ? printList(sub, [...at, index, ...sub.path], data, locale, names)
                : printField(sub, [...at, index, ...sub.path], data, locale),
            )}
            ${confirmed ? confirmedBy(item, names) : nothing}
          </dl>
        </dd>`,
  );
}

function printGroup(group: GroupSpec, data: unknown, locale: Locale, names: PartyNames) {
  const rows = group.fields.map((field) =>
    isListSpec(field)
      ? printList(field, field.path, data, locale, names)
      : printField(field, field.path, data, locale),
  );
  return html`${group.label ? html`<h4>${labelFor(group.label)}</h4>` : nothing}
    <dl>${rows}</dl>`;
}

/** Whose copy this is: "Mette Larsen (Part A)", a leader by the party they lead, or the supervisor. */
function copyFor(state: ContractState, names: PartyNames): string {
  const { role, party } = parsePerspective(state.perspective);
  return role === 'party' && party
    ? `${names[party]} (${labelFor(`party.${party}`)})`
    : personName(state.perspective, names);
}

/** Every acceptance and approval, with the day, who gave it, and a leader's comment. */
function signatures(state: ContractState, names: PartyNames, locale: Locale) {
  const { parties, leaders } = state.contract.approvals;
  const by = (who: string | undefined) => (who ? html` <span class="by">(${who})</span>` : nothing);
  return html`<section class="signatures">
    <h3>
      ${msg('Accepted, approved and confirmed', { id: 'print.signatures', desc: 'On paper: the heading over acceptances, approvals and the confirmations of the closing conversation' })}
    </h3>
    <ul>
      ${(['a', 'b'] as const).map((party) => {
        const accepted = parties[party];
        const approved = leaders[party];
        return html`<li>
            ${accepted ? acceptedText(names[party], dayOf(accepted.at, locale)) : notAcceptedText(names[party])}${by(accepted?.by)}
          </li>
          <li>
            ${approved ? approvedText(names[party], dayOf(approved.at, locale)) : notApprovedText(names[party])}${by(approved?.by)}
            ${
              approved?.comment
                ? html`<br /><span class="value"
                      >${msg(str`Comment: ${approved.comment}`, { id: 'print.comment', desc: 'On paper: a leader’s comment with the approval' })}</span
                    >`
                : nothing
            }
          </li>`;
      })}
      ${(['a', 'b'] as const).map((party) => closingConfirmed(state, names, party, locale))}
    </ul>
  </section>`;
}

/** A leader's confirmation that the closing conversation was held, once given. */
function closingConfirmed(state: ContractState, names: PartyNames, party: Party, locale: Locale) {
  const confirmed = state.contract.approvals.closing[party];
  if (!confirmed) return nothing;
  return html`<li>
    ${msg(str`The closing conversation with ${names[party]} was held: confirmed by ${leaderOf(names[party])} on ${dayOf(confirmed.at, locale)}`, { id: 'print.closingConfirmed', desc: 'On paper: a leader confirmed the closing conversation with their employee; the employee’s name, the leader, the day' })}
    <span class="by">(${confirmed.by})</span>
  </li>`;
}

/**
 * One person's copy on paper: every section they may see, as headings and
 * text, with no buttons or inputs. For a party it is their own copy: the
 * shared parts plus their private parts, never the other party's.
 */
export function renderPrintView(state: ContractState, locale: Locale) {
  const views = sectionsInView(state.contract, state.perspective, state.sections, state.rules);
  const names = partyNames(state.contract);
  const printed = dayOf(new Date().toISOString(), locale);
  return html`<div class="print-view" part="print-view">
    <h2 class="print-title">
      ${msg('Learning contract', { id: 'title', desc: 'Heading of the whole contract (læringskontrakt)' })}
    </h2>
    <p class="print-for">
      ${msg(str`Copy for ${copyFor(state, names)}. Printed on ${printed}.`, { id: 'print.copyFor', desc: 'On paper, under the title: whose copy it is and the day it was printed' })}
    </p>
    ${views.map(
      (view) =>
        html`<section>
          <h3>${sectionLabel(view.section, locale)}</h3>
          ${view.groups.map((group) => printGroup(group, state.contract, locale, names))}
        </section>`,
    )}
    ${signatures(state, names, locale)}
  </div>`;
}
