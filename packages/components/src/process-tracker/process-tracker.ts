import {
  advanceBlockers,
  nextState,
  PROCESS_STATES,
  resolveSections,
  STEPS,
  type LearningContract,
  type ResolvedSections,
  type Step,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { issueMessage } from '../i18n/issue-messages.js';
import { namesOf } from '../i18n/party-names.js';
import { signatureItems } from '../shared/signatures.js';
import { msg, str } from '../i18n/msg.js';
import { completedMessage, stepName } from '../i18n/step-names.js';
import { fieldName } from '../shared/field-names.js';
import { ContractElement } from '../shared/contract-element.js';
import { styles } from './process-tracker.styles.js';

/**
 * The five steps of the learning contract as an ordered list: which are done,
 * which is current (`aria-current="step"`), what still blocks the next one,
 * and whether each party has accepted and each leader approved. Step 1 of a
 * contract that started at step 2 (run informally) with no introduction from
 * the organisation is "Not used", not done: nothing happened in it.
 *
 * Inside `<learning-contract>` it follows that contract; on its own, give it a `contract`.
 *
 * @summary Where the learning contract is in its five steps.
 *
 * @tagname process-tracker
 *
 * @property readonly - Shows the state only; the tracker never changes the contract.
 * @property config - A section configuration (see the docs); its required custom fields count as blockers, its introduction makes step 1 used.
 *
 * @csspart list - The ordered list of steps.
 *
 * @cssprop --lc-color-primary - The current step. Default: #0a4f8c.
 * @cssprop --lc-color-text - Text. Default: #1b1b1b.
 * @cssprop --lc-font-family - Font. Default: inherited from the page.
 * @cssprop --lc-space - Spacing unit. Default: 1rem.
 */
export class ProcessTrackerElement extends ContractElement {
  static override styles = styles;

  /** Who accepted and approved, when, and the leaders' comments, for everyone who may read them. */
  private renderApprovals(contract: LearningContract) {
    const perspective = this.binding.state?.perspective ?? this.perspective;
    return html`<ul class="signatures">
      ${signatureItems(contract, perspective, this.localization.locale, undefined, true)}
    </ul>`;
  }

  private renderBlockers(contract: LearningContract) {
    const state = this.binding.state;
    const blockers = advanceBlockers(contract, state?.rules);
    if (blockers.length === 0) return nothing;
    const reader = {
      perspective: state?.perspective ?? this.perspective,
      names: namesOf(contract),
    };
    return html`<details>
      <summary>
        ${msg(str`Cannot start yet – missing: ${blockers.length}`, { id: 'tracker.blocked', desc: 'The next step is blocked; the number of things missing follows' })}
      </summary>
      <ul>
        ${blockers.map(
          (blocker) =>
            html`<li>
              ${issueMessage(blocker, fieldName(state?.sections ?? [], blocker.path, this.localization.locale, reader), reader.names, this.localization.locale)}
            </li>`,
        )}
      </ul>
    </details>`;
  }

  private resolvedConfig:
    { config: unknown; introduction: ResolvedSections['introduction'] } | undefined;

  /**
   * The organisation's introduction: from the shared state where the
   * <learning-contract> around it carries one, else from this element's own `config`.
   */
  private introduction(): ResolvedSections['introduction'] {
    if (this.binding.provided) return this.binding.state?.introduction;
    if (!this.resolvedConfig || this.resolvedConfig.config !== this.config) {
      const resolved = resolveSections(this.config);
      this.resolvedConfig = {
        config: this.config,
        introduction: resolved.ok ? resolved.value.introduction : undefined,
      };
    }
    return this.resolvedConfig.introduction;
  }

  private stepStatus(step: Step, contract: LearningContract) {
    // Run informally, a contract starts at step 2: step 1 is the organisation's
    // introduction, and without one nothing happened in it to call done.
    const unused =
      step === 'introduced' &&
      contract.settings.mode !== 'formal' &&
      this.introduction() === undefined;
    if (unused)
      return {
        kind: 'unused',
        text: msg('Not used', {
          id: 'tracker.unused',
          desc: 'Step 1 (Introduction) when the contract started at step 2 and the organisation gave no introduction: nothing happened in it',
        }),
      };
    const current = contract.process.state;
    const index = PROCESS_STATES.indexOf(step);
    const reached = PROCESS_STATES.indexOf(current);
    if (index < reached)
      return {
        kind: 'done',
        text: msg('Done', { id: 'tracker.done', desc: 'A finished step' }),
      };
    if (index === reached)
      return {
        kind: 'current',
        text: msg('Now', { id: 'tracker.current', desc: 'The current step' }),
      };
    return {
      kind: 'later',
      text: msg('Not reached yet', { id: 'tracker.later', desc: 'A step not reached yet' }),
    };
  }

  protected override render() {
    const contract = this.binding.state?.contract;
    if (!contract) return nothing;
    const next = nextState(contract.process.state);
    return html`<nav
      aria-label=${msg('Steps of the learning contract', { id: 'tracker.label', desc: 'Name of the step list for screen readers' })}
    >
      <ol class="steps" part="list">
        ${STEPS.map((step, index) => {
          const status = this.stepStatus(step, contract);
          return html`<li
            class=${status.kind}
            aria-current=${status.kind === 'current' ? 'step' : nothing}
          >
            <span class="name">${index + 1}. ${stepName(step)}</span>
            <span class="status">${status.text}</span>
            ${step === 'agreement' && status.kind !== 'later' ? this.renderApprovals(contract) : nothing}
            ${step === next ? this.renderBlockers(contract) : nothing}
          </li>`;
        })}
      </ol>
      ${
        contract.process.state === 'completed'
          ? html`<p class="completed">${completedMessage()}</p>`
          : nothing
      }
    </nav>`;
  }
}
