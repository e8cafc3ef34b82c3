import type { Party, Perspective } from './constants.js';
import type { FieldPath } from './paths.js';
import { fillMissing } from './contract-diff.js';
import { createEmptyContract } from './create-contract.js';
import { isPrivateContainer, ownerOf, type CustomOwners } from './ownership.js';
import { parsePerspective } from './perspective.js';
import type { LeaderEvaluation, LearningContract } from './schema/contract-schema.js';

/**
 * Whether someone in `perspective` may see the value at `path`:
 * - a party sees the shared parts and their own private parts;
 * - a leader sees the shared parts and their own employee's leader evaluation,
 *   but no one's private notes;
 * - the supervisor sees the shared parts, but of the partners' evaluation only
 *   the answer about the supervisor, which the partners share with them.
 * A container that holds something hidden (such as `privateNotes`) is not
 * visible as a whole; its visible parts are.
 */
export function canView(
  perspective: Perspective,
  path: FieldPath,
  customOwners: CustomOwners = {},
): boolean {
  if (path.length === 0 || isPrivateContainer(path)) return false;
  if (path[0] === 'custom' && path.length === 1) {
    return Object.values(customOwners).every((owner) => owner === 'shared');
  }
  const owner = ownerOf(path, customOwners);
  const { role, party } = parsePerspective(perspective);
  switch (role) {
    case 'party':
      return owner === 'shared' || owner === party;
    case 'leader':
      return path[0] !== 'privateNotes' && (owner === 'shared' || owner === party);
    case 'supervisor':
      if (owner !== 'shared') return false;
      return path[0] !== 'jointEvaluation' || path[1] === 'supervisorUse';
  }
}

/**
 * Whether the value at `path` is part of the agreement itself: everything but
 * a party's private notes, which are their own and not part of the contract.
 * The copy printed for the personnel file leaves them out; a party may print
 * theirs apart, when they ask for it.
 */
export const isPartOfAgreement = (path: FieldPath): boolean => path[0] !== 'privateNotes';

/** A copy of part of a contract: any part may be left out. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

const HIDDEN = Symbol('hidden');

function project(value: unknown, path: FieldPath, visible: (path: FieldPath) => boolean): unknown {
  if (path.length > 0 && visible(path)) return structuredClone(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return HIDDEN;
  const entries = Object.entries(value)
    .map(([key, child]) => [key, project(child, [...path, key], visible)] as const)
    .filter(([, child]) => child !== HIDDEN);
  return path.length > 0 && entries.length === 0 ? HIDDEN : Object.fromEntries(entries);
}

/** What someone in `perspective` sees of a contract: a deep copy without what is hidden from them. */
export function viewFor(
  contract: LearningContract,
  perspective: Perspective,
  customOwners: CustomOwners = {},
): DeepPartial<LearningContract> {
  return project(contract, [], (path) =>
    canView(perspective, path, customOwners),
  ) as DeepPartial<LearningContract>;
}

/** One party's own copy: the shared parts plus that party's private parts, never the other party's. */
export type PartyCopy = Omit<LearningContract, 'leaderEvaluations' | 'privateNotes'> & {
  copyFor: Party;
  leaderEvaluations: Partial<Record<Party, LeaderEvaluation>>;
  privateNotes: Partial<Record<Party, string>>;
};

/** Party A's or party B's copy of the contract, as the paper template gives each party a copy. */
export function partyCopy(
  contract: LearningContract,
  party: Party,
  customOwners: CustomOwners = {},
): PartyCopy {
  const view = viewFor(contract, party === 'a' ? 'party-a' : 'party-b', customOwners);
  return { ...(view as PartyCopy), custom: view.custom ?? {}, copyFor: party } as PartyCopy;
}

/**
 * A view read back into the shape of a whole contract: what it leaves out
 * is blank, so that code written for contracts can show and edit it. The
 * blanks are never sent back: a write sends `viewFor` of it again.
 */
export function fillView(view: DeepPartial<LearningContract>, id: string): unknown {
  return fillMissing(view, createEmptyContract({ id }));
}
