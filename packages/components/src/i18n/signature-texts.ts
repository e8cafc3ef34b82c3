import { msg, str } from './msg.js';

// How an acceptance or an approval is said, on the page (the steps) and on
// paper (the printed copy), by the party's name (see partyNames).

export const acceptedText = (name: string, date: string) =>
  msg(str`${name} accepted on ${date}`, {
    id: 'tracker.accepted',
    desc: 'A party accepted; the date follows',
  });

export const notAcceptedText = (name: string) =>
  msg(str`${name} has not accepted yet`, {
    id: 'tracker.notAccepted',
    desc: 'A party has not accepted',
  });

export const approvedText = (name: string, date: string) =>
  msg(str`${name}’s leader approved on ${date}`, {
    id: 'tracker.approved',
    desc: 'A party’s leader approved; the party’s name (or Part A) comes first, the date after',
  });

export const notApprovedText = (name: string) =>
  msg(str`${name}’s leader has not approved yet`, {
    id: 'tracker.notApproved',
    desc: 'A party’s leader has not approved; the party’s name (or Part A) comes first',
  });
