import type { Edit, FieldPath } from './paths.js';

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a party's own copy leaves out (the other party's private parts) is
 * taken from the current contract, so that the copy reads as a whole contract.
 */
export function fillMissing(incoming: unknown, current: unknown): unknown {
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
export function editsBetween(current: unknown, incoming: unknown, path: FieldPath): Edit[] {
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
  // A part missing on one side (a view leaves out a container it sees nothing in, such as
  // `custom` when every field in it is someone else's) is compared as empty, field by field,
  // so that each change is judged at its own path.
  if ((isPlainObject(current) || current === undefined) && isPlainObject(incoming)) {
    const existing = current ?? {};
    return Object.keys({ ...existing, ...incoming }).flatMap((key) =>
      key in incoming ? editsBetween(existing[key], incoming[key], [...path, key]) : [],
    );
  }
  return JSON.stringify(current) === JSON.stringify(incoming)
    ? []
    : [{ op: 'set', path, value: incoming }];
}
