import { createContext } from '@lit/context';
import type { FieldContext } from '../shared/field-context.js';
import type {
  Action,
  ContractRules,
  Edit,
  FieldConflict,
  FieldPath,
  ResolvedSections,
  Issue,
  RefusedEdit,
  LearningContract,
  Perspective,
  SectionSpec,
} from '@kollegalaering/core';

/** Options some actions take: a leader's comment, which amendment to confirm. */
export interface ActionOptions {
  comment?: string;
  amendmentId?: string;
}

/**
 * What the elements share: the contract, who is looking at it, the configured
 * sections and rules, the issues of the last refused action, and the two ways
 * back to the model: an edit, or an action such as approve or move on.
 */
export interface ContractState {
  contract: LearningContract;
  perspective: Perspective;
  readonly: boolean;
  sections: readonly SectionSpec[];
  rules: ContractRules;
  /** The organisation's introduction to the method, where it configured one (step 1 is then used). */
  introduction?: ResolvedSections['introduction'];
  issues: readonly Issue[];
  /** The action `issues` refused, for the summary's heading. */
  refused?: Action;
  /**
   * Counts refusals, so that a new one (even with the same issues) takes
   * focus and issues that clear as fields are fixed do not.
   */
  refusal?: number;
  /** Fields both this person and a colleague changed in the same words: stored is theirs, for the person to settle. */
  conflicts?: readonly FieldConflict[];
  /** The person's changes that could not be saved, kept to copy. */
  refusedEdits?: readonly RefusedEdit[];
  /** Whether others write the same stored contract (a server), or only this person's other windows. */
  shared?: boolean;
  /** Settles a conflict at a field: the value to put there (the person's text, or both), or none to keep the stored one. */
  settle?: (path: FieldPath, value?: unknown) => void;
  /** Shows what the person must know at a field (a change not saved, a conflict), once the part that does has arrived (few pages ever need it). */
  renderAtField?: (path: FieldPath, ctx: FieldContext) => unknown;
  /** After a render: the field written in before it, focused again if the render replaced it (see colleague-changes). */
  keepWriting?: (root: ShadowRoot, was: Element | null) => void;
  /** The person has read a change that was not saved. */
  dismiss?: (refused: RefusedEdit) => void;
  /** Applies a person's edit; false when core refused it (nothing changed). */
  /** `typedOn`: the text a typed value was typed on, where the screen may lag behind the contract. */
  edit: (edit: Edit, typedOn?: string) => boolean;
  /** Resolves to whether the action was taken (refused: `issues` says why). */
  act: (action: Action, options?: ActionOptions) => Promise<boolean>;
}

/**
 * Provided by <learning-contract>, consumed by the elements inside it. A symbol,
 * so two copies of the library on one page never share state by accident.
 */
export const contractContext = createContext<ContractState | undefined>(
  Symbol('kollegalaering-contract'),
);
