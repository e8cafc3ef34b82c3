import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Perspective, ProcessState } from './constants.js';
import { createEmptyContract } from './create-contract.js';
import type { FieldPath } from './paths.js';
import { canEdit, editorsOf } from './editing-rules.js';
import { contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';

/** Who may edit a path in a step: the perspectives that may, in order. */
function editors(state: ProcessState, path: FieldPath): Perspective[] {
  return editorsOf(contractAt(state), path);
}

test('while agreeing: both parties fill in the shared parts, each their own goals', () => {
  assert.deepEqual(editors('agreement', ['purpose']), ['party-a', 'party-b']);
  assert.deepEqual(editors('agreement', ['parties', 'b', 'name']), ['party-a', 'party-b']);
  assert.deepEqual(editors('agreement', ['goals', 'a', 0, 'text']), ['party-a']);
  assert.deepEqual(editors('agreement', ['leaders', 'b', 'responsibilities']), [
    'party-a',
    'party-b',
    'leader-b',
  ]);
  assert.deepEqual(editors('agreement', ['supervisor', 'responsibilities']), [
    'party-a',
    'party-b',
    'supervisor',
  ]);
  assert.deepEqual(editors('agreement', ['plan', 'logbook']), []);
  assert.deepEqual(editors('agreement', ['jointEvaluation', 'goals', 'text']), []);
});

test('while learning: the plan runs, and amendments are the parties’ to describe', () => {
  assert.deepEqual(editors('learning', ['plan', 'activities', 0, 'done']), ['party-a', 'party-b']);
  assert.deepEqual(editors('learning', ['goals', 'b', 0, 'text']), ['party-b']);
  assert.deepEqual(editors('learning', ['amendments', 0, 'reason']), ['party-a', 'party-b']);
  assert.deepEqual(editors('learning', ['amendments', 0, 'agreedBy']), []);
  assert.deepEqual(editors('learning', ['parties', 'a', 'name']), []);
  assert.deepEqual(
    editors('learning', ['plan', 'logbook', 0, 'text']),
    ['party-a'],
    'only its author',
  );
});

test('evaluating: the partners answer together; the supervisor only reads', () => {
  assert.deepEqual(editors('evaluation', ['jointEvaluation', 'supervisorUse', 'text']), [
    'party-a',
    'party-b',
  ]);
  assert.deepEqual(editors('evaluation', ['purpose']), []);
});

test('closing: each party and their own leader write their evaluation, no one else', () => {
  assert.deepEqual(editors('closing', ['leaderEvaluations', 'a', 'results', 'text']), [
    'party-a',
    'leader-a',
  ]);
  assert.deepEqual(editors('closing', ['leaderEvaluations', 'b', 'keepingPlan', 'when']), [
    'party-b',
    'leader-b',
  ]);
});

test('the supervisor gives their input in the logbook while the pair learn and evaluate, in their own name', () => {
  const learning = contractAt('learning');
  assert.equal(canEdit(learning, 'supervisor', ['plan', 'logbook']), true);
  assert.equal(canEdit(contractAt('evaluation'), 'supervisor', ['plan', 'logbook']), true);
  assert.equal(canEdit(contractAt('agreement'), 'supervisor', ['plan', 'logbook']), false);
  assert.equal(canEdit(contractAt('closing'), 'supervisor', ['plan', 'logbook']), false);
  const input = { id: 'l2', date: '2026-05-01', author: 'supervisor' as const, text: 'Prøv at…' };
  const withInput = {
    ...learning,
    plan: { ...learning.plan, logbook: [...learning.plan.logbook, input] },
  };
  const entries = (index: number) =>
    (['party-a', 'party-b', 'leader-a', 'leader-b', 'supervisor'] as const).filter((perspective) =>
      canEdit(withInput, perspective, ['plan', 'logbook', index, 'text']),
    );
  assert.deepEqual(entries(1), ['supervisor'], 'hers alone to change');
  assert.deepEqual(entries(0), ['party-a'], 'Mette’s entry is not hers');
  assert.equal(canEdit(withInput, 'supervisor', ['plan', 'approach']), false);
});

test('private notes are their owner’s alone, until the contract is completed', () => {
  assert.deepEqual(editors('learning', ['privateNotes', 'a']), ['party-a']);
  assert.deepEqual(editors('completed', ['privateNotes', 'a']), []);
  assert.deepEqual(editors('completed', ['purpose']), []);
});

test('in formal mode the leader’s preset goals are theirs to change, not the party’s', () => {
  const contract = createEmptyContract({
    id: 'x',
    settings: { mode: 'formal', presetGoals: { a: ['Lære journalføring'], b: [] } },
  });
  assert.equal(contract.goals.a[0]?.text, 'Lære journalføring');
  assert.equal(contract.goals.a[0]?.preset, true);
  assert.equal(canEdit(contract, 'party-a', ['goals', 'a', 0, 'text']), false);
  assert.equal(canEdit(contract, 'leader-a', ['goals', 'a', 0, 'text']), true);
  assert.equal(canEdit(contract, 'party-a', ['goals', 'a']), false, 'the leader sets goals first');
  const agreeing = { ...contract, process: { state: 'agreement' as const, reached: {} } };
  assert.equal(canEdit(agreeing, 'party-a', ['goals', 'a']), true, 'then the party adds theirs');
  assert.equal(canEdit(agreeing, 'party-a', ['goals', 'a', 0, 'subGoals']), true, 'and sub-goals');
  assert.equal(canEdit(agreeing, 'party-a', ['goals', 'a', 0, 'text']), false);
});

test('who may change an email: each party their own leader’s, and the leader; no one once agreed', () => {
  const agreeing = filledContract();
  assert.deepEqual(editorsOf(agreeing, ['leaders', 'b', 'email']), ['party-b', 'leader-b']);
  assert.deepEqual(editorsOf(agreeing, ['supervisor', 'email']), ['party-a', 'party-b']);
  assert.deepEqual(editorsOf(contractAt('learning'), ['leaders', 'b', 'email']), []);
});
