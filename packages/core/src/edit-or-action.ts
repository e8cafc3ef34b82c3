/**
 * The browser's path from a change to a new contract: one edit (a field typed
 * in) or one action of the process, each through core's rules, and the
 * retention date after it. A whole write (a view sent back) is the server's,
 * in view-write.ts, so that a page never carries it.
 */
import { applyEdit, type EditOptions } from './field-edit.js';
import type { Perspective } from './constants.js';
import { BUILT_IN_RULES } from './contract-rules.js';
import type { Edit, FieldPath } from './paths.js';
import { performAction, type Action, type ProcessOptions } from './process.js';
import { ok, type Result } from './result.js';
import { withRetention } from './retention.js';
import type { LearningContract } from './schema/contract-schema.js';

/** One edit (a field typed in a browser) or one action of the process. */
export type EditOrAction =
  { edit: Edit } | { action: Action; comment?: string; amendmentId?: string };

/** A contract that changed gets its retention date from the organisation's setting. */
export const dated = (
  result: Result<{ contract: LearningContract; changed: FieldPath[] }>,
  options: EditOptions,
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
  options: EditOptions & ProcessOptions = {},
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
