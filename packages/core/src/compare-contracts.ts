import type { FieldPath } from './paths.js';

const BOOKKEEPING = new Set(['revision', 'updatedAt']);

/**
 * The paths of the values that differ between two copies of a contract, down
 * to single fields (list items are matched by position). The revision and
 * update time are bookkeeping, not content, and are left out.
 */
export function differingPaths(a: unknown, b: unknown, path: FieldPath = []): FieldPath[] {
  if (path.length === 1 && BOOKKEEPING.has(String(path[0]))) return [];
  const bothObjects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
  if (!bothObjects) return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
  const keys =
    Array.isArray(a) && Array.isArray(b)
      ? Array.from({ length: Math.max(a.length, b.length) }, (_, index) => index)
      : Object.keys({ ...a, ...b });
  return keys.flatMap((key) =>
    differingPaths(
      (a as Record<PropertyKey, unknown>)[key],
      (b as Record<PropertyKey, unknown>)[key],
      [...path, key],
    ),
  );
}

/** Whether two copies hold the same content, whatever their revisions. */
export const sameContent = (a: unknown, b: unknown): boolean => differingPaths(a, b).length === 0;
