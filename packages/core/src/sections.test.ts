import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyContract } from './create-contract.js';
import { getAtPath } from './paths.js';
import { parseContract } from './parse-contract.js';
import { BUILT_IN_SECTIONS, isListSpec } from './sections.js';

test('every built-in field points at a value that exists in a new contract', () => {
  const contract = createEmptyContract({ id: 'x' });
  for (const section of BUILT_IN_SECTIONS) {
    for (const group of section.groups) {
      for (const field of group.fields) {
        assert.notEqual(getAtPath(contract, field.path), undefined, field.path.join('.'));
      }
    }
  }
});

test('a new list item from each list is valid in the contract', () => {
  const contract: unknown = createEmptyContract({ id: 'x' });
  for (const section of BUILT_IN_SECTIONS) {
    for (const group of section.groups) {
      for (const field of group.fields.filter(isListSpec)) {
        const item = field.newItem({ party: 'a', role: 'party', today: '2026-05-01' });
        const list = getAtPath(contract, field.path) as unknown[];
        list.push(item);
        for (const itemField of field.itemFields) {
          assert.notEqual(getAtPath(item, itemField.path), undefined, itemField.label);
        }
      }
    }
  }
  assert.equal(parseContract(contract).ok, true);
});

test('the sections cover the paper template, plus the amendments made while learning', () => {
  assert.deepEqual(
    BUILT_IN_SECTIONS.map((section) => section.id),
    [
      'parties',
      'purpose',
      'leaders',
      'supervisor',
      'plan',
      'amendments',
      'jointEvaluation',
      'leaderEvaluation',
      'notes',
    ],
  );
});

test('each party’s leader evaluation is private to that party', () => {
  const evaluation = BUILT_IN_SECTIONS.find((section) => section.id === 'leaderEvaluation');
  assert.deepEqual(
    evaluation?.groups.map((group) => group.owner),
    ['a', 'b'],
  );
});
