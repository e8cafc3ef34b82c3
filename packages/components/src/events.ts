import {
  STORAGE_ERROR_CODES,
  type LearningContract,
  type Perspective,
  type ProcessState,
} from '@kollegalaering/core';

/**
 * A copy of the contract made when a listener first reads it: a host that
 * does not look pays nothing, which matters on every keystroke in a long
 * contract. Each event has its own copy, so a listener cannot change ours.
 */
const copyOnRead = (contract: LearningContract) => {
  let copy: LearningContract | undefined;
  return () => (copy ??= structuredClone(contract));
};

/** Fired after each edit a user makes; not when the `contract` property is set. */
export class ContractChangeEvent extends CustomEvent<{ readonly contract: LearningContract }> {
  static readonly eventName = 'contract-change';
  constructor(contract: LearningContract) {
    const read = copyOnRead(contract);
    super(ContractChangeEvent.eventName, {
      detail: {
        get contract() {
          return read();
        },
      },
      bubbles: true,
      composed: true,
    });
  }
}

/** Fired after the contract was saved to storage. */
export class ContractSaveEvent extends CustomEvent<{ contract: LearningContract; savedAt: Date }> {
  static readonly eventName = 'contract-save';
  constructor(contract: LearningContract, savedAt: Date) {
    super(ContractSaveEvent.eventName, {
      detail: { contract, savedAt },
      bubbles: true,
      composed: true,
    });
  }
}

/** Fired after the contract was deleted from storage. Carries only its id. */
export class ContractDeleteEvent extends CustomEvent<{ id: string }> {
  static readonly eventName = 'contract-delete';
  constructor(id: string) {
    super(ContractDeleteEvent.eventName, { detail: { id }, bubbles: true, composed: true });
  }
}

/**
 * Every `detail.code` a `contract-error` can carry: storage's own codes, the
 * page's mistakes, a refused edit or contract, and the reasons a file could
 * not be imported. A closed set, so a host can handle each one.
 */
export const CONTRACT_ERROR_CODES = [
  ...STORAGE_ERROR_CODES,
  'unknown-storage',
  'missing-endpoint',
  'missing-contract-id',
  'unknown-perspective',
  'unsupported-lang',
  'edit-refused',
  'invalid-contract',
  'cannot-list',
  'too-large',
  'not-json',
  'not-a-contract',
] as const;
export type ContractErrorCode = (typeof CONTRACT_ERROR_CODES)[number];

/** Fired when a contract could not be loaded, saved or accepted. `code` is stable. */
export class ContractErrorEvent extends CustomEvent<{ code: ContractErrorCode; detail?: string }> {
  static readonly eventName = 'contract-error';
  constructor(code: ContractErrorCode, detail?: string) {
    super(ContractErrorEvent.eventName, {
      detail: detail === undefined ? { code } : { code, detail },
      bubbles: true,
      composed: true,
    });
  }
}

/** Fired when the contract moved to another step of the process. */
export class StepChangeEvent extends CustomEvent<{
  from: ProcessState;
  to: ProcessState;
  contract: LearningContract;
}> {
  static readonly eventName = 'step-change';
  constructor(from: ProcessState, contract: LearningContract) {
    super(StepChangeEvent.eventName, {
      detail: { from, to: contract.process.state, contract },
      bubbles: true,
      composed: true,
    });
  }
}

/**
 * Fired by `<contract-list>` when a person opens a contract (or has just
 * started one). Cancelable: a host that shows the contract itself calls
 * `preventDefault()`, and a link given by `href` is then not followed.
 */
export class ContractOpenEvent extends CustomEvent<{ id: string; perspective: Perspective }> {
  static readonly eventName = 'contract-open';
  constructor(id: string, perspective: Perspective) {
    super(ContractOpenEvent.eventName, {
      detail: { id, perspective },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'contract-open': ContractOpenEvent;
    'contract-change': ContractChangeEvent;
    'contract-save': ContractSaveEvent;
    'contract-delete': ContractDeleteEvent;
    'contract-error': ContractErrorEvent;
    'step-change': StepChangeEvent;
  }
}
