import { parsePerspective, type FieldPath } from '@kollegalaering/core';
import { msg, str } from './msg.js';
import { namesJoined } from './names-joined.js';
import { capitalised, leaderOf, personName, type Reader } from './party-names.js';

/**
 * Localised text for the label keys that core's section data uses. Each entry
 * is a function so that `msg()` runs while the element renders, in its locale.
 */
// Labels that read the same as another one (“Date”, “Party A”) call labelFor with
// that one's key, so they share its text and its translation. Labels about a
// person take the reader, and the path where it says whose: "Your goals" to
// Mette, "Mette Larsen’s goals" to anyone else, "Party A’s goals" until names are written.
const LABELS: Record<string, (reader: Reader, path?: FieldPath) => string> = {
  'section.parties': () =>
    msg('The partners', { id: 'section.parties', desc: 'Section heading: the two colleagues' }),
  'section.purpose': () =>
    msg('Purpose and goals', { id: 'section.purpose', desc: 'Section heading' }),
  'section.leaders': () =>
    msg('Leaders (sponsors)', {
      id: 'section.leaders',
      desc: 'Section heading: each party’s leader or sponsor',
    }),
  'section.supervisor': () =>
    msg('Supervisor (knowledge steward)', {
      id: 'section.supervisor',
      desc: 'Section heading: the optional supervisor (videnforvalter)',
    }),
  'section.plan': () => msg('Plan and activities', { id: 'section.plan', desc: 'Section heading' }),
  'section.jointEvaluation': () =>
    msg('Evaluating together', {
      id: 'section.jointEvaluation',
      desc: 'Section heading: the partners evaluate with each other',
    }),
  // A party evaluates with their leader, and a leader with their employee: each reads the other's name.
  'section.leaderEvaluation': ({ perspective, names }) => {
    const { role, party } = parsePerspective(perspective);
    if (!party) {
      return msg('Evaluation with the leader', {
        id: 'section.leaderEvaluation',
        desc: 'Section heading: each party evaluates with their own leader',
      });
    }
    const other = role === 'leader' ? (`party-${party}` as const) : (`leader-${party}` as const);
    return msg(str`Evaluation with ${personName(other, names)}`, {
      id: 'section.leaderEvaluationWith',
      desc: 'Section heading: a party’s evaluation with their leader, named to each of them by the other’s name (or role)',
    });
  },

  'party.a': () => msg('Party A', { id: 'party.a', desc: 'The first colleague' }),
  'party.b': () => msg('Party B', { id: 'party.b', desc: 'The second colleague' }),
  'person.name': () => msg('Name', { id: 'person.name', desc: 'A person’s full name' }),
  'person.department': () =>
    msg('Department', { id: 'person.department', desc: 'Where a person works' }),
  'person.position': () => msg('Job title', { id: 'person.position', desc: 'A person’s position' }),
  // What an email is for is said under it (it gives access to the contract).
  'person.email': () => msg('Email', { id: 'person.email', desc: 'An e-mail address' }),

  purpose: ({ perspective, names }) =>
    perspective.startsWith('party')
      ? msg('What do you want to achieve together?', {
          id: 'purpose',
          desc: 'The joint purpose, written by both partners',
        })
      : msg(
          str`What do ${personName('party-a', names)} and ${personName('party-b', names)} want to achieve together?`,
          {
            id: 'purpose.theirs',
            desc: 'The joint purpose, as a leader or the supervisor reads it: the two parties by name (or Part A)',
          },
        ),
  'goals.a': (reader) => goalsOf('a', reader),
  'goals.b': (reader) => goalsOf('b', reader),
  goals: () => msg('Goals', { id: 'goals', desc: 'A list of learning goals' }),
  goal: () => msg('Goal', { id: 'goal', desc: 'One learning goal, used in “Goal 2”' }),
  'goal.text': ({ perspective, names }, path) => {
    const side = path?.[1] === 'b' ? 'b' : 'a';
    return path === undefined || perspective === `party-${side}`
      ? msg('What do you want to learn?', { id: 'goal.text', desc: 'Text of one goal' })
      : msg(str`What does ${personName(`party-${side}`, names)} want to learn?`, {
          id: 'goal.textOf',
          desc: 'Text of one goal, read by anyone but the party who learns it; the party’s name (or Part A) follows',
        });
  },
  subGoals: () =>
    msg('Sub-goals', { id: 'subGoals', desc: 'The smaller steps a goal is broken into (delmål)' }),
  subGoal: () => msg('Sub-goal', { id: 'subGoal', desc: 'One sub-goal, used in “Sub-goal 2”' }),
  'subGoal.text': () =>
    msg('A step on the way to the goal', { id: 'subGoal.text', desc: 'Text of one sub-goal' }),
  'settings.theme': () =>
    msg('Theme from the competence plan', {
      id: 'settings.theme',
      desc: 'Formal mode: the theme of the organisation’s competence plan the contract falls under',
    }),

  'leader.a': (reader) => leaderHeading('a', reader),
  'leader.b': (reader) => leaderHeading('b', reader),
  'leader.name': () => labelFor('person.name'),
  // One word for a job, for the parties and their leaders alike.
  'leader.title': () => labelFor('person.position'),
  'leader.email': () => labelFor('person.email'),
  'leader.responsibilities': () =>
    msg('The leader’s responsibilities and tasks in the learning', {
      id: 'leader.responsibilities',
      desc: 'The leader’s responsibilities and tasks',
    }),

  'supervisor.decision': () =>
    msg('Will a supervisor support you?', {
      id: 'supervisor.decision',
      desc: 'Choice: supervisor or not',
    }),
  'supervisor.decision.undecided': () =>
    msg('Not decided yet', { id: 'supervisor.decision.undecided', desc: 'Supervisor choice' }),
  'supervisor.decision.none': () =>
    msg('No, no supervisor', {
      id: 'supervisor.decision.none',
      desc: 'Supervisor choice',
    }),
  'supervisor.decision.assigned': () =>
    msg('Yes', { id: 'supervisor.decision.assigned', desc: 'Supervisor choice' }),
  'supervisor.name': () => msg('Supervisor’s name', { id: 'supervisor.name', desc: 'Field label' }),
  'supervisor.role': () =>
    msg('Role', { id: 'supervisor.role', desc: 'The supervisor’s role, e.g. videnforvalter' }),
  'supervisor.email': () => labelFor('person.email'),
  'supervisor.responsibilities': () =>
    msg('The supervisor’s responsibilities and tasks in the learning', {
      id: 'supervisor.responsibilities',
      desc: 'The supervisor’s responsibilities',
    }),

  'plan.approach': () =>
    msg('How will you learn from each other?', { id: 'plan.approach', desc: 'Field label' }),
  activities: () => msg('Activities', { id: 'activities', desc: 'A list of planned activities' }),
  activity: () => msg('Activity', { id: 'activity', desc: 'One activity, used in “Activity 2”' }),
  'activity.what': () => msg('What will happen?', { id: 'activity.what', desc: 'Field label' }),
  'activity.who': () => msg('Who does it?', { id: 'activity.who', desc: 'Field label' }),
  'activity.who.a': ({ names }) => capitalised(personName('party-a', names)),
  'activity.who.b': ({ names }) => capitalised(personName('party-b', names)),
  'activity.who.both': () => msg('Both', { id: 'activity.who.both', desc: 'Who does an activity' }),
  'activity.who.supervisor': ({ names }) => capitalised(personName('supervisor', names)),
  'activity.when': () => msg('When?', { id: 'activity.when', desc: 'Field label' }),
  'activity.done': () =>
    msg('Done', { id: 'activity.done', desc: 'Checkbox: the activity has taken place' }),

  timeFrame: () => msg('Time frame', { id: 'timeFrame', desc: 'Group heading' }),
  'timeFrame.start': () => msg('Start date', { id: 'timeFrame.start', desc: 'Field label' }),
  'timeFrame.end': () => msg('End date', { id: 'timeFrame.end', desc: 'Field label' }),
  'timeFrame.meetingFrequency': () =>
    msg('How often will you meet?', { id: 'timeFrame.meetingFrequency', desc: 'Field label' }),
  'timeFrame.ongoingEvaluation': () =>
    msg('How will you follow up along the way?', {
      id: 'timeFrame.ongoingEvaluation',
      desc: 'Field label',
    }),

  'jointEvaluation.goals': () =>
    msg('What went well and less well with your goals?', {
      id: 'jointEvaluation.goals',
      desc: 'Evaluation question',
    }),
  'jointEvaluation.collaboration': () =>
    msg('What went well and less well in working together and in the process?', {
      id: 'jointEvaluation.collaboration',
      desc: 'Evaluation question',
    }),
  'jointEvaluation.supervisorUse': () =>
    msg(
      'What went well and less well in using the supervisor? (The supervisor will see this answer.)',
      {
        id: 'jointEvaluation.supervisorUse',
        desc: 'Evaluation question, shared with the supervisor',
      },
    ),
  'jointEvaluation.nextTime': () =>
    msg('What would you do differently next time?', {
      id: 'jointEvaluation.nextTime',
      desc: 'Evaluation question',
    }),
  'jointEvaluation.keepingKnowledge': () =>
    msg('How will you keep the new knowledge and skills alive in your daily work?', {
      id: 'jointEvaluation.keepingKnowledge',
      desc: 'Evaluation question',
    }),

  'leaderEvaluation.a': ({ names }) =>
    namesJoined([personName('party-a', names), personName('leader-a', names)], 'and'),
  'leaderEvaluation.b': ({ names }) =>
    namesJoined([personName('party-b', names), personName('leader-b', names)], 'and'),
  'leaderEvaluation.results': () =>
    msg('Results measured against the goals', {
      id: 'leaderEvaluation.results',
      desc: 'Evaluation point',
    }),
  'leaderEvaluation.leaderEffort': () =>
    msg('How the leader lived up to what they took on', {
      id: 'leaderEvaluation.leaderEffort',
      desc: 'Evaluation point',
    }),
  'leaderEvaluation.employeeEffort': () =>
    msg('How the employee lived up to what they took on', {
      id: 'leaderEvaluation.employeeEffort',
      desc: 'Evaluation point',
    }),
  'keepingPlan.what': () =>
    msg('What will the new knowledge be used for?', {
      id: 'keepingPlan.what',
      desc: 'Plan for using and keeping the new knowledge',
    }),
  'keepingPlan.how': () =>
    msg('How will it be used and kept up?', {
      id: 'keepingPlan.how',
      desc: 'Plan for using the new knowledge',
    }),
  'keepingPlan.who': () =>
    msg('Who takes care of it?', {
      id: 'keepingPlan.who',
      desc: 'Plan for using the new knowledge',
    }),
  'keepingPlan.when': () =>
    msg('By when?', { id: 'keepingPlan.when', desc: 'Plan for using the new knowledge' }),
  'conversation.date': () =>
    msg('Date of the closing conversation', {
      id: 'conversation.date',
      desc: 'When the party and their leader held the closing conversation',
    }),
  'conversation.participants': () =>
    msg('Who took part', {
      id: 'conversation.participants',
      desc: 'Who took part in the closing conversation',
    }),
  'leaderEvaluation.developmentPlan': () =>
    msg('What was changed in the assessment or plan?', {
      id: 'leaderEvaluation.developmentPlan',
      desc: 'How the competence assessment or development plan was updated',
    }),
  'leaderEvaluation.developmentPlanUpdated': () =>
    msg('The competence assessment or development plan has been updated', {
      id: 'leaderEvaluation.developmentPlanUpdated',
      desc: 'Checkbox',
    }),

  'section.amendments': () =>
    msg('Changes along the way', {
      id: 'section.amendments',
      desc: 'Section heading: amendments agreed while learning',
    }),
  schedule: () => msg('Meetings', { id: 'schedule', desc: 'Group heading: planned meetings' }),
  meeting: () => msg('Meeting', { id: 'meeting', desc: 'One meeting, used in “Meeting 2”' }),
  'meeting.date': () => msg('Date', { id: 'meeting.date', desc: 'Date of a meeting' }),
  'meeting.topic': () => msg('Topic', { id: 'meeting.topic', desc: 'What a meeting is about' }),
  logbook: () => msg('Logbook', { id: 'logbook', desc: 'Group heading: the logbook' }),
  logEntry: () => msg('Entry', { id: 'logEntry', desc: 'One logbook entry, used in “Entry 2”' }),
  'logEntry.date': () => labelFor('meeting.date'),
  'logEntry.text': () =>
    msg('What happened, and what did you learn?', {
      id: 'logEntry.text',
      desc: 'Text of a logbook entry',
    }),
  amendments: () => msg('Changes', { id: 'amendments', desc: 'A list of amendments' }),
  amendment: () => msg('Change', { id: 'amendment', desc: 'One amendment, used in “Change 2”' }),
  'amendment.date': () => labelFor('meeting.date'),
  'amendment.change': () =>
    msg('What did you change?', { id: 'amendment.change', desc: 'Describes an amendment' }),
  'amendment.reason': () =>
    msg('Why?', { id: 'amendment.reason', desc: 'The reason for an amendment' }),
  'leaderEvaluation.keepingPlan': () =>
    msg('Plan for using and keeping the new knowledge', {
      id: 'leaderEvaluation.keepingPlan',
      desc: 'Evaluation point: what, how, who, when',
    }),

  'section.notes': () =>
    msg('Your own notes', {
      id: 'section.notes',
      desc: 'Section heading: a party’s private notes',
    }),
  privateNotes: () =>
    msg('Notes', { id: 'privateNotes', desc: 'Label of a party’s private notes' }),
  'answer.text': () =>
    msg('Answer', { id: 'answer.text', desc: 'Label for the answer to an evaluation question' }),
  'answer.done': () =>
    msg('We agree on this answer', {
      id: 'answer.done',
      desc: 'Checkbox: the people answering agree the answer is finished',
    }),
};

