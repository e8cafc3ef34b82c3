import type { Party } from './constants.js';
import type { FieldPath } from './paths.js';
import type { Owner } from './sections.js';

/**
 * The parts of a contract that belong to one party alone, keyed by party:
 * each party's evaluation with their leader, and their private notes. Every
 * other part is shared by both parties. This list is the one place that says so.
 */
export const PRIVATE_PER_PARTY = ['leaderEvaluations', 'privateNotes'] as const;

/** Owners of custom fields (from the section configuration), keyed by field id. */
export type CustomOwners = Readonly<Record<string, Owner>>;

const isParty = (value: unknown): value is Party => value === 'a' || value === 'b';

/** Whose the value at `path` is: both parties' (`shared`), or one party's alone. */
export function ownerOf(path: FieldPath, customOwners: CustomOwners = {}): Owner {
  const [section, key] = path;
  if ((PRIVATE_PER_PARTY as readonly unknown[]).includes(section)) {
    return isParty(key) ? key : 'shared';
  }
  if (section === 'custom' && typeof key === 'string') return customOwners[key] ?? 'shared';
  return 'shared';
}

/** True where the path is the whole container of a per-party private part, e.g. `['privateNotes']`. */
export const isPrivateContainer = (path: FieldPath): boolean =>
  path.length === 1 && (PRIVATE_PER_PARTY as readonly unknown[]).includes(path[0]);
