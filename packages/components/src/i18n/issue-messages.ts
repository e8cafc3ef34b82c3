import type { Issue } from '@kollegalaering/core';
import { dayText } from './formats.js';
import { msg, str } from './msg.js';
import { capitalised, personName, type Names } from './party-names.js';
import { completedMessage } from './step-names.js';

/**
 * The text for an issue from core, in the rendering locale: a sentence for
 * every code core has (ISSUE_CODES), never the code itself. `field` names the
 * field the issue points at, where there is one ("Name (Party A)"); `names`
 * are the contract's (see namesOf), for "Mette Larsen has not accepted" and
 * "Hanne Berg has not approved"; roles until names are written. `locale`
 * writes the dates.
 */
export function issueMessage(
  issue: Issue,
  field: string | undefined,
  names: Names = { a: '', b: '' },
  locale = 'da',
): string {
  const side = issue.params?.['party'] === 'b' ? 'b' : 'a';
  const party = personName(`party-${side}`, names);
  const Party = capitalised(party);
  const leader = personName(`leader-${side}`, names);
  const name = field ?? '';
  switch (issue.code) {
    case 'required':
      return msg(str`Fill in: ${name}`, {
        id: 'issue.required',
        desc: 'A required field is empty; the field’s name follows',
      });
    case 'goal-missing':
      return msg(str`${Party} has no goal yet. Add at least one.`, {
        id: 'issue.goalMissing',
        desc: 'A party has written no goal',
      });
    case 'preset-goal-missing':
      return msg(str`${capitalised(leader)} has not set a goal for ${party} yet.`, {
        id: 'issue.presetGoalMissing',
        desc: 'Formal mode: a leader (by name, or “The leader of Part A”) has not yet set a goal for their employee (by name, or Part A)',
      });
    case 'supervisor-undecided':
      return msg('Choose whether a supervisor will support you.', {
        id: 'issue.supervisorUndecided',
        desc: 'The supervisor question is unanswered',
      });
    case 'end-before-start':
      return msg('The end date is before the start date.', {
        id: 'issue.endBeforeStart',
        desc: 'Time frame dates in the wrong order',
      });
    case 'party-not-accepted':
      return msg(str`${Party} has not accepted the contract yet.`, {
        id: 'issue.partyNotAccepted',
        desc: 'A party has not accepted',
      });
    case 'leader-not-approved':
      return msg(str`${capitalised(leader)} has not approved the contract yet.`, {
        id: 'issue.leaderNotApproved',
        desc: 'A leader has not approved; the leader’s name (or “The leader of Part A”) comes first',
      });
    case 'amendment-incomplete':
      return msg(
        str`Change ${issue.params?.['number'] ?? ''} needs a description, a reason and both parties’ confirmation.`,
        { id: 'issue.amendmentIncomplete', desc: 'An amendment is not finished' },
      );
    case 'learning-not-ended': {
      const day = dayText(String(issue.params?.['end']), locale);
      return msg(str`The evaluation starts when the learning ends on ${day}.`, {
        id: 'issue.learningNotEnded',
        desc: 'Step 4 waits for the learning to reach its agreed last day, which follows',
      });
    }
    case 'date-in-future':
      return msg(str`${name} is after today. Confirm the conversation once it has been held.`, {
        id: 'issue.dateInFuture',
        desc: 'A leader confirms a closing conversation dated after today; the field’s name comes first',
      });
    case 'already-completed':
      return completedMessage();
    case 'already-given':
      return msg('You have already accepted or approved the contract.', {
        id: 'issue.alreadyGiven',
        desc: 'Approval or acceptance given twice',
      });
    case 'too-long':
      return msg(str`${name} is too long.`, {
        id: 'issue.tooLong',
        desc: 'A text is longer than allowed',
      });
    case 'invalid-format':
      return msg(str`${name} is not in the right format.`, {
        id: 'issue.invalidFormat',
        desc: 'A value has the wrong format, e.g. a date',
      });
    case 'not-a-date':
      return msg(str`${name} is not a day in the calendar.`, {
        id: 'issue.notADate',
        desc: 'A date such as 30 February that does not exist',
      });
    case 'invalid-option':
      return msg(str`${name}: choose one of the options.`, {
        id: 'issue.invalidOption',
        desc: 'A value is not among the allowed options',
      });
    default: {
      // Never the code: people cannot act on it (the developer's detail is in `issue.detail`).
      const subject =
        field ||
        msg('This', {
          id: 'issue.this',
          desc: 'Subject of “… cannot be used as it is” where no field is named',
        });
      return msg(str`${subject} cannot be used as it is.`, {
        id: 'issue.other',
        desc: 'Any other problem; the field’s name (or “This”) comes first',
      });
    }
  }
}
