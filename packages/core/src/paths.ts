import type { LearningContract } from './schema/contract-schema.js';

/** A path into a contract: keys for objects, ids (`#id`) or indexes for list items. */
export type FieldPath = ReadonlyArray<string | number>;

/** A change a user makes: set a field, add an item to a list, or remove one. */
export type Edit =
  | { op: 'set'; path: FieldPath; value: unknown }
  | { op: 'append'; path: FieldPath; item: unknown }
  | { op: 'remove'; path: FieldPath; id: string };

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/**
 * The path with each `#id` segment replaced by the index of the list item with
 * that id; null when there is no such item.
 */
export function resolvePath(root: unknown, path: FieldPath): FieldPath | null {
  const resolved: Array<string | number> = [];
  let current: unknown = root;
  for (const segment of path) {
    let key: string | number = segment;
    if (typeof segment === 'string' && segment.startsWith('#') && Array.isArray(current)) {
      const id = segment.slice(1);
      key = current.findIndex((item: unknown) => (item as { id?: unknown } | null)?.id === id);
      if (key < 0) return null;
    }
    resolved.push(key);
    current = isContainer(current) ? (current as Record<string | number, unknown>)[key] : undefined;
  }
  return resolved;
}

/** Reads the value at a path, or undefined where the path leads nowhere. */
export function getAtPath(root: unknown, path: FieldPath): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function setIn(node: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (!isContainer(node)) throw new RangeError(`No value at ${String(head)}`);
  const child = (node as Record<string | number, unknown>)[head];
  if (child === undefined && rest.length > 0) throw new RangeError(`No value at ${String(head)}`);
  const updated = setIn(child, rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(head)] = updated;
    return copy;
  }
  return { ...node, [head]: updated };
}

/**
 * Returns a new contract with the value at `path` replaced; the input is not
 * changed, and parts off the path are shared with it. Throws on a path that
 * does not exist, which is a programming error, not a user's.
 */
export function setField(
  contract: LearningContract,
  path: FieldPath,
  value: unknown,
): LearningContract {
  return setIn(contract, path, value) as LearningContract;
}

/** Returns a new contract with `item` appended to the list at `path`. */
export function appendItem(
  contract: LearningContract,
  path: FieldPath,
  item: unknown,
): LearningContract {
  const list = getAtPath(contract, path);
  if (!Array.isArray(list)) throw new RangeError(`No list at ${path.join('.')}`);
  return setField(contract, path, [...(list as unknown[]), item]);
}

/** Returns a new contract without the item with `id` in the list at `path`. */
export function removeItem(
  contract: LearningContract,
  path: FieldPath,
  id: string,
): LearningContract {
  const list = getAtPath(contract, path);
  if (!Array.isArray(list)) throw new RangeError(`No list at ${path.join('.')}`);
  return setField(
    contract,
    path,
    list.filter((item: unknown) => (item as { id?: unknown }).id !== id),
  );
}

/**
 * A short random id for a new list item. Uses getRandomValues, which, unlike
 * randomUUID, also exists on intranet pages served over plain http.
 */
export function newItemId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
