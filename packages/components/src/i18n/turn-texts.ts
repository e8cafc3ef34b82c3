import type { NeedInShort } from '@kollegalaering/core';
import { msg, str } from './msg.js';
import { namesJoined } from './names-joined.js';
import { personName, type Names } from './party-names.js';

export { leaderOf, personName } from './party-names.js';

/** What this person is to do, as one line of the list. */
export function yoursText({ need }: NeedInShort): string {
  switch (need) {
    case 'fill-in':
      return msg('You need to fill in what is missing', {
        id: 'turn.yours.fill-in',
        desc: 'Whose turn: this person has fields to fill in',
      });
    case 'accept':
      return msg('You need to accept the contract', {
        id: 'turn.yours.accept',
        desc: 'Whose turn: this party is to accept',
      });
    case 'approve':
      return msg('You need to approve the contract', {
        id: 'turn.yours.approve',
        desc: 'Whose turn: this leader is to approve',
      });
    case 'confirm-amendment':
      return msg('You need to confirm a change to the plan', {
        id: 'turn.yours.confirm-amendment',
        desc: 'Whose turn: this party is to confirm an amendment',
      });
    case 'move-on':
      return msg('You can move on to the next step', {
        id: 'turn.yours.move-on',
        desc: 'Whose turn: everything is in place for the next step',
      });
  }
}

/** Whom the contract waits for, and for what, as one line of the list. */
export function waitingText({ need, by }: NeedInShort, names: Names): string {
  const who = namesJoined(
    by.map((perspective) => personName(perspective, names)),
    'or',
  );
  switch (need) {
    case 'fill-in':
      return msg(str`Waiting for ${who} to fill in what is missing`, {
        id: 'turn.waiting.fill-in',
        desc: 'Whose turn: who must fill in missing fields',
      });
    case 'accept':
      return msg(str`Waiting for ${who} to accept`, {
        id: 'turn.waiting.accept',
        desc: 'Whose turn: which party must accept',
      });
    case 'approve':
      return msg(str`Waiting for ${who} to approve`, {
        id: 'turn.waiting.approve',
        desc: 'Whose turn: which leader must approve',
      });
    case 'confirm-amendment':
      return msg(str`Waiting for ${who} to confirm a change`, {
        id: 'turn.waiting.confirm-amendment',
        desc: 'Whose turn: which party must confirm an amendment',
      });
    case 'move-on':
      return msg('Ready for the next step', {
        id: 'turn.waiting.move-on',
        desc: 'Whose turn: the contract can move on, by one of the four people',
      });
  }
}
