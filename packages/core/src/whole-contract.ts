import type { Perspective } from './constants.js';
import { parsePerspective } from './perspective.js';

// What a person may do with a contract as a whole, besides deleting it
// (deletion.ts): start one, and read a backup file into one.

/**
 * Whether someone is offered to start a new contract, given every perspective
 * they hold on the contracts they are on. A contract is started by one of the
 * two colleagues, who becomes its party A. Someone who is on contracts only as
 * a leader or the supervisor is not offered it; someone on none yet, or a
 * party on one, is.
 */
export function mayStartContracts(held: readonly Perspective[]): boolean {
  return (
    held.length === 0 || held.some((perspective) => parsePerspective(perspective).role === 'party')
  );
}

/**
 * Whether someone may read a backup file back into a contract: the parties,
 * who write it. A leader or the supervisor writes a few fields of their own
 * and is not offered it (importContract refuses it for them too).
 */
export const mayReadFileIn = (perspective: Perspective): boolean =>
  parsePerspective(perspective).role === 'party';
