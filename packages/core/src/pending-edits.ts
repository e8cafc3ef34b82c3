import { getAtPath, resolvePath, type Edit, type FieldPath } from './paths.js';
import type { Perspective } from './constants.js';
import { formatPath } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';
/**
 * A person's change that is not stored yet, kept as core's edit. List items
 * are addressed by id (`#id`), so the edit stays on its item when a colleague
 * adds or removes others before it.
 */
export interface PendingEdit {
  edit: Edit;
  /** For a field set: what the person saw there before changing it, to tell their change from a colleague's. */
  before?: unknown;
  /** Who made it, where the page let one person act in several roles (a test page, a demo). */
  as?: Perspective;
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const hasId = (value: unknown): value is { id: string } =>
  typeof (value as { id?: unknown } | null)?.id === 'string';

/** The path with each list index replaced by its item's id (`#id`), where the item has one. */
export function anchorPath(contract: LearningContract, path: FieldPath): FieldPath {
  const anchored: Array<string | number> = [];
  let current: unknown = contract;
  for (const segment of path) {
    const item: unknown = (current as Record<string | number, unknown> | undefined)?.[segment];
    anchored.push(
      typeof segment === 'number' && Array.isArray(current) && hasId(item)
        ? `#${item.id}`
        : segment,
    );
    current = item;
  }
  return anchored;
}

const idPrefix = (id: string) => `#${id}`;

/**
 * Adds an edit the person just made on `shown` to what is pending: a field
 * typed into again keeps one entry with its latest value, and an item added
 * and removed again before it was stored leaves nothing behind.
 */
export function recordEdit(
  pending: readonly PendingEdit[],
  shown: LearningContract,
  edit: Edit,
  as?: Perspective,
): PendingEdit[] {
  const by = as ? { as } : {};
  const path = anchorPath(shown, edit.path);
  if (edit.op === 'set') {
    const key = formatPath(path);
    const index = pending.findIndex(
      (entry) => entry.edit.op === 'set' && formatPath(entry.edit.path) === key,
    );
    if (index >= 0) {
      const next = [...pending];
      next[index] = { ...pending[index]!, edit: { op: 'set', path, value: edit.value }, ...by };
      return next;
    }
    const resolved = resolvePath(shown, path);
    return [
      ...pending,
      {
        edit: { op: 'set', path, value: edit.value },
        before: resolved && getAtPath(shown, resolved),
        ...by,
      },
    ];
  }
  if (edit.op === 'remove') {
    const appended = pending.some(
      (entry) =>
        entry.edit.op === 'append' &&
        hasId(entry.edit.item) &&
        entry.edit.item.id === edit.id &&
        same(entry.edit.path, path),
    );
    if (appended) {
      // Never stored: forget it, and every change inside it.
      const inside = idPrefix(edit.id);
      return pending.filter(
        (entry) =>
          !(
            entry.edit.op === 'append' &&
            hasId(entry.edit.item) &&
            entry.edit.item.id === edit.id
          ) && !entry.edit.path.includes(inside),
      );
    }
    return [...pending, { edit: { ...edit, path }, ...by }];
  }
  return [...pending, { edit: { ...edit, path }, ...by }];
}
