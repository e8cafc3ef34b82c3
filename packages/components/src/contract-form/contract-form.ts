import {
  actionBlockers,
  sectionsInView,
  type ListSpec,
  type SectionView,
} from '@kollegalaering/core';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { labelFor } from '../i18n/field-labels.js';
import { sectionLabel } from '../i18n/localised-text.js';
import { namesJoined } from '../i18n/names-joined.js';
import { personName } from '../i18n/party-names.js';
import { msg, str } from '../i18n/msg.js';
import { fieldContext, type FieldContext } from '../shared/field-context.js';
import { fieldName } from '../shared/field-names.js';
import { editFromListClick } from '../shared/field-events.js';
import { FocusAfterRender } from '../shared/focus-after-render.js';
import { renderGroup } from '../shared/render-fields.js';
import { ContractElement } from '../shared/contract-element.js';
import { renderConfigError } from '../shared/config-error.js';
import { styles } from './contract-form.styles.js';
import { renderErrorSummary } from './error-summary.js';

/**
 * The sections of a learning contract as a form, under a municipality's
 * section configuration, as far as the process has come: the sections people
 * work on now are open, settled ones are folded away, and the evaluations
 * appear as checklists when the process reaches them. After a refused attempt
 * to move on, an error summary at the top takes focus and links to each field,
 * and each field shows its message.
 *
 * @summary The contract's sections as an accessible form.
 *
 * @tagname contract-form
 *
 * @fires contract-change - On its own, after each edit. Inside `<learning-contract>`, that element fires it.
 *
 * @csspart error-summary - The box listing what stops the contract from moving on.
 * @csspart progress - An evaluation's "3 of 5 answered" line (`<evaluation-checklist>`'s `progress`).
 * @csspart conflict - Inside `<learning-contract>`, at a field two people changed in the same words: both texts and the choice.
 * @csspart refused - Inside `<learning-contract>`, at a field: a change that could not be saved, why, and the text to copy.
 *
 * @cssprop --lc-color-primary - Headings and buttons. Default: #0a4f8c.
 * @cssprop --lc-color-error - Error messages. Default: #b00020.
 * @cssprop --lc-space - Spacing unit. Default: 1rem.
 */
export class ContractFormElement extends ContractElement {
  static override styles = styles;

  /** Long lists shown whole, by path: the rest show their latest items (see render-fields). */
  @state() private expandedLists: ReadonlySet<string> = new Set();

  private readonly focusAfterRender = new FocusAfterRender(this);
  private shownRefusal: unknown;
  /** What had focus as a render began: a colleague's step may fold its section away. */
  private writingIn: Element | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.writingIn = (this.renderRoot as ShadowRoot).activeElement;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.binding.state?.keepWriting?.(this.renderRoot as ShadowRoot, this.writingIn);
    // A new refusal: the summary takes focus, once; not while its issues clear as fields are fixed.
    const state = this.binding.state;
    const refusal = state?.refusal ?? state?.issues;
    if (state && refusal !== this.shownRefusal && state.issues.length > 0) {
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
    this.shownRefusal = refusal;
  }

  private renderAmendmentExtras =
    (ctx: FieldContext) => (list: ListSpec, item: { id: string }, index: number) => {
      if (!list.confirmed) return nothing;
      const amendment = ctx.state.contract.amendments[index];
      if (!amendment) return nothing;
      const names = amendment.fields.map(
        (dotted) =>
          fieldName(
            ctx.state.sections,
            dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
            ctx.locale,
            ctx.reader,
          ) ?? dotted,
      );
      const confirmedBy = namesJoined(
        amendment.agreedBy.map((who) => personName(who, ctx.reader.names)),
        'and',
      );
      const mayConfirm =
        !ctx.state.readonly &&
        !amendment.agreedBy.includes(ctx.state.perspective) &&
        actionBlockers(ctx.state.contract, ctx.state.perspective, 'confirm-amendment').length === 0;
      return html`<p class="amendment-fields">
          ${msg(str`Changed: ${names.join(', ')}`, { id: 'amendment.fields', desc: 'Which fields an amendment changed' })}
        </p>
        <p class="confirmations">
          ${
            confirmedBy
              ? msg(str`Confirmed by ${confirmedBy}`, {
                  id: 'amendment.confirmedBy',
                  desc: 'Who confirmed an amendment, by name (or Part A): “Confirmed by Jonas Holm and Mette Larsen”',
                })
              : msg('Not confirmed by anyone yet.', {
                  id: 'amendment.unconfirmed',
                  desc: 'No one confirmed an amendment',
                })
          }
        </p>
        ${
          mayConfirm
            ? html`<button type="button" data-confirm=${item.id}>
                ${msg(str`Confirm change ${index + 1}`, { id: 'amendment.confirm', desc: 'Button: confirm an amendment' })}
              </button>`
            : nothing
        }`;
    };

