import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importContract } from './import-contract.js';
import { partyCopy } from './visibility.js';
import { contractAt } from './testing/contract-at.js';
import { mayReadFileIn, mayStartContracts } from './whole-contract.js';

test('a colleague starts contracts; someone on contracts only as a leader or the supervisor is not offered it', () => {
  assert.equal(mayStartContracts([]), true, 'on no contract yet: may be a colleague');
  assert.equal(mayStartContracts(['party-b']), true);
  assert.equal(
    mayStartContracts(['leader-a', 'party-a']),
    true,
    'a leader who is a party elsewhere',
  );
  assert.equal(mayStartContracts(['leader-a']), false);
  assert.equal(mayStartContracts(['leader-a', 'leader-b', 'supervisor']), false);
  assert.equal(mayStartContracts(['supervisor']), false);
});

test('only the parties read a backup file in; a leader’s or the supervisor’s is refused and changes nothing', () => {
  assert.deepEqual(
    (['party-a', 'party-b', 'leader-a', 'leader-b', 'supervisor'] as const).filter(mayReadFileIn),
    ['party-a', 'party-b'],
  );
  const current = contractAt('agreement');
  const file = JSON.stringify({ ...partyCopy(current, 'a'), purpose: 'Changed by a file' });
  const refused = importContract(current, file, 'leader-a');
  assert.equal(refused.ok, false);
  assert.equal(!refused.ok && refused.issues[0]?.code, 'not-allowed');
  const read = importContract(current, file, 'party-a');
  assert.ok(read.ok);
  assert.equal(read.value.contract.purpose, 'Changed by a file');
});
