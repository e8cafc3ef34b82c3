import {
  getAtPath,
  isListSpec,
  type FieldPath,
  type FieldSpec,
  type GroupSpec,
  type ListSpec,
  type SectionSpec,
} from '@kollegalaering/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { labelFor } from '../i18n/field-labels.js';
import { msg, str } from '../i18n/msg.js';

/** A DOM id for the control at a path; unique within one element's shadow root. */
export const controlId = (path: FieldPath) => `f-${path.join('-')}`;

/** The path of a control, kept on the element so one listener handles every field. */
const pathAttr = (path: FieldPath) => JSON.stringify(path);

interface RenderContext {
  data: unknown;
  readonly: boolean;
}

function renderControl(field: FieldSpec, path: FieldPath, ctx: RenderContext): TemplateResult {
  const id = controlId(path);
  const value = getAtPath(ctx.data, path);
  const label = labelFor(field.label);
  switch (field.kind) {
    case 'longtext':
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <textarea
          id=${id}
          data-path=${pathAttr(path)}
          rows="3"
          .value=${typeof value === 'string' ? value : ''}
          ?readonly=${ctx.readonly}
        ></textarea>
      </div>`;
    case 'checkbox':
      return html`<div class="field checkbox">
        <input
          type="checkbox"
          id=${id}
          data-path=${pathAttr(path)}
          .checked=${value === true}
          ?disabled=${ctx.readonly}
        />
        <label for=${id}>${label}</label>
      </div>`;
    case 'choice':
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} data-path=${pathAttr(path)} ?disabled=${ctx.readonly}>
          ${(field.options ?? []).map(
            (option) =>
              html`<option value=${option} ?selected=${option === value}>
                ${labelFor(`${field.label}.${option}`)}
              </option>`,
          )}
        </select>
      </div>`;
    case 'answer':
      return html`<fieldset class="answer">
        <legend>${label}</legend>
        ${renderControl({ label: 'answer.text', path: ['text'], kind: 'longtext' }, [...path, 'text'], ctx)}
        ${renderControl({ label: 'answer.done', path: ['done'], kind: 'checkbox' }, [...path, 'done'], ctx)}
      </fieldset>`;
    default: {
      const type = field.kind === 'email' ? 'email' : field.kind === 'date' ? 'date' : 'text';
      const autocomplete = field.kind === 'email' ? 'off' : nothing;
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type=${type}
          autocomplete=${autocomplete}
          data-path=${pathAttr(path)}
          .value=${typeof value === 'string' ? value : ''}
          ?readonly=${ctx.readonly}
        />
      </div>`;
    }
  }
}

function renderList(list: ListSpec, ctx: RenderContext): TemplateResult {
  const items = (getAtPath(ctx.data, list.path) as Array<{ id: string }> | undefined) ?? [];
  const itemName = labelFor(list.itemLabel);
  return html`<div class="list">
    ${repeat(
      items,
      (item) => item.id,
      (item, index) =>
        html`<fieldset class="item">
          <legend>${itemName} ${index + 1}</legend>
          ${list.itemFields.map((field) => renderControl(field, [...list.path, index, ...field.path], ctx))}
          ${
            ctx.readonly
              ? nothing
              : html`<button
                  type="button"
                  class="secondary"
                  data-remove=${pathAttr(list.path)}
                  data-item-id=${item.id}
                >
                  ${msg(str`Remove ${itemName.toLowerCase()} ${index + 1}`, { id: 'lc.list.remove', desc: 'Button that removes one item from a list, e.g. “Remove goal 2”' })}
                </button>`
          }
        </fieldset>`,
    )}
    ${
      ctx.readonly
        ? nothing
        : html`<button type="button" data-add=${pathAttr(list.path)}>
            ${msg(str`Add ${itemName.toLowerCase()}`, { id: 'lc.list.add', desc: 'Button that adds an item to a list, e.g. “Add goal”' })}
          </button>`
    }
  </div>`;
}

function renderGroup(group: GroupSpec, ctx: RenderContext): TemplateResult {
  const fields = group.fields.map((field) =>
    isListSpec(field) ? renderList(field, ctx) : renderControl(field, field.path, ctx),
  );
  return group.label === null
    ? html`${fields}`
    : html`<fieldset class="group">
        <legend>${labelFor(group.label)}</legend>
        ${fields}
      </fieldset>`;
}

/** The sections of a contract as a form, one heading per section. */
export function renderSections(
  sections: readonly SectionSpec[],
  data: unknown,
  readonly: boolean,
): TemplateResult {
  const ctx = { data, readonly };
  return html`${sections.map(
    (section) =>
      html`<section class="section" aria-labelledby=${`h-${section.id}`}>
        <h3 id=${`h-${section.id}`}>${labelFor(`section.${section.id}`)}</h3>
        ${section.groups.map((group) => renderGroup(group, ctx))}
      </section>`,
  )}`;
}
