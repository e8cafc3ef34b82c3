import { msg, str } from './msg.js';

// How an acceptance or an approval is said, on the page (the steps) and on
// paper (the printed copy): a party by name, a leader by their own name (see
// personName). The parties accept the contract; their leaders approve it.

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

export const approvedText = (leader: string, date: string) =>
  msg(str`${leader} approved on ${date}`, {
    id: 'tracker.approved',
    desc: 'A leader approved: the leader’s name (or “The leader of Mette Larsen”) comes first, the date after',
  });

export const notApprovedText = (leader: string) =>
  msg(str`${leader} has not approved yet`, {
    id: 'tracker.notApproved',
    desc: 'A leader has not approved: the leader’s name (or “The leader of Mette Larsen”) comes first',
  });

// Said to the person themself on the page ("Du har ikke accepteret endnu");
// never on paper, which others read.

export const youNotAcceptedText = () =>
  msg('You have not accepted yet', {
    id: 'you.notAccepted',
    desc: 'To the party themself: they have not accepted',
  });

export const youNotApprovedText = () =>
  msg('You have not approved yet', {
    id: 'you.notApproved',
    desc: 'To the leader themself: they have not approved',
  });