/** A logbook entry another person wrote, read by someone else: "What happened, and what did Mette learn?" */
export const otherAuthorsEntryLabel = (author: string) =>
  msg(str`What happened, and what did ${author} learn?`, {
    id: 'logEntry.textOf',
    desc: 'Label of a logbook entry written by someone else; the author’s name (or Part A) follows “did”',
  });

/** A logbook entry the supervisor wrote: their input to the pair, on the page and on paper. */
export const supervisorsEntryLabel = () =>
  msg('The supervisor’s input', {
    id: 'logEntry.textFromSupervisor',
    desc: 'Label of a logbook entry the supervisor wrote (their support, guidance and input), to everyone',
  });

/** Hints under built-in fields, by label key: said once, under the label, not as the label. */
const HELP: Record<string, () => string> = {
  privateNotes: () =>
    msg('Only you can see them. They are not part of the contract.', {
      id: 'privateNotes.help',
      desc: 'Hint under a party’s private notes',
    }),
};

/** The hint under a built-in field, where it has one. */
export const helpFor = (key: string): string | undefined => HELP[key]?.();

/** Until the contract is known: roles only. */
const NOBODY: Reader = { perspective: 'supervisor', names: { a: '', b: '' } };

/**
 * The localised text for a label key from core, or the key itself where none
 * is known. With the reader (and the path of the field) a label about a
 * person says "you" to them and names them to others; without, it says the role.
 */
export function labelFor(key: string, reader: Reader = NOBODY, path?: FieldPath): string {
  return LABELS[key]?.(reader, path) ?? key;
}

/** A party's goals: "Your goals" to the party, "Mette Larsen’s goals" to anyone else. */
function goalsOf(side: 'a' | 'b', { perspective, names }: Reader): string {
  return perspective === `party-${side}`
    ? msg('Your goals', { id: 'goals.yours', desc: 'Group heading: the reader’s own goals' })
    : capitalised(
        msg(str`${personName(`party-${side}`, names)}’s goals`, {
          id: 'goals.of',
          desc: 'Group heading: one party’s goals; the party’s name (or Part A) comes first',
        }),
      );
}

/** The heading over a party's leader: "Your leader" to the party, "The leader of Mette Larsen" to anyone else. */
function leaderHeading(side: 'a' | 'b', { perspective, names }: Reader): string {
  return perspective === `party-${side}`
    ? msg('Your leader', { id: 'leader.yours', desc: 'Group heading: the reader’s own leader' })
    : capitalised(leaderOf(personName(`party-${side}`, names)));
}

/** Whether a label key has a text of ours (for naming places in a contract, see path-labels.ts). */
export const hasLabel = (key: string): boolean => key in LABELS;
