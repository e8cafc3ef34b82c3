import { parsePerspective, type LearningContract, type Perspective } from '@kollegalaering/core';
import { msg, str } from '../i18n/msg.js';
import { namesOf, personName } from '../i18n/party-names.js';

/**
 * Who the reader is in this contract, said once at the top: "You are party A,
 * together with Jonas Holm", "You are the leader of Mette Larsen".
 */
export function youAreText(contract: LearningContract, perspective: Perspective): string {
  const names = namesOf(contract);
  const a = personName('party-a', names);
  const b = personName('party-b', names);
  const { role, party } = parsePerspective(perspective);
  if (role === 'supervisor') {
    return msg(str`You are the supervisor of ${a} and ${b}.`, {
      id: 'you.supervisor',
      desc: 'At the top: the reader is the supervisor; the two parties by name (or Part A)',
    });
  }
  if (role === 'leader') {
    return msg(str`You are the leader of ${party === 'b' ? b : a}.`, {
      id: 'you.leader',
      desc: 'At the top: the reader is a party’s leader; the party by name (or Part A)',
    });
  }
  return party === 'b'
    ? msg(str`You are party B, together with ${a}.`, {
        id: 'you.partyB',
        desc: 'At the top: the reader is party B; party A by name (or Part A)',
      })
    : msg(str`You are party A, together with ${b}.`, {
        id: 'you.partyA',
        desc: 'At the top: the reader is party A; party B by name (or Part B)',
      });
}
