import {
  answerFields,
  getAtPath,
  isListSpec,
  sectionsInView,
  type FieldPath,
  type FieldSpec,
  type GroupSpec,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { labelFor } from '../i18n/field-labels.js';
import { fieldLabel, optionLabel, sectionLabel } from '../i18n/localised-text.js';
import type { Locale } from '../i18n/locales.js';
import { yesOrNo } from '../i18n/yes-or-no.js';
import type { ContractState } from '../state/contract-state.js';

function valueText(field: FieldSpec, value: unknown, locale: Locale): string {
  if (field.kind === 'checkbox') {
    return yesOrNo(value === true);
  }
  if (field.kind === 'choice' && typeof value === 'string' && value)
    return optionLabel(field, value, locale);
  if (Array.isArray(value))
    return value.map((option) => optionLabel(field, String(option), locale)).join(', ');
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
  return html`<dt>${fieldLabel(field, locale)}</dt>
    <dd>${valueText(field, getAtPath(data, path), locale)}</dd>`;
}

function printGroup(group: GroupSpec, data: unknown, locale: Locale) {
  const rows = group.fields.map((field) => {
    if (!isListSpec(field)) return printField(field, field.path, data, locale);
    const items = (getAtPath(data, field.path) as unknown[] | undefined) ?? [];
    return items.map(
      (_item, index) =>
        html`<dt>${labelFor(field.itemLabel)} ${index + 1}</dt>
          <dd>
            <dl>
              ${field.itemFields.map((item) => printField(item, [...field.path, index, ...item.path], data, locale))}
            </dl>
          </dd>`,
    );
  });
  return html`${group.label ? html`<h4>${labelFor(group.label)}</h4>` : nothing}
    <dl>${rows}</dl>`;
}

/**
 * One person's copy on paper: every section they may see, as headings and
 * text, with no buttons or inputs. For a party it is their own copy: the
 * shared parts plus their private parts, never the other party's.
 */
export function renderPrintView(state: ContractState, locale: Locale) {
  const views = sectionsInView(state.contract, state.perspective, state.sections, state.rules);
  return html`<div class="print-view" part="print-view">
    <p class="print-for">${labelFor(`perspective.${state.perspective}`)}</p>
    ${views.map(
      (view) =>
        html`<section>
          <h3>${sectionLabel(view.section, locale)}</h3>
          ${view.groups.map((group) => printGroup(group, state.contract, locale))}
        </section>`,
    )}
  </div>`;
}
