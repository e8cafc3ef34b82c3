import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluationProgress, sectionsInView } from './section-view.js';
import { BUILT_IN_SECTIONS } from './sections.js';
import { contractAt } from './testing/contract-at.js';

const ids = (
  state: Parameters<typeof contractAt>[0],
  perspective: Parameters<typeof sectionsInView>[1],
) =>
  sectionsInView(contractAt(state), perspective, BUILT_IN_SECTIONS).map(
    (view) => `${view.section.id}${view.active ? '' : ' (folded)'}`,
  );

test('while agreeing, the agreement sections are open and the evaluations are not there yet', () => {
  assert.deepEqual(ids('agreement', 'party-a'), [
    'parties',
    'purpose',
    'leaders',
    'supervisor',
    'plan',
    'notes',
  ]);
});

test('while learning, the logbook and amendments appear, and settled sections fold away', () => {
  assert.deepEqual(ids('learning', 'party-b'), [
    'parties (folded)',
    'purpose',
    'leaders (folded)',
    'supervisor (folded)',
    'plan',
    'amendments',
    'notes',
  ]);
  const plan = sectionsInView(contractAt('learning'), 'party-b', BUILT_IN_SECTIONS).find(
    (view) => view.section.id === 'plan',
  );
  assert.deepEqual(
    plan?.groups.map((group) => group.label),
    [null, 'schedule', 'logbook', 'timeFrame'],
  );
});

test('private notes are shown to their owner alone', () => {
  const notes = (perspective: Parameters<typeof sectionsInView>[1]) =>
    sectionsInView(contractAt('learning'), perspective, BUILT_IN_SECTIONS)
      .find((view) => view.section.id === 'notes')
      ?.groups.flatMap((group) => group.fields.map((field) => field.path.join('.'))) ?? [];
  assert.deepEqual(notes('party-a'), ['privateNotes.a']);
  assert.deepEqual(notes('party-b'), ['privateNotes.b']);
  assert.deepEqual(notes('leader-a'), []);
  assert.deepEqual(notes('supervisor'), []);
});

test('in the closing step each sees only the leader evaluation that is theirs to see', () => {
  const groups = (perspective: Parameters<typeof sectionsInView>[1]) =>
    sectionsInView(contractAt('closing'), perspective, BUILT_IN_SECTIONS)
      .find((view) => view.section.id === 'leaderEvaluation')
      ?.groups.map((group) => group.label) ?? [];
  assert.deepEqual(groups('party-a'), ['leaderEvaluation.a']);
  assert.deepEqual(groups('leader-b'), ['leaderEvaluation.b']);
  assert.deepEqual(groups('supervisor'), []);
});

test('the question about the supervisor is only asked when the partners had one', () => {
  const questions = (decision: 'assigned' | 'none') =>
    sectionsInView(
      {
        ...contractAt('evaluation'),
        supervisor: { decision, name: 'L', role: '', email: '', responsibilities: '' },
      },
      'party-a',
      BUILT_IN_SECTIONS,
    )
      .find((view) => view.section.id === 'jointEvaluation')
      ?.groups.flatMap((group) => group.fields.length) ?? [];
  assert.deepEqual(questions('assigned'), [5]);
  assert.deepEqual(questions('none'), [4]);
});

test('the supervisor sees of the joint evaluation only the question about the supervisor', () => {
  const joint = sectionsInView(contractAt('evaluation'), 'supervisor', BUILT_IN_SECTIONS).find(
    (view) => view.section.id === 'jointEvaluation',
  );
  assert.deepEqual(
    joint?.groups.flatMap((group) => group.fields.map((field) => field.label)),
    ['jointEvaluation.supervisorUse'],
  );
});

test('an evaluation counts what moving on counts: the plan for the knowledge too, the supervisor question only with a supervisor', () => {
  const closing = contractAt('closing');
  const a = closing.leaderEvaluations.a;
  a.results.text = 'r';
  a.leaderEffort.text = 'l';
  a.employeeEffort.text = 'e';
  a.keepingPlan.what = 'Visitationer';
  assert.deepEqual(evaluationProgress(closing, 'leader-a', ['leaderEvaluations', 'a']), {
    answered: 4,
    of: 5,
  });
  a.conversation.date = '2026-10-05';
  assert.deepEqual(evaluationProgress(closing, 'party-a', ['leaderEvaluations', 'a']), {
    answered: 5,
    of: 5,
  });
  assert.equal(evaluationProgress(closing, 'party-b', ['leaderEvaluations', 'a']), null);
  const evaluation = contractAt('evaluation');
  evaluation.jointEvaluation.goals.text = 'Nået';
  assert.deepEqual(evaluationProgress(evaluation, 'party-b', ['jointEvaluation']), {
    answered: 1,
    of: 5,
  });
  evaluation.supervisor.decision = 'none';
  assert.deepEqual(evaluationProgress(evaluation, 'party-b', ['jointEvaluation']), {
    answered: 1,
    of: 4,
  });
  // The supervisor sees one of the answers: no count that could only be wrong.
  evaluation.supervisor.decision = 'assigned';
  assert.equal(evaluationProgress(evaluation, 'supervisor', ['jointEvaluation']), null);
});
