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

/**
 * A person's change to a contract: one edit (a field typed in a browser), a
 * whole write (a view sent back to a server), or an action of the process.
 */
export type ContractChange =
  { edit: Edit } | { write: unknown } | { action: Action; comment?: string; amendmentId?: string };

export type ChangeOptions = WriteOptions & ProcessOptions;

/**
 * The one path from a person's change to a new contract, for the elements
 * and the reference server alike: core's rules decide whether this person may
 * make it now (`applyEdit`, `applyWrite`, `performAction`), and a contract that
 * changed gets its retention date from the organisation's setting. Returns
 * the new contract and the paths the change touched (none for an action), or
 * the issues that refused it; the input is never changed.
 */
export function applyChange(
  contract: LearningContract,
  perspective: Perspective,
  change: ContractChange,
  options: ChangeOptions = {},
): Result<{ contract: LearningContract; changed: FieldPath[] }> {
  const rules = options.rules ?? BUILT_IN_RULES;
  let result: Result<{ contract: LearningContract; changed: FieldPath[] }>;
  if ('edit' in change) {
    const edited = applyEdit(contract, perspective, change.edit, options);
    result = edited.ok ? ok({ contract: edited.value, changed: [change.edit.path] }) : edited;
  } else if ('write' in change) {
    result = applyWrite(contract, perspective, change.write, options);
    // A view sent back unchanged is no change: the contract stays as stored.
    if (result.ok && result.value.changed.length === 0) return result;
  } else {
    const { action, ...extra } = change;
    const acted = performAction(contract, perspective, action, { ...options, ...extra });
    result = acted.ok ? ok({ contract: acted.value, changed: [] }) : acted;
  }
  if (!result.ok) return result;
  return ok({ ...result.value, contract: withRetention(result.value.contract, rules) });
}
