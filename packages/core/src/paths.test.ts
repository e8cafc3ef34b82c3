import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyContract } from './create-contract.js';
import { appendItem, getAtPath, newItemId, removeItem, setField } from './paths.js';

test('setField returns a new contract and leaves the old one as it was', () => {
  const before = createEmptyContract({ id: 'x' });
  const after = setField(before, ['parties', 'a', 'name'], 'Mette');
  assert.equal(after.parties.a.name, 'Mette');
  assert.equal(before.parties.a.name, '');
  assert.equal(after.parties.b, before.parties.b, 'parts off the path are shared');
});

test('setField reaches into list items by index', () => {
  let contract = createEmptyContract({ id: 'x' });
  contract = appendItem(contract, ['goals', 'b'], {
    id: 'g',
    text: '',
    subGoals: [],
    preset: false,
  });
  contract = setField(contract, ['goals', 'b', 0, 'text'], 'Lære om sygedagpenge');
  assert.equal(contract.goals.b[0]?.text, 'Lære om sygedagpenge');
});

test('setField refuses a path that does not exist', () => {
  assert.throws(
    () => setField(createEmptyContract({ id: 'x' }), ['nowhere', 'deep'], 1),
    RangeError,
  );
});

test('removeItem takes out only the item with that id', () => {
  let contract = createEmptyContract({ id: 'x' });
  contract = appendItem(contract, ['goals', 'a'], {
    id: 'one',
    text: '1',
    subGoals: [],
    preset: false,
  });
  contract = appendItem(contract, ['goals', 'a'], {
    id: 'two',
    text: '2',
    subGoals: [],
    preset: false,
  });
  contract = removeItem(contract, ['goals', 'a'], 'one');
  assert.deepEqual(
    contract.goals.a.map((goal) => goal.id),
    ['two'],
  );
});

test('getAtPath returns undefined past the end of the data', () => {
  assert.equal(getAtPath(createEmptyContract({ id: 'x' }), ['parties', 'c', 'name']), undefined);
});

test('new item ids do not repeat', () => {
  const ids = new Set(Array.from({ length: 1000 }, newItemId));
  assert.equal(ids.size, 1000);
});
