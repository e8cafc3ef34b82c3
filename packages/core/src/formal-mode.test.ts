import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdit } from './field-edit.js';
import { resolveSections } from './config/resolve-sections.js';
import { createEmptyContract } from './create-contract.js';
import { canEdit } from './editing-rules.js';
import { advance } from './process.js';
import type { LearningContract } from './schema/contract-schema.js';
import { canView } from './visibility.js';
import { whoseTurn } from './whose-turn.js';

const now = new Date('2026-03-02T08:00:00.000Z');
const goal = (text: string, preset: boolean) => ({ id: text, text, subGoals: [], preset });
const formal = () => createEmptyContract({ id: 'f', now, settings: { mode: 'formal' } });

const codes = (result: { ok: boolean; issues?: Array<{ code: string }> }) =>
  result.ok ? [] : (result.issues ?? []).map((found) => found.code);

test('the configuration says how the method is run, and a formal contract starts at step 1', () => {
  const resolved = resolveSections({ process: { mode: 'formal' } });
  assert.ok(resolved.ok);
  assert.equal(resolved.value.rules.mode, 'formal');
  const contract = createEmptyContract({
    id: 'f',
    settings: { mode: resolved.value.rules.mode ?? 'informal' },
  });
  assert.equal(contract.process.state, 'introduced');
  assert.equal(createEmptyContract({ id: 'i' }).process.state, 'agreement');
});

test('in step 1 of a formal contract the leaders write preset goals, the parties none', () => {
  const contract = formal();
  const byParty = applyEdit(contract, 'party-a', {
    op: 'append',
    path: ['goals', 'a'],
    item: goal('Min egen', false),
  });
  assert.deepEqual(codes(byParty), ['not-allowed']);
  const unmarked = applyEdit(contract, 'leader-a', {
    op: 'append',
    path: ['goals', 'a'],
    item: goal('Ikke markeret', false),
  });
  assert.equal(unmarked.ok, false, 'a leader’s goal is a preset one');
  const byLeader = applyEdit(contract, 'leader-a', {
    op: 'append',
    path: ['goals', 'a'],
    item: goal('Journalføring', true),
  });
  assert.ok(byLeader.ok);
  assert.equal(
    applyEdit(byLeader.value, 'leader-a', { op: 'set', path: ['goals', 'a'], value: [] }).ok,
    false,
    'the whole list is not the leader’s to replace',
  );
  assert.equal(canEdit(contract, 'leader-a', ['goals', 'b']), false, 'only their own employee’s');
});

test('step 1 of a formal contract is handed on by a leader once each party has a preset goal', () => {
  let contract: LearningContract = formal();
  assert.deepEqual(codes(advance(contract, 'party-a', { now })), ['not-allowed']);
  assert.deepEqual(codes(advance(contract, 'leader-a', { now })), [
    'preset-goal-missing',
    'preset-goal-missing',
  ]);
  assert.deepEqual(
    whoseTurn(contract, 'leader-b').yours.map((need) => need.need),
    ['fill-in'],
  );
  for (const party of ['a', 'b'] as const) {
    const added = applyEdit(contract, `leader-${party}`, {
      op: 'append',
      path: ['goals', party],
      item: goal(`Mål for ${party}`, true),
    });
    assert.ok(added.ok);
    contract = added.value;
  }
  assert.deepEqual(whoseTurn(contract, 'party-a').yours, []);
  assert.deepEqual(whoseTurn(contract, 'leader-a').yours[0]?.by, ['leader-a', 'leader-b']);
  const moved = advance(contract, 'leader-b', { now });
  assert.ok(moved.ok);
  assert.equal(moved.value.process.state, 'agreement');
});

test('once agreeing, a party adds their own goals and breaks the preset ones into sub-goals', () => {
  const contract: LearningContract = {
    ...formal(),
    goals: { a: [goal('Sat af lederen', true), goal('Min egen', false)], b: [] },
    process: { state: 'agreement', reached: {} },
  };
  assert.equal(canEdit(contract, 'party-a', ['goals', 'a', 0, 'text']), false);
  assert.equal(canEdit(contract, 'party-a', ['goals', 'a', 1, 'text']), true);
  const sub = applyEdit(contract, 'party-a', {
    op: 'append',
    path: ['goals', 'a', 0, 'subGoals'],
    item: { id: 's1', text: 'Første skridt' },
  });
  assert.ok(sub.ok);
  assert.equal(sub.value.goals.a[0]?.subGoals[0]?.text, 'Første skridt');
  assert.equal(canEdit(contract, 'leader-a', ['goals', 'a', 1, 'text']), false, 'not the party’s');
  assert.equal(canEdit(contract, 'leader-a', ['goals', 'a', 0, 'subGoals']), false);
});

test('the theme is chosen by a leader in a formal contract, by no one in an informal one', () => {
  assert.equal(canEdit(formal(), 'leader-b', ['settings', 'theme']), true);
  assert.equal(canEdit(formal(), 'party-a', ['settings', 'theme']), false);
  const informal = createEmptyContract({ id: 'i' });
  assert.equal(canEdit(informal, 'leader-a', ['settings', 'theme']), false);
});

test('a formal configuration puts the theme at the top of the purpose, as a choice of its themes', () => {
  const resolved = resolveSections({
    process: {
      mode: 'formal',
      themes: [{ da: 'Tværfaglig dokumentation', en: 'Documentation across professions' }],
      introduction: { text: { da: 'Sådan gør vi hos os.' }, url: 'https://intra.example.dk/laer' },
    },
  });
  assert.ok(resolved.ok);
  const purpose = resolved.value.sections.find((section) => section.id === 'purpose');
  const theme = purpose?.groups[0]?.fields[0];
  assert.deepEqual(theme && 'options' in theme && theme.options, ['Tværfaglig dokumentation']);
  assert.equal(resolved.value.introduction?.url, 'https://intra.example.dk/laer');
  const informal = resolveSections({ process: { mode: 'informal' } });
  assert.ok(informal.ok);
  const plain = informal.value.sections.find((section) => section.id === 'purpose');
  assert.deepEqual(plain?.groups[0]?.fields[0]?.path, ['purpose']);
  assert.equal(resolveSections({ process: { introduction: { url: 'http://x.dk' } } }).ok, false);
  assert.equal(resolveSections({ process: { mode: 'strict' } }).ok, false);
});

test('the closing conversation’s date and participants are the party’s and their leader’s', () => {
  const contract: LearningContract = {
    ...createEmptyContract({ id: 'c' }),
    process: { state: 'closing', reached: {} },
  };
  const date = ['leaderEvaluations', 'a', 'conversation', 'date'];
  assert.equal(canEdit(contract, 'party-a', date), true);
  assert.equal(canEdit(contract, 'leader-a', date), true);
  assert.equal(canEdit(contract, 'leader-b', date), false);
  assert.equal(canView('party-b', date), false);
  const set = applyEdit(contract, 'leader-a', { op: 'set', path: date, value: '2026-06-15' });
  assert.ok(set.ok);
  assert.equal(set.value.leaderEvaluations.a.conversation.date, '2026-06-15');
});
