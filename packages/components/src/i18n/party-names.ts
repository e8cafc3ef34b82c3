import type { LearningContract } from '@kollegalaering/core';
import { labelFor } from './field-labels.js';

/** How the messages name the two parties. */
export interface PartyNames {
  a: string;
  b: string;
}

/** "Part A" and "Part B": for messages about no contract in particular. */
export const roleNames = (): PartyNames => ({ a: labelFor('party.a'), b: labelFor('party.b') });

/** Each party by their name once it is written, and "Part A" or "Part B" until then. */
export function partyNames(contract: LearningContract): PartyNames {
  const roles = roleNames();
  return {
    a: contract.parties.a.name.trim() || roles.a,
    b: contract.parties.b.name.trim() || roles.b,
  };
}
