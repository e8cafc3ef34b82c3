import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importContract, MAX_IMPORT_BYTES } from './import-contract.js';
import { contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';
import { partyCopy } from './visibility.js';

const at = (state: Parameters<typeof contractAt>[0]) => ({
  ...contractAt(state),
  privateNotes: { a: 'A’s own note', b: 'B’s own note' },
});

test('a party’s own exported copy imports back unchanged, and keeps the other party’s private parts', () => {
  const current = at('agreement');
  const file = JSON.stringify(partyCopy(current, 'a'));
  const imported = importContract(current, file, 'party-a');
  assert.ok(imported.ok);
  assert.equal(imported.value.applied, 0);
  assert.deepEqual(imported.value.contract, current);
});

test('the file’s changes a party may make are applied; approvals, the step and the other party’s parts are not', () => {
  const current = at('learning');
  const forged = {
    ...current,
    purpose: 'A sharper purpose',
    privateNotes: { a: 'Changed note', b: 'Overwritten by A' },
    process: { ...current.process, state: 'completed' },
    goals: { ...current.goals, b: [] },
    plan: {
      ...current.plan,
      logbook: [...current.plan.logbook, { id: 'l2', date: '2026-05-01', author: 'a', text: 'Ny' }],
    },
  };
  const imported = importContract(current, JSON.stringify(forged), 'party-a');
  assert.ok(imported.ok);
  const { contract, refused } = imported.value;
  assert.equal(contract.purpose, 'A sharper purpose');
  assert.equal(contract.privateNotes.a, 'Changed note');
  assert.equal(contract.privateNotes.b, 'B’s own note');
  assert.equal(contract.process.state, 'learning');
  assert.equal(contract.goals.b.length, 1);
  assert.ok(refused >= 2);
  assert.equal(
    contract.amendments.length,
    1,
    'a change to agreed content while learning is recorded',
  );
});

test('a file that is not a contract is refused with a reason, and nothing changes', () => {
  const current = filledContract();
  const cases: [string, string][] = [
    ['{"schemaVersion":1, broken', 'not-json'],
    ['[1,2]', 'not-a-contract'],
    ['{"hello":"world"}', 'not-a-contract'],
    [JSON.stringify({ ...current, schemaVersion: 9 }), 'newer-version'],
    [JSON.stringify({ ...current, purpose: 42 }), 'invalid-type'],
    [' '.repeat(MAX_IMPORT_BYTES + 1), 'too-large'],
  ];
  for (const [text, code] of cases) {
    const result = importContract(current, text, 'party-a');
    assert.equal(result.ok, false, code);
    assert.equal(result.ok || result.issues[0]?.code, code);
  }
});

test('differingPaths names each field that differs, and not the bookkeeping', async () => {
  const { differingPaths, sameContent } = await import('./compare-contracts.js');
  const a = filledContract();
  const b = { ...a, revision: 4, updatedAt: '2027-01-01T00:00:00.000Z', purpose: 'Other' };
  b.plan = {
    ...a.plan,
    activities: [...a.plan.activities, { ...a.plan.activities[0]!, id: 'a2' }],
  };
  assert.deepEqual(differingPaths(a, b), [['purpose'], ['plan', 'activities', 1]]);
  assert.equal(sameContent(a, { ...a, revision: 9 }), true);
});
