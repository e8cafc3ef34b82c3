import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyChange } from './view-write.js';
import { resolveSections } from './config/resolve-sections.js';
import { acceptedContract, contractAt } from './testing/contract-at.js';
import { viewFor } from './visibility.js';

const now = new Date('2026-05-04T09:30:00.000Z');
const keptAYear = (() => {
  const resolved = resolveSections({ retention: { monthsAfterCompletion: 12 } });
  assert.ok(resolved.ok);
  return resolved.value.rules;
})();

test('an edit, a write and an action each give the retention date the organisation set', () => {
  const edited = applyChange(
    contractAt('learning'),
    'party-a',
    { edit: { op: 'set', path: ['plan', 'approach'], value: 'Følgedage' } },
    { now, rules: keptAYear },
  );
  assert.ok(edited.ok);
  assert.deepEqual(edited.value.changed, [['plan', 'approach']]);
  assert.equal(typeof edited.value.contract.retainUntil, 'string');

  const view = viewFor(contractAt('learning'), 'party-b');
  view.privateNotes = { b: 'Mine egne noter' };
  const written = applyChange(
    contractAt('learning'),
    'party-b',
    { write: view },
    { now, rules: keptAYear },
  );
  assert.ok(written.ok);
  assert.equal(written.value.contract.privateNotes.b, 'Mine egne noter');
  assert.equal(typeof written.value.contract.retainUntil, 'string');

  const approved = applyChange(
    acceptedContract(),
    'leader-a',
    { action: 'approve', comment: 'God plan' },
    { now, rules: keptAYear },
  );
  assert.ok(approved.ok);
  assert.equal(approved.value.contract.approvals.leaders.a?.comment, 'God plan');
  assert.equal(typeof approved.value.contract.retainUntil, 'string');
});

test('a refused change gives the issues and no contract; a view sent back unchanged is no change', () => {
  const refused = applyChange(contractAt('learning'), 'leader-a', {
    edit: { op: 'set', path: ['purpose'], value: 'Lederens formål' },
  });
  assert.deepEqual(refused.ok ? [] : refused.issues.map((issue) => issue.code), ['not-allowed']);
  const stored = contractAt('learning');
  const unchanged = applyChange(
    stored,
    'party-a',
    { write: viewFor(stored, 'party-a') },
    {
      rules: keptAYear,
    },
  );
  assert.ok(unchanged.ok);
  assert.equal(unchanged.value.contract, stored, 'not even a retention date is added');
});
