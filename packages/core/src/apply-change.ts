import { applyEdit } from './apply-edit.js';
import type { Edit } from './paths.js';
import { applyWrite, type WriteOptions } from './apply-write.js';
import type { Perspective } from './constants.js';
import type { FieldPath } from './paths.js';
import { performAction, type Action, type ProcessOptions } from './process.js';
import { ok, type Result } from './result.js';
import { withRetention } from './retention.js';
import { BUILT_IN_RULES } from './contract-rules.js';
import type { LearningContract } from './schema/contract-schema.js';

/** One edit (a field typed in a browser) or one action of the process. */
export type EditOrAction =
  { edit: Edit } | { action: Action; comment?: string; amendmentId?: string };

/** A person's change to a contract: an edit, an action, or a whole write (a view sent back to a server). */
export type ContractChange = EditOrAction | { write: unknown };

export type ChangeOptions = WriteOptions & ProcessOptions;

/** A contract that changed gets its retention date from the organisation's setting. */
const dated = (
  result: Result<{ contract: LearningContract; changed: FieldPath[] }>,
  options: ChangeOptions,
): Result<{ contract: LearningContract; changed: FieldPath[] }> =>
  result.ok
    ? ok({
        ...result.value,
        contract: withRetention(result.value.contract, options.rules ?? BUILT_IN_RULES),
      })
    : result;

/**
 * The one path from an edit or an action to a new contract, for the elements
 * and the reference server alike: core's rules decide whether this person may
 * make it now (`applyEdit`, `performAction`). Returns the new contract and the
 * paths the change touched (none for an action), or the issues that refused
 * it; the input is never changed. A browser needs only this: its page never
 * carries the merge of whole writes (`applyChange`).
 */
export function applyEditOrAction(
  contract: LearningContract,
  perspective: Perspective,
  change: EditOrAction,
  options: ChangeOptions = {},
): Result<{ contract: LearningContract; changed: FieldPath[] }> {
  if ('edit' in change) {
    const edited = applyEdit(contract, perspective, change.edit, options);
    return dated(
      edited.ok ? ok({ contract: edited.value, changed: [change.edit.path] }) : edited,
      options,
    );
  }
  const { action, ...extra } = change;
  const acted = performAction(contract, perspective, action, { ...options, ...extra });
  return dated(acted.ok ? ok({ contract: acted.value, changed: [] }) : acted, options);
}

/**
 * Any change a person makes, as the reference server takes it: an edit or an
 * action through `applyEditOrAction`, or a whole write (a person's view sent
 * back) merged field by field through the same rules (`applyWrite`).
 */
export function applyChange(
  contract: LearningContract,
  perspective: Perspective,
  change: ContractChange,
  options: ChangeOptions = {},
): Result<{ contract: LearningContract; changed: FieldPath[] }> {
  if (!('write' in change)) return applyEditOrAction(contract, perspective, change, options);
  const result = applyWrite(contract, perspective, change.write, options);
  // A view sent back unchanged is no change: the contract stays as stored.
  if (result.ok && result.value.changed.length === 0) return result;
  return dated(result, options);
}
