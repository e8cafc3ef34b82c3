import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdit, editWithdrawsSignatures, isAgreedContent } from './field-edit.js';
import { createEmptyContract } from './create-contract.js';
import type { LearningContract } from './schema/contract-schema.js';
import { approve } from './process.js';
import { BUILT_IN_RULES } from './contract-rules.js';
import { acceptedContract, contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';

const now = new Date('2026-05-04T09:30:00.000Z');

/** A contract moved on to the agreement step (a formal one starts at step 1). */
const agreeing = (contract: LearningContract): LearningContract => ({
  ...contract,
  process: {
    state: 'agreement',
    reached: { ...contract.process.reached, agreement: now.toISOString() },
  },
});

test('an edit returns a new contract with updatedAt moved on, and leaves the old one alone', () => {
  const contract = createEmptyContract({ id: 'x' });
  const result = applyEdit(
    contract,
    'party-a',
    { op: 'set', path: ['purpose'], value: 'Lære' },
    { now },
  );
  assert.ok(result.ok);
  assert.equal(result.value.purpose, 'Lære');
  assert.equal(result.value.updatedAt, now.toISOString());
  assert.equal(contract.purpose, '');
});

test('an edit the perspective may not make is refused with not-allowed and changes nothing', () => {
  const contract = createEmptyContract({ id: 'x' });
  const result = applyEdit(contract, 'party-b', { op: 'set', path: ['goals', 'a'], value: [] });
  assert.deepEqual(result, {
    ok: false,
    issues: [{ path: ['goals', 'a'], code: 'not-allowed', params: { perspective: 'party-b' } }],
  });
});

test('a value of the wrong shape is refused with its path', () => {
  const contract = createEmptyContract({ id: 'x' });
  const result = applyEdit(contract, 'party-a', {
    op: 'set',
    path: ['supervisor', 'decision'],
    value: 'maybe',
  });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.ok ? [] : result.issues.map((found) => [found.path.join('.'), found.code]),
    [['supervisor.decision', 'invalid-value']],
  );
});

test('editing agreed content after an approval withdraws every approval: it covered the old text', () => {
  const approved = approve(acceptedContract(), 'leader-a', { now });
  assert.ok(approved.ok);
  const edited = applyEdit(
    approved.value,
    'party-a',
    { op: 'set', path: ['purpose'], value: 'Nyt formål' },
    { now },
  );
  assert.ok(edited.ok);
  assert.deepEqual(edited.value.approvals.leaders, { a: null, b: null });
});

test('a private note does not withdraw approvals', () => {
  const approved = approve(acceptedContract(), 'leader-a', { now });
  assert.ok(approved.ok);
  const edited = applyEdit(approved.value, 'party-a', {
    op: 'set',
    path: ['privateNotes', 'a'],
    value: 'Husk',
  });
  assert.ok(edited.ok && edited.value.approvals.leaders.a);
});

test('while learning, a change to agreed content keeps the approvals and opens an amendment', () => {
  const contract = contractAt('learning');
  const first = applyEdit(
    contract,
    'party-a',
    { op: 'set', path: ['goals', 'a', 0, 'text'], value: 'Nyt mål' },
    { now },
  );
  assert.ok(first.ok);
  assert.ok(first.value.approvals.leaders.a && first.value.approvals.leaders.b);
  assert.equal(first.value.amendments.length, 1);
  assert.deepEqual(first.value.amendments[0], {
    id: first.value.amendments[0]?.id,
    date: '2026-05-04',
    fields: ['goals.a.0.text'],
    change: '',
    reason: '',
    agreedBy: [],
  });

  // More typing in the same field, and a second field, gather in the same open amendment.
  const again = applyEdit(
    first.value,
    'party-a',
    { op: 'set', path: ['goals', 'a', 0, 'text'], value: 'Nyt mål 2' },
    { now },
  );
  assert.ok(again.ok);
  const second = applyEdit(
    again.value,
    'party-b',
    { op: 'set', path: ['plan', 'approach'], value: 'Nyt' },
    { now },
  );
  assert.ok(second.ok);
  assert.deepEqual(
    second.value.amendments.map((amendment) => amendment.fields),
    [['goals.a.0.text', 'plan.approach']],
  );
});

