import { applyChanges } from './apply-changes.js';
import type { EditOptions } from './apply-edit.js';
import { differingPaths } from './compare-contracts.js';
import type { Perspective } from './constants.js';
import { isPlainObject } from './contract-diff.js';
import type { FieldPath } from './paths.js';
import { perspectivesOf } from './membership.js';
import { fail, issue, ok, type Result } from './result.js';
import { LearningContractSchema, type LearningContract } from './schema/contract-schema.js';

export { applyChanges, DERIVED, editsToward, KEEPER_OWNED, type Changes } from './apply-changes.js';

export interface WriteOptions extends EditOptions {
  /**
   * The writer's signed-in email, where a server knows it: a write that
   * would take the writer's own perspective away from them is refused.
   */
  email?: string;
}

/**
 * A person's write, as a server takes it: `sent` is their view of the stored
 * contract with their changes. All or nothing: a write with any change the
 * person may not make is refused whole, with the path and reason of each;
 * nothing else is written. Parts hidden from them stay exactly as stored.
 * On success, `changed` lists the paths that changed (empty: nothing did).
 */
export function applyWrite(
  stored: LearningContract,
  perspective: Perspective,
  sent: unknown,
  { email, ...options }: WriteOptions = {},
): Result<{ contract: LearningContract; changed: FieldPath[] }> {
  if (!isPlainObject(sent)) return fail([issue([], 'not-an-object')]);
  const { contract, changed, refused } = applyChanges(stored, perspective, sent, options);
  if (refused.length > 0) return fail(refused);
  // Values are checked one by one as they are set; a key the schema does not know is caught here.
  const parsed = LearningContractSchema.safeParse(contract);
  if (!parsed.success) return fail([issue([], 'invalid')]);
  const unknown = differingPaths(parsed.data, contract);
  if (unknown.length > 0) return fail(unknown.map((path) => issue(path, 'unexpected-key')));
  if (email !== undefined && !perspectivesOf(contract, email).includes(perspective)) {
    const [field] = changed.filter((path) => path.at(-1) === 'email');
    return fail([issue(field ?? [], 'would-lock-out', { perspective })]);
  }
  return ok({ contract: changed.length > 0 ? contract : stored, changed });
}
