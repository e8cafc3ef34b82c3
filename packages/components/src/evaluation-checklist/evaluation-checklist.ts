import {
  canView,
  evaluationProgress,
  fieldApplies,
  type FieldSpec,
  type Party,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { labelFor } from '../i18n/field-labels.js';
import { namesOf } from '../i18n/party-names.js';
import { msg, str } from '../i18n/msg.js';
import { fieldContext } from '../shared/field-context.js';
import { renderField } from '../shared/render-fields.js';
import { ContractElement } from '../shared/contract-element.js';
import { styles } from './evaluation-checklist.styles.js';

/** Which evaluation: the partners' together, or one party's with their leader. */
export const EVALUATION_KINDS = ['joint', 'leader'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/**
 * An evaluation as a checklist of questions, each answered and marked done,
 * with the progress ("3 af 5 besvaret", counting the answers moving on asks
 * for, as core's evaluationProgress counts them) announced as it changes.
 * `kind="joint"`: the partners' five questions. `kind="leader" party="a"`:
 * party A's evaluation with their leader, which only A and A's leader see.
 *
 * @summary The partners' evaluation, or one party's with their leader.
 *
 * @tagname evaluation-checklist
 *
 * @property readonly - Shows the answers without letting anyone change them.
 * @property config - A section configuration, to relabel the evaluation (see the docs).
 *
 * @fires contract-change - On its own, after each edit. Inside `<learning-contract>`, that element fires it.
 *
 * @csspart progress - The "3 of 5 answered" line.
 *
 * @cssprop --lc-color-primary - Buttons and ticks. Default: #0a4f8c.
 * @cssprop --lc-space - Spacing unit. Default: 1rem.
 */
export class EvaluationChecklistElement extends ContractElement {
  static override styles = styles;

  /** `joint` for the partners' evaluation, `leader` for one party's evaluation with their leader. */
  @property({ reflect: true })
  kind: EvaluationKind = 'joint';

  /** For `kind="leader"`: whose evaluation, `a` or `b`. */
  @property({ reflect: true })
  party: Party = 'a';

  /** The questions and other fields of this evaluation that the perspective may see. */
  private fields(): FieldSpec[] {
    const state = this.binding.state;
    if (!state) return [];
    const shownAs = this.kind === 'joint' ? 'joint-evaluation' : 'leader-evaluation';
    const section = state.sections.find((candidate) => candidate.shownAs === shownAs);
    const groups = (section?.groups ?? []).filter(
      (group) => this.kind === 'joint' || group.owner === this.party,
    );
    return groups
      .flatMap((group) => group.fields)
      .filter((field): field is FieldSpec => field.kind !== 'list')
      .filter(
        (field) =>
          canView(state.perspective, field.path, state.rules.customOwners) &&
          fieldApplies(state.contract, field.path),
      );
  }

  protected override render() {
    const state = this.binding.state;
    if (!state) return nothing;
    const fields = this.fields();
    if (fields.length === 0) {
      return html`<p class="private">
        ${msg(str`This evaluation belongs to ${labelFor(`leaderEvaluation.${this.party}`, { perspective: state.perspective, names: namesOf(state.contract) })}.`, { id: 'checklist.private', desc: 'Shown instead of an evaluation the viewer may not see: the party and their leader, by name (“Mette Larsen and Hanne Berg”) or role' })}
      </p>`;
    }
    const questions = fields.filter((field) => field.kind === 'answer');
    // Answered is what moving on asks for: words in each answer it asks for. The
    // tick says the pair have finished talking it over; it does not count here.
    const under = this.kind === 'joint' ? ['jointEvaluation'] : ['leaderEvaluations', this.party];
    const progress = evaluationProgress(state.contract, state.perspective, under, state.rules);
    const ctx = fieldContext(state, this.localization.locale);
    return html`<div @input=${this.binding.onInput} @change=${this.binding.onInput}>
      ${
        progress
          ? html`<p class="progress" part="progress" role="status">
              ${msg(str`${progress.answered} of ${progress.of} answered`, { id: 'checklist.progress', desc: 'Progress of an evaluation, e.g. “3 of 5 answered”' })}
            </p>`
          : nothing
      }
      <ol>
        ${questions.map((field) => html`<li>${renderField(field, field.path, ctx)}</li>`)}
      </ol>
      ${fields.filter((field) => field.kind !== 'answer').map((field) => renderField(field, field.path, ctx))}
    </div>`;
  }
}
