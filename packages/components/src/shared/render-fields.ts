import {
  editorsOf,
  isEmailPath,
  MAX_TEXT_LENGTH,
  parsePerspective,
  getAtPath,
  formatPath,
  isListSpec,
  type FieldPath,
  type FieldSpec,
  type GroupSpec,
  type ListSpec,
} from '@kollegalaering/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  helpFor,
  labelFor,
  otherAuthorsEntryLabel,
  supervisorsEntryLabel,
} from '../i18n/field-labels.js';
import { issueMessage } from '../i18n/issue-messages.js';
import { fieldLabel, localised, optionLabel } from '../i18n/localised-text.js';
import { dateFormat, numberFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';
import { yesOrNo } from '../i18n/yes-or-no.js';
import { namesJoined } from '../i18n/names-joined.js';
import { capitalised, personName } from '../i18n/party-names.js';
import { addButtonId, controlId, type FieldContext } from './field-context.js';
import { textValue } from './text-value.js';

/** Kept on each control so that one listener on the form handles every field. */
const pathAttr = (path: FieldPath) => JSON.stringify(path);

/**
 * What is said under a field's label: the organisation's help and the field's
 * problems, both tied to the control with aria-describedby so a screen reader
 * reads them with the label.
 */
function renderNotes(path: FieldPath, label: string, ctx: FieldContext, helpText?: string) {
  const issues = ctx.issuesAt(path);
  const helpId = `h-${controlId(path)}`;
  const errorId = `e-${controlId(path)}`;
  const describedBy = [helpText ? helpId : '', issues.length > 0 ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return {
    describedBy: describedBy || undefined,
    invalid: issues.length > 0 ? ('true' as const) : undefined,
    help: helpText ? html`<p class="help" id=${helpId}>${helpText}</p>` : nothing,
    message: html`${
      issues.length > 0
        ? html`<p class="field-error" id=${errorId}>
            ${issues.map((issue) => issueMessage(issue, label)).join(' ')}
          </p>`
        : nothing
    }${ctx.state.renderAtField?.(path, ctx) ?? nothing}`,
  };
}

/** A value in words, as a summary shows it: options by their labels, days as the page writes them. */
function valueInWords(field: FieldSpec, value: unknown, ctx: FieldContext): string {
  if (field.kind === 'checkbox') return yesOrNo(value === true);
  if (Array.isArray(value)) {
    return (
      value
        .map((option) => optionLabel(field, String(option), ctx.locale, ctx.reader))
        .join(', ') || '—'
    );
  }
  if (typeof value !== 'string' || value.trim() === '') return '—';
  if (field.kind === 'choice') return optionLabel(field, value, ctx.locale, ctx.reader);
  // A day, also one typed as a day into a text ("When?"), as the page writes days.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return dateFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  return value;
}

/** What the person may not change, for a leader or the supervisor: the label and the value as text. */
function renderAsText(
  field: FieldSpec,
  path: FieldPath,
  label: string | undefined,
  ctx: FieldContext,
) {
  const value = getAtPath(ctx.state.contract, path);
  return html`<div class="field as-text">
    ${label === undefined ? nothing : html`<span class="label">${label}</span>`}
    <span class="value" id=${controlId(path)}>${valueInWords(field, value, ctx)}</span>
  </div>`;
}

const ANSWER_TEXT: FieldSpec = { label: 'answer.text', path: ['text'], kind: 'longtext' };

/**
 * The answer to an evaluation question as one text: the question is its
 * label (the fieldset's legend), so it is not labelled "Answer" a second time.
 */
function renderAnswerText(path: FieldPath, question: string, legendId: string, ctx: FieldContext) {
  const editable = ctx.editable(path);
  if (!editable && ctx.summary) return renderAsText(ANSWER_TEXT, path, undefined, ctx);
  const value = getAtPath(ctx.state.contract, path);
  const problems = renderNotes(path, question, ctx);
  return html`${problems.message}
    <textarea
      id=${controlId(path)}
      data-path=${pathAttr(path)}
      rows="3"
      maxlength=${MAX_TEXT_LENGTH}
      aria-labelledby=${legendId}
      aria-describedby=${problems.describedBy ?? nothing}
      aria-invalid=${problems.invalid ?? nothing}
      .value=${textValue(typeof value === 'string' ? value : '')}
      ?readonly=${!editable}
    ></textarea>`;
}

/**
 * What the browser may fill in for a field about the person themselves (WCAG
 * 1.3.5): their own name, email and job, never someone else's.
 */
function autocompleteFor(path: FieldPath, ctx: FieldContext): string | undefined {
  const [section, who, key] = path;
  const { role, party } = parsePerspective(ctx.state.perspective);
  const own =
    (section === 'parties' && role === 'party' && who === party) ||
    (section === 'leaders' && role === 'leader' && who === party) ||
    (section === 'supervisor' && role === 'supervisor');
  if (!own) return undefined;
  const field = section === 'supervisor' ? who : key;
  const tokens: Record<string, string> = {
    name: 'name',
    email: 'email',
    position: 'organization-title',
    title: 'organization-title',
  };
  return tokens[String(field)];
}

/**
 * Under an email that says who someone is: that it gives access to the
 * contract, and, where the reader may not change it, who may (core's
 * editorsOf), or that no one may any more.
 */
function emailHelp(path: FieldPath, editable: boolean, ctx: FieldContext): string {
  const access = msg('Gives access to the contract.', {
    id: 'email.access',
    desc: 'Under an email field of the contract’s people',
  });
  if (editable || ctx.state.readonly) return access;
  const { contract, rules } = ctx.state;
  const editors = editorsOf(contract, path, rules.customOwners);
  const who = namesJoined(
    editors.map((perspective) => personName(perspective, ctx.reader.names)),
    'and',
  );
  const locked = who
    ? msg(str`Only ${who} can write or change it.`, {
        id: 'email.onlyBy',
        desc: 'Under an email the reader may not change: who may, by name (or role)',
      })
    : msg('No one can change it any more: the contract has been agreed.', {
        id: 'email.settled',
        desc: 'Under an email no one may change now (after the agreement)',
      });
  return `${access} ${locked}`;
}

/** One field: a label and its control, read-only where the perspective may not edit it now. */
export function renderField(
  field: FieldSpec,
  path: FieldPath,
  ctx: FieldContext,
  /** The label where the item gives one of its own (another person's logbook entry). */
  ownLabel?: string,
): TemplateResult {
  const id = controlId(path);
  const value = getAtPath(ctx.state.contract, path);
  const label = ownLabel ?? fieldLabel(field, ctx.locale, ctx.reader, path);
  const editable = ctx.editable(path);
  if (!editable && ctx.summary && field.kind !== 'answer') {
    return renderAsText(field, path, label, ctx);
  }
  const help = field.text?.help
    ? localised(field.text.help, ctx.locale)
    : isEmailPath(path)
      ? emailHelp(path, editable, ctx)
      : helpFor(field.label);
  const problems = renderNotes(path, label, ctx, help);
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'longtext':
      return html`<div class="field">
        <label for=${id}>${label}</label>${problems.help}${problems.message}
        <textarea
          id=${id}
          data-path=${pathAttr(path)}
          rows="3"
          maxlength=${field.maxLength ?? MAX_TEXT_LENGTH}
          aria-describedby=${problems.describedBy ?? nothing}
          aria-invalid=${problems.invalid ?? nothing}
          .value=${textValue(text)}
          ?readonly=${!editable}
        ></textarea>
      </div>`;
    case 'checkbox':
      return html`<div class="field checkbox">
        <input
          type="checkbox"
          id=${id}
          data-path=${pathAttr(path)}
          aria-describedby=${problems.describedBy ?? nothing}
          aria-invalid=${problems.invalid ?? nothing}
          .checked=${value === true}
          ?disabled=${!editable}
        />
        <label for=${id}>${label}</label>${problems.help}${problems.message}
      </div>`;
    case 'choice':
      return html`<div class="field">
        <label for=${id}>${label}</label>${problems.help}${problems.message}
        <select
          id=${id}
          data-path=${pathAttr(path)}
          .value=${text}
          aria-describedby=${problems.describedBy ?? nothing}
          aria-invalid=${problems.invalid ?? nothing}
          ?disabled=${!editable}
        >
          ${
            field.text && !field.options?.includes(text)
              ? html`<option value="" ?selected=${text === ''}>—</option>`
              : nothing
          }
          ${(field.options ?? []).map(
            (option) =>
              html`<option value=${option} ?selected=${option === value}>
                ${optionLabel(field, option, ctx.locale, ctx.reader)}
              </option>`,
          )}
        </select>
      </div>`;
    case 'checklist': {
      const chosen = Array.isArray(value) ? (value as unknown[]) : [];
      return html`<fieldset
        class="field checklist"
        aria-describedby=${problems.describedBy ?? nothing}
      >
        <legend>${label}</legend>
        ${problems.help}${problems.message}
        ${(field.options ?? []).map(
          (option) =>
            html`<div class="checkbox">
              <input
                type="checkbox"
                id=${`${id}-${option}`}
                data-path=${pathAttr(path)}
                data-option=${option}
                .checked=${chosen.includes(option)}
                ?disabled=${!editable}
              />
              <label for=${`${id}-${option}`}
                >${optionLabel(field, option, ctx.locale, ctx.reader)}</label
              >
            </div>`,
        )}
      </fieldset>`;
    }
    case 'answer':
      return html`<fieldset class="answer">
        <legend id=${`q-${id}`}>${label}</legend>
        ${
          field.subFields
            ? field.subFields.map((sub) => renderField(sub, [...path, ...sub.path], ctx))
            : renderAnswerText([...path, 'text'], label, `q-${id}`, ctx)
        }
        ${renderField({ label: 'answer.done', path: ['done'], kind: 'checkbox' }, [...path, 'done'], ctx)}
      </fieldset>`;
    default: {
      const type = field.kind === 'email' ? 'email' : field.kind === 'date' ? 'date' : 'text';
      return html`<div class="field">
        <label for=${id}>${label}</label>${problems.help}${problems.message}
        <input
          id=${id}
          type=${type}
          data-path=${pathAttr(path)}
          maxlength=${field.maxLength ?? MAX_TEXT_LENGTH}
          autocomplete=${autocompleteFor(path, ctx) ?? nothing}
          aria-describedby=${problems.describedBy ?? nothing}
          aria-invalid=${problems.invalid ?? nothing}
          .value=${textValue(text)}
          ?readonly=${!editable}
        />
      </div>`;
    }
  }
}

/** A list longer than this shows only its latest items until the person asks for all. */
const LONG_LIST = 25;
const LATEST = 20;

/**
 * Which items of a list to render: all of a short list, else the latest ones
 * (logbooks and activities grow at the end) and any item with a problem to
 * fix, so that the error summary's links always find their field.
 */
function windowOf(list: ListSpec, length: number, ctx: FieldContext): number[] {
  const from = (start: number) =>
    Array.from({ length: length - start }, (_, index) => start + index);
  if (!ctx.expandedLists || length <= LONG_LIST || ctx.expandedLists.has(formatPath(list.path))) {
    return from(0);
  }
  const withIssues = ctx.state.issues
    .filter((issue) => list.path.every((segment, at) => issue.path[at] === segment))
    .map((issue) => issue.path[list.path.length])
    .filter((at): at is number => typeof at === 'number' && at < length - LATEST);
  return [...new Set(withIssues)].sort((a, b) => a - b).concat(from(length - LATEST));
}

/** For a long list: how much is shown, and the button that shows all of it or the latest again. */
function renderWindowNote(
  list: ListSpec,
  length: number,
  shown: readonly number[],
  ctx: FieldContext,
) {
  if (!ctx.expandedLists || length <= LONG_LIST) return nothing;
  const total = numberFormat(ctx.locale).format(length);
  const whole = shown.length === length;
  return html`<p class="list-window">
    ${
      whole
        ? nothing
        : msg(str`Showing the latest ${shown.length} of ${total}.`, {
            id: 'list.window',
            desc: 'A long list shows only its latest items',
          })
    }
    <button type="button" class="secondary" data-expand=${formatPath(list.path)}>
      ${
        whole
          ? msg(str`Show only the latest ${LATEST}`, {
              id: 'list.showLatest',
              desc: 'Button under a long list: show only its latest items again',
            })
          : msg(str`Show all ${total}`, {
              id: 'list.showAll',
              desc: 'Button under a long list: show every item',
            })
      }
    </button>
  </p>`;
}

/** Extra content under one list item, such as an amendment's confirmations. */
export type ItemExtras = (list: ListSpec, item: { id: string }, index: number) => unknown;

/** Who wrote an item that carries its author (a logbook entry): their name, or "Part A" or "The supervisor". */
function authorOf(item: object, ctx: FieldContext): string | undefined {
  const author = (item as { author?: unknown }).author;
  const { supervisor } = ctx.state.contract;
  if (author === 'supervisor') return supervisor.name.trim() || labelFor('perspective.supervisor');
  if (author !== 'a' && author !== 'b') return undefined;
  return personName(`party-${author}`, ctx.reader.names);
}

/**
 * A logbook entry is asked of its author ("what did you learn?"); read by
 * anyone else it says whose learning it was. The supervisor's entries are
 * their input to the pair.
 */
function labelInItem(field: FieldSpec, item: object, ctx: FieldContext): string | undefined {
  if (field.label !== 'logEntry.text') return undefined;
  const author = (item as { author?: unknown }).author;
  const { role, party } = parsePerspective(ctx.state.perspective);
  // The supervisor's entries are their input to the pair; its legend names them.
  if (author === 'supervisor') {
    return supervisorsEntryLabel();
  }
  if (role === 'party' && author === party) return undefined;
  const name = authorOf(item, ctx);
  return name ? otherAuthorsEntryLabel(name) : undefined;
}

/** Said after an item's number: who wrote it (a logbook entry), or which leader set it (a goal). */
function itemNote(list: ListSpec, item: object, ctx: FieldContext): string {
  const author = authorOf(item, ctx);
  if (author) return ` · ${capitalised(author)}`;
  if ((item as { preset?: unknown }).preset !== true) return '';
  const leader = personName(list.path[1] === 'b' ? 'leader-b' : 'leader-a', ctx.reader.names);
  return ` · ${msg(str`set by ${leader}`, { id: 'goal.preset', desc: 'After “Goal 1”: a goal the party’s leader set in advance (formal mode); the leader’s name (or “the leader of Part A”) follows' })}`;
}

/**
 * A list the users add to and remove from: goals, activities, meetings,
 * logbook entries; and a list inside an item, a goal's sub-goals, whose path
 * in the spec is relative to the item and is made whole here.
 */
export function renderList(list: ListSpec, ctx: FieldContext, extras?: ItemExtras): TemplateResult {
  const items =
    (getAtPath(ctx.state.contract, list.path) as Array<{ id: string }> | undefined) ?? [];
  const itemName = labelFor(list.itemLabel);
  const listEditable = ctx.editable(list.path);
  const listName = labelFor(list.label, ctx.reader);
  const problems = renderNotes(list.path, listName, ctx);
  const shown = windowOf(list, items.length, ctx);
  return html`<div class="list">
    ${problems.message} ${renderWindowNote(list, items.length, shown, ctx)}
    ${
      items.length === 0 && !listEditable
        ? html`<p class="empty">
            ${msg(str`${listName}: none yet.`, { id: 'list.empty', desc: 'A list with no items, after its name (“Sub-goals: none yet.”)' })}
          </p>`
        : nothing
    }
    ${repeat(
      shown,
      (index) => items[index]!.id,
      (index) => {
        const item = items[index]!;
        return html`<fieldset class="item">
          <legend>${itemName} ${index + 1}${itemNote(list, item, ctx)}</legend>
          ${list.itemFields.map((field) =>
            isListSpec(field)
              ? renderList({ ...field, path: [...list.path, index, ...field.path] }, ctx)
              : renderField(
                  field,
                  [...list.path, index, ...field.path],
                  ctx,
                  labelInItem(field, item, ctx),
                ),
          )}
          ${extras?.(list, item, index) ?? nothing}
          ${
            listEditable && ctx.editable([...list.path, index]) && list.userAddable !== false
              ? html`<button
                  type="button"
                  class="secondary"
                  data-remove=${pathAttr(list.path)}
                  data-item-id=${item.id}
                >
                  ${msg(str`Remove ${itemName.toLowerCase()} ${index + 1}`, {
                    id: 'list.remove',
                    desc: 'Button that removes one item from a list, e.g. “Remove goal 2”',
                  })}
                </button>`
              : nothing
          }
        </fieldset>`;
      },
    )}
    ${
      listEditable && list.userAddable !== false
        ? html`<button
            type="button"
            id=${addButtonId(list.path)}
            data-add=${pathAttr(list.path)}
            aria-describedby=${problems.describedBy ?? nothing}
          >
            ${msg(str`Add ${itemName.toLowerCase()}`, {
              id: 'list.add',
              desc: 'Button that adds an item to a list, e.g. “Add goal”',
            })}
          </button>`
        : nothing
    }
  </div>`;
}

/** A group of fields, under its own heading where it has one. */
export function renderGroup(
  group: GroupSpec,
  ctx: FieldContext,
  extras?: ItemExtras,
): TemplateResult {
  const fields = group.fields.map((field) =>
    isListSpec(field) ? renderList(field, ctx, extras) : renderField(field, field.path, ctx),
  );
  return group.label === null
    ? html`${fields}`
    : html`<fieldset class="group">
        <legend>${labelFor(group.label, ctx.reader)}</legend>
        ${fields}
      </fieldset>`;
}
