import type { ContractSummary, NeedInShort, Perspective } from '@kollegalaering/core';
import { msg, str } from '../i18n/msg.js';

/** Who someone is on a contract, by name where the list knows it. */
function personName(perspective: Perspective, names: ContractSummary['names']): string {
  const partyA = names.a || msg('Party A', { id: 'contracts.partyA', desc: 'Party A, unnamed' });
  const partyB = names.b || msg('Party B', { id: 'contracts.partyB', desc: 'Party B, unnamed' });
  switch (perspective) {
    case 'party-a':
      return partyA;
    case 'party-b':
      return partyB;
    case 'leader-a':
      return msg(str`the leader of ${partyA}`, {
        id: 'contracts.leaderOf.a',
        desc: 'A party’s leader, by the party’s name; used inside a sentence',
      });
    case 'leader-b':
      return msg(str`the leader of ${partyB}`, {
        id: 'contracts.leaderOf.b',
        desc: 'A party’s leader, by the party’s name; used inside a sentence',
      });
    case 'supervisor':
      return msg('the supervisor', {
        id: 'contracts.supervisor',
        desc: 'The supervisor (videnforvalter); used inside a sentence',
      });
  }
}

/** What this person is to do, as one line of the list. */
export function yoursText({ need }: NeedInShort): string {
  switch (need) {
    case 'fill-in':
      return msg('You need to fill in what is missing', {
        id: 'contracts.yours.fill-in',
        desc: 'In the list of contracts: this person has fields to fill in',
      });
    case 'accept':
      return msg('You need to accept the contract', {
        id: 'contracts.yours.accept',
        desc: 'In the list of contracts: this party is to accept',
      });
    case 'approve':
      return msg('You need to approve the contract', {
        id: 'contracts.yours.approve',
        desc: 'In the list of contracts: this leader is to approve',
      });
    case 'confirm-amendment':
      return msg('You need to confirm a change to the plan', {
        id: 'contracts.yours.confirm-amendment',
        desc: 'In the list of contracts: this party is to confirm an amendment',
      });
    case 'move-on':
      return msg('You can move on to the next step', {
        id: 'contracts.yours.move-on',
        desc: 'In the list of contracts: everything is in place for the next step',
      });
  }
}

/** Whom the contract waits for, and for what, as one line of the list. */
export function waitingText(
  { need, by }: NeedInShort,
  names: ContractSummary['names'],
  locale: string,
): string {
  const who = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    by.map((perspective) => personName(perspective, names)),
  );
  switch (need) {
    case 'fill-in':
      return msg(str`Waiting for ${who} to fill in what is missing`, {
        id: 'contracts.waiting.fill-in',
        desc: 'In the list of contracts: who must fill in missing fields',
      });
    case 'accept':
      return msg(str`Waiting for ${who} to accept`, {
        id: 'contracts.waiting.accept',
        desc: 'In the list of contracts: which party must accept',
      });
    case 'approve':
      return msg(str`Waiting for ${who} to approve`, {
        id: 'contracts.waiting.approve',
        desc: 'In the list of contracts: which leader must approve',
      });
    case 'confirm-amendment':
      return msg(str`Waiting for ${who} to confirm a change`, {
        id: 'contracts.waiting.confirm-amendment',
        desc: 'In the list of contracts: which party must confirm an amendment',
      });
    case 'move-on':
      return msg('Ready for the next step', {
        id: 'contracts.waiting.move-on',
        desc: 'In the list of contracts: the contract can move on, by one of the four people',
      });
  }
}
