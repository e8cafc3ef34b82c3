import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyContract } from './create-contract.js';
import { migrate, runMigrations, type MigrationStep } from './migrate.js';
import { filledContract } from './testing/filled-contract.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

test('a current document migrates to itself', () => {
  const contract = filledContract();
  assert.deepEqual(migrate(JSON.parse(JSON.stringify(contract))), {
    ok: true,
    value: { contract, fromVersion: 1 },
  });
});

test('a document from a newer version is refused and not touched', () => {
  const newer = deepFreeze({
    ...createEmptyContract({ id: 'x' }),
    schemaVersion: 2,
    newField: 'kept',
  });
  const before = JSON.stringify(newer);
  const result = migrate(newer);
  assert.deepEqual(result, {
    ok: false,
    issues: [{ path: ['schemaVersion'], code: 'newer-version', params: { version: 2 } }],
  });
  assert.equal(JSON.stringify(newer), before);
});

test('documents without a usable version, or not objects, are refused', () => {
  assert.equal(!migrate({ id: 'x' }).ok && 'refused', 'refused');
  for (const input of [
    null,
    'x',
    [],
    { schemaVersion: 0 },
    { schemaVersion: 1.5 },
    { schemaVersion: '1' },
  ]) {
    const result = migrate(input);
    assert.equal(result.ok, false, JSON.stringify(input));
  }
});

// The step machinery, exercised with made-up versions until a real version 2 ships.
const steps: Record<number, MigrationStep> = {
  1: ({ title, ...rest }) => ({ ...rest, heading: title }),
  2: (document) => ({ ...document, tags: [] }),
};

test('steps run one version at a time, from the document’s version up, on a copy', () => {
  const input = deepFreeze({ schemaVersion: 1, title: 'Hej' });
  const result = runMigrations(input, steps, 3);
  assert.deepEqual(result, {
    ok: true,
    value: { document: { schemaVersion: 3, heading: 'Hej', tags: [] }, fromVersion: 1 },
  });
  const fromTwo = runMigrations({ schemaVersion: 2, heading: 'Hej' }, steps, 3);
  assert.deepEqual(fromTwo.ok && fromTwo.value.document, {
    schemaVersion: 3,
    heading: 'Hej',
    tags: [],
  });
});

test('a missing step is reported, not skipped', () => {
  const result = runMigrations({ schemaVersion: 1 }, { 2: steps[2]! }, 3);
  assert.deepEqual(result, {
    ok: false,
    issues: [{ path: ['schemaVersion'], code: 'no-migration', params: { version: 1 } }],
  });
});

test('a migrated document that is still not a valid contract gets the parse issues', () => {
  const result = migrate({ schemaVersion: 1, id: 'x' });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.issues.length > 5);
});
