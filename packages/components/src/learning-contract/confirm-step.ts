import {
  actionBlockers,
  type Action,
  type ContractRules,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import type { LitElement } from 'lit';

/**
 * Steps that cannot be undone: ending the learning (when it is due, or early
 * by agreement), leaving the evaluation, and a leader's confirmation of the
 * closing conversation (the second completes the contract).
 */
const cannotBeUndone = (action: Action, contract: LearningContract): boolean =>
  action === 'end-early' ||
  action === 'confirm-closing' ||
  (action === 'advance' && ['learning', 'evaluation'].includes(contract.process.state));

/**
 * Asks in plain words before a step that cannot be undone (the question is in
 * turn-part.ts). While it asks, the question stands in for the action buttons:
 * its yes is the action's own button, marked `data-confirmed`, its no is
 * `data-action="cancel"`.
 */
export class ConfirmStep {
  /** The action being asked about, if any. */
  asking: Action | undefined;

  constructor(private readonly host: LitElement) {}

  /**
   * Whether to ask before taking `action`: it cannot be undone, and nothing
   * blocks it (a blocked action is taken at once, to say what is missing).
   */
  ask(
    action: Action,
    contract: LearningContract,
    perspective: Perspective,
    rules: ContractRules | undefined,
  ): boolean {
    const asks =
      cannotBeUndone(action, contract) &&
      actionBlockers(contract, perspective, action, rules).length === 0;
    if (asks) this.settle(action, '#confirm-question');
    return asks;
  }

  /**
   * No longer asking: the action was taken or refused, or the person said no
   * (`focus`: back at what they can do).
   */
  settle(asking?: Action, focus = ''): void {
    this.asking = asking;
    this.host.requestUpdate();
    if (focus) {
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus(),
      );
    }
  }
}
