import {
  applyEditOrAction,
  ok,
  type EditOrAction,
  type ContractRules,
  type LearningContract,
  type Perspective,
  type Result,
} from '@kollegalaering/core';
import { ContractChangeEvent, ContractErrorEvent, StepChangeEvent } from '../events.js';

/**
 * The one path in the browser from a person's change to a new contract, for
 * <learning-contract> and for the elements used on their own: core's
 * `applyEditOrAction` (which the reference server's `applyChange` uses for the
 * same edits and actions) decides, the element stores the new contract, and the page hears of
 * it (`contract-change`, and `step-change` when the step moved). A refused
 * edit fires `contract-error` `edit-refused`; a refused action returns its
 * issues for the element to show.
 */
export class ContractChanges {
  constructor(
    private readonly host: EventTarget,
    /** Keeps the new contract: the element's session, or its `contract` property. */
    private readonly store: (next: LearningContract) => void,
  ) {}

  change(
    contract: LearningContract,
    perspective: Perspective,
    change: EditOrAction,
    rules: ContractRules | undefined,
  ): Result<LearningContract> {
    const result = applyEditOrAction(contract, perspective, change, rules ? { rules } : {});
    if (!result.ok) {
      if ('edit' in change) {
        this.host.dispatchEvent(new ContractErrorEvent('edit-refused', result.issues[0]?.code));
      }
      return result;
    }
    this.took(contract, result.value.contract);
    return ok(result.value.contract);
  }

  /** A new contract that core made elsewhere (an imported file): kept, and announced. */
  took(before: LearningContract, after: LearningContract): void {
    this.store(after);
    this.announce(before, after);
  }

  /** Tells the page of a new contract: one a server made is already stored when it arrives. */
  announce(before: LearningContract, after: LearningContract): void {
    this.host.dispatchEvent(new ContractChangeEvent(after));
    if (after.process.state !== before.process.state) {
      this.host.dispatchEvent(new StepChangeEvent(before.process.state, structuredClone(after)));
    }
  }
}