test('a new amendment starts once both parties confirmed the last; adding to one clears its confirmations', () => {
  const contract = {
    ...contractAt('learning'),
    amendments: [
      {
        id: 'm1',
        date: '2026-05-01',
        fields: ['purpose'],
        change: 'x',
        reason: 'y',
        agreedBy: ['party-a' as const, 'party-b' as const],
      },
    ],
  };
  const next = applyEdit(
    contract,
    'party-a',
    { op: 'set', path: ['purpose'], value: 'Igen' },
    { now },
  );
  assert.ok(next.ok);
  assert.equal(next.value.amendments.length, 2);

  const halfConfirmed = {
    ...contract,
    amendments: [{ ...contract.amendments[0]!, agreedBy: ['party-a' as const] }],
  };
  const grown = applyEdit(
    halfConfirmed,
    'party-b',
    { op: 'set', path: ['plan', 'approach'], value: 'Nyt' },
    { now },
  );
  assert.ok(grown.ok);
  assert.deepEqual(grown.value.amendments[0]?.agreedBy, []);

  const reworded = applyEdit(
    halfConfirmed,
    'party-b',
    { op: 'set', path: ['amendments', 0, 'reason'], value: 'Bedre grund' },
    { now },
  );
  assert.ok(reworded.ok);
  assert.deepEqual(reworded.value.amendments[0]?.agreedBy, []);
});

test('ticking off an activity or writing in the logbook is running the plan, not amending it', () => {
  assert.equal(isAgreedContent(['plan', 'activities', 0, 'done']), false);
  assert.equal(isAgreedContent(['plan', 'logbook']), false);
  assert.equal(isAgreedContent(['plan', 'activities', 0, 'what']), true);
  const result = applyEdit(contractAt('learning'), 'party-b', {
    op: 'set',
    path: ['plan', 'activities', 0, 'done'],
    value: true,
  });
  assert.ok(result.ok);
  assert.deepEqual(result.value.amendments, []);
});

test('a party writes logbook entries in their own name only', () => {
  const entry = (author: 'a' | 'b') => ({
    op: 'append' as const,
    path: ['plan', 'logbook'],
    item: { id: 'n', date: '', author, text: 'x' },
  });
  assert.equal(applyEdit(contractAt('learning'), 'party-a', entry('a')).ok, true);
  assert.equal(applyEdit(contractAt('learning'), 'party-a', entry('b')).ok, false);
});

test('the supervisor adds input to the logbook in their own name, which no party removes; no one replaces the whole logbook', () => {
  const learning = contractAt('learning');
  const input = { id: 'l9', date: '2026-05-04', author: 'supervisor', text: 'Husk at…' };
  const path = ['plan', 'logbook'];
  const added = applyEdit(learning, 'supervisor', { op: 'append', path, item: input }, { now });
  assert.ok(added.ok);
  assert.equal(added.value.plan.logbook.at(-1)?.author, 'supervisor');
  const asMette = applyEdit(learning, 'supervisor', {
    op: 'append',
    path,
    item: { ...input, author: 'a' },
  });
  assert.equal(asMette.ok, false);
  const removed = applyEdit(added.value, 'party-a', { op: 'remove', path, id: 'l9' });
  assert.equal(removed.ok, false);
  assert.equal(applyEdit(added.value, 'supervisor', { op: 'remove', path, id: 'l9' }).ok, true);
  for (const perspective of ['party-a', 'supervisor'] as const) {
    const replaced = applyEdit(added.value, perspective, { op: 'set', path, value: [] });
    assert.equal(replaced.ok, false, perspective);
  }
});

