import { msg } from './msg.js';

/**
 * Localised text for the label keys that core's section data uses. Each entry
 * is a function so that `msg()` runs while the element renders, in its locale.
 */
const LABELS: Record<string, () => string> = {
  'section.parties': () =>
    msg('The partners', { id: 'lc.section.parties', desc: 'Section heading: the two colleagues' }),
  'section.purpose': () =>
    msg('Purpose and goals', { id: 'lc.section.purpose', desc: 'Section heading' }),
  'section.leaders': () =>
    msg('Leaders', {
      id: 'lc.section.leaders',
      desc: 'Section heading: each party’s leader or sponsor',
    }),
  'section.supervisor': () =>
    msg('Supervisor', {
      id: 'lc.section.supervisor',
      desc: 'Section heading: the optional supervisor (videnforvalter)',
    }),
  'section.plan': () =>
    msg('Plan and activities', { id: 'lc.section.plan', desc: 'Section heading' }),
  'section.jointEvaluation': () =>
    msg('Evaluating together', {
      id: 'lc.section.jointEvaluation',
      desc: 'Section heading: the partners evaluate with each other',
    }),
  'section.leaderEvaluation': () =>
    msg('Evaluation with your leader', {
      id: 'lc.section.leaderEvaluation',
      desc: 'Section heading: each party evaluates with their own leader',
    }),

  'party.a': () => msg('Party A', { id: 'lc.party.a', desc: 'The first colleague' }),
  'party.b': () => msg('Party B', { id: 'lc.party.b', desc: 'The second colleague' }),
  'person.name': () => msg('Name', { id: 'lc.person.name', desc: 'A person’s full name' }),
  'person.department': () =>
    msg('Department', { id: 'lc.person.department', desc: 'Where a person works' }),
  'person.position': () =>
    msg('Job title', { id: 'lc.person.position', desc: 'A person’s position' }),
  'person.email': () =>
    msg('Email (optional)', { id: 'lc.person.email', desc: 'Optional e-mail address' }),

  purpose: () =>
    msg('What do you want to achieve together?', {
      id: 'lc.purpose',
      desc: 'The joint purpose, written by both partners',
    }),
  'goals.a': () => msg('Party A’s goals', { id: 'lc.goals.a', desc: 'Group heading' }),
  'goals.b': () => msg('Party B’s goals', { id: 'lc.goals.b', desc: 'Group heading' }),
  goals: () => msg('Goals', { id: 'lc.goals', desc: 'A list of learning goals' }),
  goal: () => msg('Goal', { id: 'lc.goal', desc: 'One learning goal, used in “Goal 2”' }),
  'goal.text': () =>
    msg('What do you want to learn?', { id: 'lc.goal.text', desc: 'Text of one goal' }),

  'leader.a': () => msg('Party A’s leader', { id: 'lc.leader.a', desc: 'Group heading' }),
  'leader.b': () => msg('Party B’s leader', { id: 'lc.leader.b', desc: 'Group heading' }),
  'leader.name': () => msg('Name', { id: 'lc.leader.name', desc: 'The leader’s name' }),
  'leader.title': () => msg('Title', { id: 'lc.leader.title', desc: 'The leader’s job title' }),
  'leader.responsibilities': () =>
    msg('What the leader takes on in the learning', {
      id: 'lc.leader.responsibilities',
      desc: 'The leader’s responsibilities and tasks',
    }),

  'supervisor.decision': () =>
    msg('Will a supervisor support you?', {
      id: 'lc.supervisor.decision',
      desc: 'Choice: supervisor or not',
    }),
  'supervisor.decision.undecided': () =>
    msg('Not decided yet', { id: 'lc.supervisor.decision.undecided', desc: 'Supervisor choice' }),
  'supervisor.decision.none': () =>
    msg('No, we manage on our own', {
      id: 'lc.supervisor.decision.none',
      desc: 'Supervisor choice',
    }),
  'supervisor.decision.assigned': () =>
    msg('Yes', { id: 'lc.supervisor.decision.assigned', desc: 'Supervisor choice' }),
  'supervisor.name': () =>
    msg('Supervisor’s name', { id: 'lc.supervisor.name', desc: 'Field label' }),
  'supervisor.role': () =>
    msg('Role', { id: 'lc.supervisor.role', desc: 'The supervisor’s role, e.g. videnforvalter' }),
  'supervisor.responsibilities': () =>
    msg('What the supervisor takes on', {
      id: 'lc.supervisor.responsibilities',
      desc: 'The supervisor’s responsibilities',
    }),

  'plan.approach': () =>
    msg('How will you learn from each other?', { id: 'lc.plan.approach', desc: 'Field label' }),
  activities: () =>
    msg('Activities', { id: 'lc.activities', desc: 'A list of planned activities' }),
  activity: () =>
    msg('Activity', { id: 'lc.activity', desc: 'One activity, used in “Activity 2”' }),
  'activity.what': () => msg('What will happen?', { id: 'lc.activity.what', desc: 'Field label' }),
  'activity.who': () => msg('Who does it?', { id: 'lc.activity.who', desc: 'Field label' }),
  'activity.who.a': () => msg('Party A', { id: 'lc.activity.who.a', desc: 'Who does an activity' }),
  'activity.who.b': () => msg('Party B', { id: 'lc.activity.who.b', desc: 'Who does an activity' }),
  'activity.who.both': () =>
    msg('Both', { id: 'lc.activity.who.both', desc: 'Who does an activity' }),
  'activity.who.supervisor': () =>
    msg('The supervisor', { id: 'lc.activity.who.supervisor', desc: 'Who does an activity' }),
  'activity.when': () => msg('When?', { id: 'lc.activity.when', desc: 'Field label' }),
  'activity.done': () =>
    msg('Done', { id: 'lc.activity.done', desc: 'Checkbox: the activity has taken place' }),

  timeFrame: () => msg('Time frame', { id: 'lc.timeFrame', desc: 'Group heading' }),
  'timeFrame.start': () => msg('Start date', { id: 'lc.timeFrame.start', desc: 'Field label' }),
  'timeFrame.end': () => msg('End date', { id: 'lc.timeFrame.end', desc: 'Field label' }),
  'timeFrame.meetingFrequency': () =>
    msg('How often will you meet?', { id: 'lc.timeFrame.meetingFrequency', desc: 'Field label' }),
  'timeFrame.ongoingEvaluation': () =>
    msg('How will you follow up along the way?', {
      id: 'lc.timeFrame.ongoingEvaluation',
      desc: 'Field label',
    }),

  'jointEvaluation.goals': () =>
    msg('What went well and less well with your goals?', {
      id: 'lc.jointEvaluation.goals',
      desc: 'Evaluation question',
    }),
  'jointEvaluation.collaboration': () =>
    msg('What went well and less well in working together?', {
      id: 'lc.jointEvaluation.collaboration',
      desc: 'Evaluation question',
    }),
  'jointEvaluation.supervisorUse': () =>
    msg('How did it go with the supervisor? (The supervisor will see this answer.)', {
      id: 'lc.jointEvaluation.supervisorUse',
      desc: 'Evaluation question, shared with the supervisor',
    }),
  'jointEvaluation.nextTime': () =>
    msg('What would you do differently next time?', {
      id: 'lc.jointEvaluation.nextTime',
      desc: 'Evaluation question',
    }),
  'jointEvaluation.keepingKnowledge': () =>
    msg('How will you keep the new knowledge and skills alive in your daily work?', {
      id: 'lc.jointEvaluation.keepingKnowledge',
      desc: 'Evaluation question',
    }),

  'leaderEvaluation.a': () =>
    msg('Party A and their leader', { id: 'lc.leaderEvaluation.a', desc: 'Group heading' }),
  'leaderEvaluation.b': () =>
    msg('Party B and their leader', { id: 'lc.leaderEvaluation.b', desc: 'Group heading' }),
  'leaderEvaluation.results': () =>
    msg('Results measured against the goals', {
      id: 'lc.leaderEvaluation.results',
      desc: 'Evaluation point',
    }),
  'leaderEvaluation.leaderEffort': () =>
    msg('How the leader lived up to what they took on', {
      id: 'lc.leaderEvaluation.leaderEffort',
      desc: 'Evaluation point',
    }),
  'leaderEvaluation.employeeEffort': () =>
    msg('How the employee lived up to what they took on', {
      id: 'lc.leaderEvaluation.employeeEffort',
      desc: 'Evaluation point',
    }),
  'keepingPlan.what': () =>
    msg('What will the new knowledge be used for?', {
      id: 'lc.keepingPlan.what',
      desc: 'Plan for using and keeping the new knowledge',
    }),
  'keepingPlan.how': () =>
    msg('How will it be used and kept up?', {
      id: 'lc.keepingPlan.how',
      desc: 'Plan for using the new knowledge',
    }),
  'keepingPlan.who': () =>
    msg('Who takes care of it?', {
      id: 'lc.keepingPlan.who',
      desc: 'Plan for using the new knowledge',
    }),
  'keepingPlan.when': () =>
    msg('By when?', { id: 'lc.keepingPlan.when', desc: 'Plan for using the new knowledge' }),
  'leaderEvaluation.developmentPlanUpdated': () =>
    msg('The competence assessment or development plan has been updated', {
      id: 'lc.leaderEvaluation.developmentPlanUpdated',
      desc: 'Checkbox',
    }),

  'answer.text': () =>
    msg('Answer', { id: 'lc.answer.text', desc: 'Label for the answer to an evaluation question' }),
  'answer.done': () =>
    msg('Finished', { id: 'lc.answer.done', desc: 'Checkbox: this question is answered' }),
};

/** The localised text for a label key from core, or the key itself where none is known. */
export function labelFor(key: string): string {
  return LABELS[key]?.() ?? key;
}
