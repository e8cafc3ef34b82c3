import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createEmptyContract } from './create-contract.js';
import { arbitraryContract } from './arbitraries/arbitrary-contract.js';
import { filledContract } from './testing/filled-contract.js';
import { canView, partyCopy, viewFor, isPartOfAgreement } from './visibility.js';

test('property: each party’s copy holds every shared part and its own private parts, never the other’s', () => {
  fc.assert(
    fc.property(arbitraryContract, fc.constantFrom('a', 'b' as const), (contract, party) => {
      const other = party === 'a' ? 'b' : 'a';
      const copy = partyCopy(contract, party);
      const text = JSON.stringify(copy);
      assert.ok(!text.includes(`«private-${other}»`), 'nothing of the other party’s private parts');
      assert.deepEqual(copy.leaderEvaluations, { [party]: contract.leaderEvaluations[party] });
      assert.deepEqual(copy.privateNotes, { [party]: contract.privateNotes[party] });
      const { leaderEvaluations: _l, privateNotes: _p, copyFor, ...shared } = copy;
      const { leaderEvaluations: _cl, privateNotes: _cp, ...contractShared } = contract;
      assert.equal(copyFor, party);
      assert.deepEqual(shared, contractShared);
    }),
    { numRuns: 300 },
  );
});

test('a copy is a deep copy: changing it leaves the contract alone', () => {
  const contract = filledContract();
  const copy = partyCopy(contract, 'a');
  copy.parties.a.name = 'Changed';
  assert.equal(contract.parties.a.name, 'Mette Larsen');
});

test('a custom field owned by one party goes only into that party’s copy', () => {
  const contract = {
    ...createEmptyContract({ id: 'x' }),
    custom: { 'own-wish': 'B’s wish', shared: 'both' },
  };
  const owners = { 'own-wish': 'b', shared: 'shared' } as const;
  assert.deepEqual(partyCopy(contract, 'a', owners).custom, { shared: 'both' });
  assert.deepEqual(partyCopy(contract, 'b', owners).custom, {
    'own-wish': 'B’s wish',
    shared: 'both',
  });
});

test('a leader sees the shared parts and their own employee’s evaluation, but no private notes', () => {
  const view = viewFor(filledContract(), 'leader-b');
  assert.deepEqual(Object.keys(view.leaderEvaluations ?? {}), ['b']);
  assert.equal(view.privateNotes, undefined);
  assert.equal(view.parties?.a?.name, 'Mette Larsen');
});

test('the supervisor sees the plan and only the evaluation answer meant for them', () => {
  const view = viewFor(filledContract(), 'supervisor');
  assert.deepEqual(Object.keys(view.jointEvaluation ?? {}), ['supervisorUse']);
  assert.equal(view.leaderEvaluations, undefined);
  assert.equal(view.privateNotes, undefined);
  assert.equal(view.plan?.approach, 'Vi følger hinanden en dag om måneden.');
});

test('containers holding both parties’ private parts are never visible whole', () => {
  for (const perspective of ['party-a', 'party-b', 'leader-a', 'leader-b', 'supervisor'] as const) {
    assert.equal(canView(perspective, ['leaderEvaluations']), false, perspective);
    assert.equal(canView(perspective, ['privateNotes']), false, perspective);
    assert.equal(canView(perspective, []), false, perspective);
  }
});

test('private notes are a party’s own, not part of the agreement; a leader’s evaluation is', () => {
  assert.equal(isPartOfAgreement(['privateNotes', 'a']), false);
  assert.equal(isPartOfAgreement(['leaderEvaluations', 'a', 'results']), true);
  assert.equal(isPartOfAgreement(['purpose']), true);
});
