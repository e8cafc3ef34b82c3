import type { Perspective } from './constants.js';
import { applyEdit, type Edit, type EditOptions } from './apply-edit.js';
import type { FieldPath } from './edit.js';
import { migrate } from './migrate.js';
import { fail, issue, ok, type Result } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';

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

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a party's own copy leaves out (the other party's private parts) is
 * taken from the current contract, so that the copy reads as a whole contract.
 */
function fillMissing(incoming: unknown, current: unknown): unknown {
  if (!isPlainObject(incoming) || !isPlainObject(current)) return incoming;
  const filled: Record<string, unknown> = { ...incoming };
  for (const [key, value] of Object.entries(current)) {
    filled[key] = key in incoming ? fillMissing(incoming[key], value) : value;
  }
  return filled;
}

const hasId = (value: unknown): value is { id: string } =>
  isPlainObject(value) && typeof value['id'] === 'string';

/** The edits that turn `current` into `incoming`, field by field and list item by list item. */
function editsBetween(current: unknown, incoming: unknown, path: FieldPath): Edit[] {
  if (
    Array.isArray(current) &&
    Array.isArray(incoming) &&
    current.every(hasId) &&
    incoming.every(hasId)
  ) {
    const ids = new Set(incoming.map((item) => item.id));
    const kept = current.filter((item) => ids.has(item.id));
    // Removals come first, so the items that stay are addressed by their index after them.
    const edits: Edit[] = current
      .filter((item) => !ids.has(item.id))
      .map((item) => ({ op: 'remove', path, id: item.id }));
    for (const item of incoming) {
      const index = kept.findIndex((old) => old.id === item.id);
      edits.push(
        ...(index === -1
          ? [{ op: 'append' as const, path, item }]
          : editsBetween(kept[index], item, [...path, index])),
      );
    }
    return edits;
  }
  if (isPlainObject(current) && isPlainObject(incoming)) {
    return Object.keys({ ...current, ...incoming }).flatMap((key) =>
      key in incoming ? editsBetween(current[key], incoming[key], [...path, key]) : [],
    );
  }
  return JSON.stringify(current) === JSON.stringify(incoming)
    ? []
    : [{ op: 'set', path, value: incoming }];
}

/**
 * Reads a contract from an exported file (the whole contract, or a party's
 * own copy) into the current one. The file is checked and migrated first: a
 * file that is not a contract changes nothing. Then each difference goes
 * through the same rules as typing, so a file cannot do what its holder could
 * not: another person's parts, approvals and the step are left as they are.
 */
export function importContract(
  current: LearningContract,
  text: string,
  perspective: Perspective,
  options: EditOptions = {},
): Result<Imported> {
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

  let contract = current;
  let applied = 0;
  let refused = 0;
  const skip = new Set(['id', 'revision', 'updatedAt', 'createdAt', 'schemaVersion']);
  for (const edit of editsBetween(current, incoming, [])) {
    if (skip.has(String(edit.path[0]))) continue;
    const result = applyEdit(contract, perspective, edit, options);
    if (result.ok) {
      contract = result.value;
      applied++;
    } else refused++;
  }
  return ok({ contract, applied, refused });
}