test('removing a list item by id, and refusing to remove a goal the leader preset', () => {
  const contract = agreeing(
    createEmptyContract({
      id: 'x',
      settings: { mode: 'formal', presetGoals: { a: ['Fast mål'], b: [] } },
    }),
  );
  const presetId = contract.goals.a[0]!.id;
  assert.equal(
    applyEdit(contract, 'party-a', { op: 'remove', path: ['goals', 'a'], id: presetId }).ok,
    false,
  );
  const added = applyEdit(contract, 'party-a', {
    op: 'append',
    path: ['goals', 'a'],
    item: { id: 'own', text: '', subGoals: [], preset: false },
  });
  assert.ok(added.ok);
  const removed = applyEdit(added.value, 'party-a', {
    op: 'remove',
    path: ['goals', 'a'],
    id: 'own',
  });
  assert.ok(removed.ok);
  assert.deepEqual(
    removed.value.goals.a.map((goal) => goal.id),
    [presetId],
  );
  assert.deepEqual(
    applyEdit(contract, 'party-a', { op: 'remove', path: ['goals', 'a'], id: 'nope' }),
    {
      ok: false,
      issues: [{ path: ['goals', 'a'], code: 'not-found' }],
    },
  );
});

test('a custom field value is checked against the configuration', () => {
  const rules = {
    ...BUILT_IN_RULES,
    customOwners: { area: 'shared' as const },
    customFields: {
      area: {
        id: 'area',
        kind: 'choice' as const,
        label: { da: 'Område' },
        options: [{ value: 'pleje', label: { da: 'Pleje' } }],
      },
    },
  };
  const contract = createEmptyContract({ id: 'x' });
  const good = applyEdit(
    contract,
    'party-a',
    { op: 'set', path: ['custom', 'area'], value: 'pleje' },
    { rules },
  );
  assert.equal(good.ok && good.value.custom['area'], 'pleje');
  const bad = applyEdit(
    contract,
    'party-a',
    { op: 'set', path: ['custom', 'area'], value: 'andet' },
    { rules },
  );
  assert.deepEqual(bad, {
    ok: false,
    issues: [{ path: ['custom', 'area'], code: 'invalid-option' }],
  });
});

test('a list item may be named by its id, as FieldPath says', () => {
  const contract = filledContract();
  const byId = applyEdit(contract, 'party-a', {
    op: 'set',
    path: ['goals', 'a', '#g1', 'text'],
    value: 'Kende reglerne godt',
  });
  assert.ok(byId.ok);
  assert.equal(byId.value.goals.a[0]?.text, 'Kende reglerne godt');
  const missing = applyEdit(contract, 'party-a', {
    op: 'set',
    path: ['goals', 'a', '#nope', 'text'],
    value: 'x',
  });
  assert.deepEqual(!missing.ok && missing.issues.map((i) => i.code), ['not-found']);
});

test('a change withdraws signatures while the agreement is being signed and someone has signed', () => {
  assert.equal(editWithdrawsSignatures(acceptedContract()), true);
  assert.equal(editWithdrawsSignatures(filledContract()), false, 'nobody has signed');
  assert.equal(editWithdrawsSignatures(contractAt('learning')), false, 'the learning keeps them');
});

test('a change that withdraws signatures records who made it, where, and whose it withdrew', () => {
  const accepted = acceptedContract();
  const changed = applyEdit(
    accepted,
    'party-b',
    {
      op: 'append',
      path: ['goals', 'b'],
      item: { id: 'ny', text: 'Et mål mere', subGoals: [], preset: false },
    },
    { now },
  );
  assert.ok(changed.ok);
  assert.deepEqual(changed.value.approvals.parties, { a: null, b: null });
  assert.deepEqual(changed.value.process.withdrawn, {
    at: now.toISOString(),
    by: 'party-b',
    path: 'goals.b',
    from: ['party-a', 'party-b'],
  });
  const again = applyEdit(changed.value, 'party-a', { op: 'set', path: ['purpose'], value: 'X' });
  assert.ok(again.ok);
  assert.equal(again.value.process.withdrawn?.by, 'party-b', 'nothing left to withdraw: kept');
});
