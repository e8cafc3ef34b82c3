import type { NeedInShort } from '@kollegalaering/core';
import { dayText } from './formats.js';
import { msg, str } from './msg.js';
import { namesJoined } from './names-joined.js';
import { capitalised, personName, type Names } from './party-names.js';

export { leaderOf, personName } from './party-names.js';

/** What this person is to do, as one line of the list. */
export function yoursText({ need, until }: NeedInShort, locale: string): string {
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
    case 'learn':
      return msg(str`The learning runs until ${dayText(until ?? '', locale)}`, {
        id: 'turn.yours.learn',
        desc: 'To a party while the learning runs: its agreed last day follows',
      });
    case 'end-early':
      return msg('Your learning partner asks to end the learning early. End it if you agree.', {
        id: 'turn.yours.end-early',
        desc: 'To a party: the other party asked to end the learning before its end date',
      });
    case 'move-on':
      return msg('You can move on to the next step', {
        id: 'turn.yours.move-on',
        desc: 'Whose turn: everything is in place for the next step',
      });
    case 'confirm-closing':
      return msg('Confirm the closing conversation once you have held it', {
        id: 'turn.yours.confirm-closing',
        desc: 'To a leader: their employee’s evaluation is answered; they confirm the closing conversation was held',
      });
  }
}

/** Whom the contract waits for, and for what, as one line of the list. */
export function waitingText(
  { need, by, until }: NeedInShort,
  names: Names,
  locale: string,
): string {
  const people = by.map((perspective) => personName(perspective, names));
  const who = namesJoined(people, 'or');
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
    case 'learn':
      return msg(
        str`${capitalised(namesJoined(people, 'and'))} are learning until ${dayText(until ?? '', locale)}`,
        {
          id: 'turn.waiting.learn',
          desc: 'While the learning runs, to a leader or the supervisor: the two parties’ names, then the agreed last day',
        },
      );
    case 'end-early':
      return msg(str`Waiting for ${who} to agree to end the learning early`, {
        id: 'turn.waiting.end-early',
        desc: 'Whose turn: the party asked to end the learning early has not agreed yet',
      });
    case 'move-on':
      return msg(str`Waiting for ${who} to move on to the next step`, {
        id: 'turn.waiting.move-on',
        desc: 'Whose turn: who may move the contract on (names or roles, joined by “or”)',
      });
    case 'confirm-closing':
      return msg(str`Waiting for ${who} to confirm the closing conversation`, {
        id: 'turn.waiting.confirm-closing',
        desc: 'Whose turn: which leader must confirm that the closing conversation was held',
      });
  }
}
