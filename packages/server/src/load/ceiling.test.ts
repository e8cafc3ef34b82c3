import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carriedWhen, findCeiling } from './ceiling.js';

/** A pretend server that carries up to `limit` people, and the counts the search tried on it. */
function serverCarrying(limit: number) {
  const tried: number[] = [];
  const step = (people: number) => {
    tried.push(people);
    return Promise.resolve({ people, carried: people <= limit });
  };
  return { step, tried };
}

test('doubles until a count is not carried, then bisects to within the ratio asked', async () => {
  const { step, tried } = serverCarrying(700);
  const found = await findCeiling(step, { start: 100, most: 10_000, closeEnough: 1.2 });
  assert.deepEqual(tried.slice(0, 5), [100, 200, 400, 800, 566]);
  assert.ok(found.carried!.people <= 700 && found.failed!.people > 700);
  assert.ok(found.failed!.people / found.carried!.people <= 1.2);
  assert.equal(found.steps.length, tried.length);
});

test('stops at the most it may try when everything is carried', async () => {
  const { step, tried } = serverCarrying(Infinity);
  const found = await findCeiling(step, { start: 10, most: 50, closeEnough: 1.2 });
  assert.deepEqual(tried, [10, 20, 40, 50]);
  assert.equal(found.carried!.people, 50);
  assert.equal(found.failed, undefined);
});

test('halves below the start when the start is already too many', async () => {
  const { step, tried } = serverCarrying(30);
  const found = await findCeiling(step, { start: 100, most: 1_000, closeEnough: 1.5 });
  assert.deepEqual(tried.slice(0, 3), [100, 50, 25]);
  assert.ok(found.carried!.people <= 30 && found.failed!.people > 30);
});

test('reports no carried count when not even one person is carried', async () => {
  const { step } = serverCarrying(0);
  const found = await findCeiling(step, { start: 8, most: 100, closeEnough: 1.2 });
  assert.equal(found.carried, undefined);
  assert.equal(found.failed!.people, 1);
});

test('a step is carried only with no errors and p99 within 100 ms', () => {
  assert.equal(carriedWhen(100, 0), true);
  assert.equal(carriedWhen(101, 0), false);
  assert.equal(carriedWhen(5, 1), false);
});
