import type { Perspective } from './constants.js';
import type { EditOptions } from './field-edit.js';
import { applyViewEdits } from './view-write.js';
import { fillMissing, isPlainObject } from './contract-diff.js';
import { migrate } from './migrate.js';
import { fail, issue, ok, type Result } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';
import { viewFor } from './visibility.js';
import { mayReadFileIn } from './whole-contract.js';

/** The largest file accepted for import: a contract is text, far below this. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface Imported {
  /** The current contract with the file's changes that this person may make. */
  contract: LearningContract;
  /** How many changes were made. */
  applied: number;
  /** Changes in the file this person may not make (another person's part, a settled step): left out. */
  refused: number;
}

/**
 * Reads a contract from an exported file (the whole contract, or a party's
 * own copy) into the current one. The file is checked and migrated first: a
 * file that is not a contract changes nothing. Then each difference goes
 * through the same rules as typing, so a file cannot do what its holder could
 * not: another person's parts, approvals and the step are left as they are.
 * Only the parties read files in (mayReadFileIn): anyone else is refused with `not-allowed`.
 */
export function importContract(
  current: LearningContract,
  text: string,
  perspective: Perspective,
  options: EditOptions = {},
): Result<Imported> {
  if (!mayReadFileIn(perspective)) return fail([issue([], 'not-allowed', { perspective })]);
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return fail([issue([], 'too-large', { max: MAX_IMPORT_BYTES })]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail([issue([], 'not-json')]);
  }
  // Every export, a party's own copy too, holds the version and the parties.
  if (!isPlainObject(data) || !('schemaVersion' in data) || !isPlainObject(data['parties'])) {
    return fail([issue([], 'not-a-contract')]);
  }
  const { copyFor: _copyFor, ...document } = data;
  const migrated = migrate(fillMissing(document, current));
  if (!migrated.ok) return migrated;
  const incoming = { ...migrated.value.contract, id: current.id, revision: current.revision };

  // The same path as a write to the server: only what this person sees and may change.
  const sent = viewFor(incoming, perspective, options.rules?.customOwners) as Record<
    string,
    unknown
  >;
  const { contract, changed, refused } = applyViewEdits(current, perspective, sent, options);
  return ok({ contract, applied: changed.length, refused: refused.length });
}
