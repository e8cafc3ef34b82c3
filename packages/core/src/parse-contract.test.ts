import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCHEMA_VERSION } from './constants.js';
import { createEmptyContract } from './create-contract.js';
import { parseContract } from './parse-contract.js';
import { formatPath } from './result.js';
import { MAX_TEXT_LENGTH } from './schema/primitives.js';
import { filledContract } from './testing/filled-contract.js';

test('an empty contract parses, and carries the current schema version', () => {
  const result = parseContract(createEmptyContract({ id: 'x' }));
  assert.equal(result.ok, true);
  assert.equal(result.ok && result.value.schemaVersion, SCHEMA_VERSION);
});

test('a filled contract survives a round trip through JSON unchanged', () => {
  const contract = filledContract();
  const result = parseContract(JSON.parse(JSON.stringify(contract)));
  assert.deepEqual(result, { ok: true, value: contract });
});

test('input that is not an object is refused with a code', () => {
  for (const input of [null, 'text', 42, [], undefined]) {
    const result = parseContract(input);
    assert.deepEqual(result.ok ? null : result.issues.map((issue) => issue.code), [
      'not-an-object',
    ]);
  }
});

test('a missing schema version is refused, not guessed', () => {
  const { schemaVersion: _, ...withoutVersion } = createEmptyContract({ id: 'x' });
  const result = parseContract(withoutVersion);
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.issues[0]?.code, 'unknown-version');
});

test('a document from a newer version is refused and left untouched', () => {
  const input = { ...createEmptyContract({ id: 'x' }), schemaVersion: SCHEMA_VERSION + 1 };
  const before = JSON.stringify(input);
  const result = parseContract(input);
  assert.equal(!result.ok && result.issues[0]?.code, 'newer-version');
  assert.equal(JSON.stringify(input), before);
});

test('wrong values are reported with the path to each of them', () => {
  const input = structuredClone(filledContract());
  Object.assign(input.parties.b, { name: 42 });
  Object.assign(input.plan.activities[0]!, { who: 'everyone' });
  input.plan.timeFrame.start = '1. april';
  const result = parseContract(input);
  assert.equal(result.ok, false);
  const found = result.ok
    ? []
    : result.issues.map((issue) => `${formatPath(issue.path)} ${issue.code}`);
  assert.deepEqual(found.sort(), [
    'parties.b.name invalid-type',
    'plan.activities[0].who invalid-value',
    'plan.timeFrame.start invalid-format',
  ]);
});

test('a text longer than the cap is refused as too long', () => {
  const input = createEmptyContract({ id: 'x' });
  const result = parseContract({ ...input, purpose: 'x'.repeat(MAX_TEXT_LENGTH + 1) });
  assert.equal(!result.ok && result.issues[0]?.code, 'too-long');
});

test('dates must be days in the calendar', () => {
  for (const [date, code] of [
    ['2026-02-30', 'not-a-date'],
    ['2026-13-45', 'not-a-date'],
    ['2025-02-29', 'not-a-date'],
    ['1. april', 'invalid-format'],
  ] as const) {
    const input = structuredClone(filledContract());
    input.plan.timeFrame.start = date;
    const result = parseContract(input);
    assert.deepEqual(
      !result.ok && result.issues.map((i) => [i.path.join('.'), i.code]),
      [['plan.timeFrame.start', code]],
      date,
    );
  }
  const leap = structuredClone(filledContract());
  leap.plan.timeFrame.start = '2024-02-29';
  assert.equal(parseContract(leap).ok, true);
});
