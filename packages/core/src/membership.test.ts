import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdit } from './field-edit.js';
import { createEmptyContract } from './create-contract.js';
import { deleteBlockers } from './deletion.js';
import { canEdit } from './editing-rules.js';
import { memberEmails, perspectivesOf } from './membership.js';
import { contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';

test('the signed-in email gives the perspectives, whatever its case and spaces', () => {
  const contract = filledContract();
  assert.deepEqual(perspectivesOf(contract, ' MeLa@Example.dk '), ['party-a']);
  assert.deepEqual(perspectivesOf(contract, 'loda@example.dk'), ['supervisor']);
  assert.deepEqual(perspectivesOf(contract, 'nobody@example.dk'), []);
  assert.deepEqual(perspectivesOf(contract, ''), [], 'an empty login is no one');
});

test('one leader for both parties holds two perspectives', () => {
  const contract = filledContract();
  contract.leaders.b.email = 'HABE@example.dk';
  assert.deepEqual(perspectivesOf(contract, 'habe@example.dk'), ['leader-a', 'leader-b']);
  assert.equal(memberEmails(contract).length, 4);
});

test('a supervisor the parties decided against has no access', () => {
  const contract = filledContract();
  contract.supervisor.decision = 'none';
  assert.deepEqual(perspectivesOf(contract, 'loda@example.dk'), []);
});

test('party A invites party B, but cannot redirect B once B has written something private', () => {
  const contract = filledContract();
  const path = ['parties', 'b', 'email'];
  assert.equal(canEdit(contract, 'party-a', path), true);
  contract.privateNotes.b = 'Mine tanker';
  assert.equal(canEdit(contract, 'party-a', path), false);
  assert.equal(canEdit(contract, 'party-b', path), true, 'B may still correct their own');
  assert.equal(canEdit(contract, 'party-b', ['parties', 'a', 'email']), false);
  const replaced = applyEdit(contract, 'party-a', {
    op: 'set',
    path: ['parties', 'b'],
    value: { ...contract.parties.b, email: 'x@example.dk' },
  });
  assert.equal(replaced.ok, false, 'not through the whole block either');
});

test('each party writes their own leader’s email, not the other leader’s', () => {
  const contract = filledContract();
  assert.equal(canEdit(contract, 'party-a', ['leaders', 'a', 'email']), true);
  assert.equal(canEdit(contract, 'party-a', ['leaders', 'b', 'email']), false);
  assert.equal(canEdit(contract, 'leader-b', ['leaders', 'b', 'email']), true);
  assert.equal(canEdit(contract, 'party-b', ['leaders', 'b', 'name']), true, 'names stay shared');
});

test('the supervisor’s email is the parties’ to write, also while it is empty', () => {
  for (const state of ['agreement', 'learning', 'evaluation', 'closing'] as const) {
    const contract = contractAt(state);
    contract.supervisor.email = '';
    const writers = (['party-a', 'party-b', 'leader-a', 'leader-b', 'supervisor'] as const).filter(
      (perspective) => canEdit(contract, perspective, ['supervisor', 'email']),
    );
    assert.deepEqual(writers, ['party-a', 'party-b'], state);
    const byLeader = applyEdit(contract, 'leader-a', {
      op: 'set',
      path: ['supervisor', 'email'],
      value: 'someone@example.dk',
    });
    assert.equal(byLeader.ok, false, `a leader cannot give someone access (${state})`);
  }
});

test('changing an email while agreeing withdraws the acceptances and approvals', () => {
  const contract = contractAt('agreement');
  const result = applyEdit(contract, 'party-a', {
    op: 'set',
    path: ['leaders', 'a', 'email'],
    value: 'ny.leder@example.dk',
  });
  assert.ok(result.ok);
  assert.equal(result.value.approvals.leaders.a, null);
  assert.equal(result.value.approvals.parties.b, null);
});

test('a party may delete a contract nobody has approved; an approved one is kept until its retention date', () => {
  const blank = filledContract();
  assert.deepEqual(deleteBlockers(blank, 'party-b'), []);
  assert.equal(deleteBlockers(blank, 'leader-a')[0]?.code, 'not-allowed');
  assert.equal(deleteBlockers(blank, 'supervisor')[0]?.code, 'not-allowed');
  const completed = contractAt('completed');
  assert.equal(deleteBlockers(completed, 'party-a')[0]?.code, 'kept-until-retention');
  const expired = { ...completed, retainUntil: '2026-01-31' };
  const now = new Date('2026-02-01T00:00:00Z');
  assert.deepEqual(deleteBlockers(expired, 'party-a', now), []);
  assert.deepEqual(deleteBlockers(expired, 'leader-b', now), []);
  assert.equal(deleteBlockers(expired, 'supervisor', now)[0]?.code, 'not-allowed');
});

test('a formal contract started by mistake may be deleted by a party at step 1, before any approval', () => {
  const formal = createEmptyContract({ id: 'ved-en-fejl', settings: { mode: 'formal' } });
  assert.equal(formal.process.state, 'introduced');
  assert.deepEqual(deleteBlockers(formal, 'party-a'), []);
  assert.deepEqual(deleteBlockers(formal, 'party-b'), []);
  assert.equal(deleteBlockers(formal, 'leader-a')[0]?.code, 'not-allowed');
});

test('an empty email may be filled in later, without an amendment; a set one may not be changed then', () => {
  const learning = contractAt('learning');
  learning.leaders.a.email = '';
  const path = ['leaders', 'a', 'email'];
  assert.equal(canEdit(learning, 'party-a', path), true);
  assert.equal(canEdit(learning, 'party-b', path), false, 'not the other party');
  const invited = applyEdit(learning, 'party-a', { op: 'set', path, value: 'habe@example.dk' });
  assert.ok(invited.ok);
  assert.deepEqual(invited.value.amendments, []);
  assert.equal(canEdit(invited.value, 'party-a', path), false, 'once set, it stays');
  assert.equal(
    canEdit({ ...learning, process: { ...learning.process, state: 'completed' } }, 'party-a', path),
    false,
  );
});
