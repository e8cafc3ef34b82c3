import type { ContractSummary, Perspective } from '@kollegalaering/core';
import { msg, str } from './msg.js';
import { roleNames } from './party-names.js';

/** A party's leader, by the party's name, inside a sentence ("lederen for Mette Larsen"). */
export const leaderOf = (party: string) =>
  msg(str`the leader of ${party}`, {
    id: 'turn.leaderOf',
    desc: 'A party’s leader, by the party’s name (or Part A); used inside a sentence',
  });

/** Who someone is on a contract, inside a sentence: by name where it is written. */
export function personName(perspective: Perspective, names: ContractSummary['names']): string {
  const roles = roleNames();
  const partyA = names.a.trim() || roles.a;
  const partyB = names.b.trim() || roles.b;
  switch (perspective) {
    case 'party-a':
      return partyA;
    case 'party-b':
      return partyB;
    case 'leader-a':
      return leaderOf(partyA);
    case 'leader-b':
      return leaderOf(partyB);
    case 'supervisor':
      return msg('the supervisor', {
        id: 'turn.supervisor',
        desc: 'The supervisor (videnforvalter); used inside a sentence',
      });
  }
}