  private renderSection(view: SectionView, ctx: FieldContext) {
    const { section } = view;
    const heading = sectionLabel(section, ctx.locale, ctx.reader);
    const body =
      section.shownAs === 'joint-evaluation'
        ? html`<evaluation-checklist kind="joint" exportparts="progress"></evaluation-checklist>`
        : section.shownAs === 'leader-evaluation'
          ? view.groups.map(
              (group) =>
                html`<fieldset class="group">
                  <legend>${labelFor(group.label ?? '', ctx.reader)}</legend>
                  <evaluation-checklist
                    kind="leader"
                    party=${group.owner}
                    exportparts="progress"
                  ></evaluation-checklist>
                </fieldset>`,
            )
          : // A form of its own per group: at each keystroke the browser's autofill looks
            // over every control of the field's form, so that is one group's, not the contract's.
            view.groups.map(
              (group) =>
                html`<form novalidate>
                  ${renderGroup(group, ctx, this.renderAmendmentExtras(ctx))}
                </form>`,
            );
    const headingId = `h-${section.id}`;
    // The organisation's own guide for the section; the configuration allows https: only.
    const help = section.helpUrl
      ? html`<p class="help-link">
          <a href=${section.helpUrl} target="_blank" rel="noopener noreferrer"
            >${msg(str`Read more about “${heading}” (opens in a new window)`, {
              id: 'section.helpLink',
              desc: 'Link to the organisation’s own guide for a section',
            })}</a
          >
        </p>`
      : nothing;
    return view.active
      ? html`<section aria-labelledby=${headingId}>
          <h3 id=${headingId}>${heading}</h3>
          ${help} ${body}
        </section>`
      : html`<details class="folded">
          <summary>${heading}</summary>
          ${help} ${body}
        </details>`;
  }

  protected override render() {
    if (!this.binding.provided && this.binding.configIssues.length > 0) {
      return renderConfigError(this.binding.configIssues);
    }
    const state = this.binding.state;
    if (!state) return nothing;
    const ctx = fieldContext(state, this.localization.locale, this.expandedLists);
    const views = sectionsInView(state.contract, state.perspective, state.sections, state.rules);
    // One listener for the summary's links and the forms' buttons alike, and one for every field.
    return html`<div
      @click=${this.onClick}
      @input=${this.binding.onInput}
      @change=${this.binding.onInput}
      @submit=${(event: Event) => event.preventDefault()}
    >
      ${renderErrorSummary(state.issues, state.sections, ctx.locale, ctx.editable, state.refused, ctx.reader)}
      ${views.map((view) => this.renderSection(view, ctx))}
    </div>`;
  }

  private readonly onClick = (event: Event) => {
    const state = this.binding.state;
    if (!state) return;
    const target = event.target as Element;
    const expand = target.closest<HTMLButtonElement>('button[data-expand]')?.dataset['expand'];
    if (expand !== undefined) {
      const lists = new Set(this.expandedLists);
      if (!lists.delete(expand)) lists.add(expand);
      this.expandedLists = lists;
      return;
    }
    const link = target.closest<HTMLAnchorElement>('.error-summary a');
    if (link) {
      // In a shadow root a fragment link goes nowhere by itself: move focus to the field.
      event.preventDefault();
      this.focusControl(link.getAttribute('href')?.slice(1) ?? '');
      return;
    }
    const confirm = target.closest<HTMLButtonElement>('button[data-confirm]');
    if (confirm) {
      void state.act('confirm-amendment', { amendmentId: confirm.dataset['confirm'] ?? '' });
      return;
    }
    this.focusAfterRender.request(editFromListClick(event, state));
  };

  /** Focuses a control by id here, or inside one of the evaluation checklists. */
  private focusControl(id: string): void {
    const roots = [
      this.renderRoot,
      ...Array.from(
        this.renderRoot.querySelectorAll('evaluation-checklist'),
        (el) => el.shadowRoot,
      ),
    ];
    for (const root of roots) {
      const control = root?.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      if (!control) continue;
      control.closest('details')?.setAttribute('open', '');
      control.focus();
      control.scrollIntoView({ block: 'center' });
      return;
    }
  }
}
