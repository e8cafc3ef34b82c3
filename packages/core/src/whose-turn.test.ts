import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyContract } from './create-contract.js';
import { acceptedContract, contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';
import { contractNeeds, whoseTurn, type Need } from './whose-turn.js';

/** Needs in short, as a person would read them: `accept:party-b`. */
const short = (needs: Need[]) => needs.map(({ need, by }) => `${need}:${by.join('+')}`);

test('while agreeing: each party accepts, and only then each leader approves', () => {
  const filled = filledContract();
  assert.deepEqual(short(whoseTurn(filled, 'party-a').yours), ['accept:party-a']);
  assert.deepEqual(short(whoseTurn(filled, 'party-a').waitingFor), ['accept:party-b']);
  assert.deepEqual(whoseTurn(filled, 'leader-a').yours, [], 'not before both accepted');
  assert.deepEqual(short(whoseTurn(filled, 'leader-a').waitingFor), [
    'accept:party-a',
    'accept:party-b',
  ]);
  const accepted = acceptedContract();
  assert.deepEqual(short(whoseTurn(accepted, 'leader-b').yours), ['approve:leader-b']);
  assert.deepEqual(short(whoseTurn(accepted, 'party-a').waitingFor), [
    'approve:leader-a',
    'approve:leader-b',
  ]);
});

test('missing answers are waited for from whoever may write them', () => {
  const blank = createEmptyContract({ id: 'x' });
  const mine = whoseTurn(blank, 'party-b').yours;
  assert.ok(mine.every((need) => need.need === 'fill-in'));
  const paths = mine.flatMap((need) => need.issues!.map((i) => i.path.join('.')));
  assert.ok(paths.includes('goals.b'), 'B’s own goal');
  assert.ok(!paths.includes('goals.a'), 'not A’s goal: B cannot write it');
  assert.ok(paths.includes('purpose'));
  // A leader may write their own name, and nothing else of the agreement.
  const leader = whoseTurn(blank, 'leader-a').yours;
  assert.deepEqual(
    leader.flatMap((need) => need.issues!.map((i) => i.path.join('.'))),
    ['leaders.a.name'],
  );
});

test('once everything is given, anyone but the supervisor may move on', () => {
  const agreed = contractAt('agreement');
  assert.deepEqual(short(whoseTurn(agreed, 'party-b').yours), [
    'move-on:party-a+party-b+leader-a+leader-b',
  ]);
  assert.deepEqual(whoseTurn(agreed, 'supervisor').yours, []);
  assert.equal(whoseTurn(agreed, 'supervisor').waitingFor[0]?.need, 'move-on');
});

test('an amendment waits for the party who has not confirmed it', () => {
  const learning = contractAt('learning');
  learning.amendments = [
    {
      id: 'amendment-1',
      date: '2026-05-02',
      fields: ['plan.approach'],
      change: 'To dage om måneden',
      reason: 'Mere tid',
      agreedBy: ['party-a'],
    },
  ];
  assert.deepEqual(short(whoseTurn(learning, 'party-b').yours), ['confirm-amendment:party-b']);
  assert.deepEqual(short(whoseTurn(learning, 'party-a').waitingFor), ['confirm-amendment:party-b']);
  learning.amendments[0]!.reason = '';
  assert.deepEqual(short(whoseTurn(learning, 'party-a').yours), ['fill-in:party-a+party-b']);
});

test('the closing conversation waits for each party and their own leader', () => {
  const closing = contractAt('closing');
  const evaluation = closing.leaderEvaluations.b;
  evaluation.results.text = 'r';
  evaluation.leaderEffort.text = 'l';
  evaluation.employeeEffort.text = 'e';
  evaluation.keepingPlan.what = 'w';
  assert.deepEqual(short(whoseTurn(closing, 'leader-a').yours), ['fill-in:party-a+leader-a']);
  assert.deepEqual(short(whoseTurn(closing, 'leader-b').waitingFor), ['fill-in:party-a+leader-a']);
  assert.deepEqual(whoseTurn(closing, 'leader-b').yours, []);
});

test('a completed contract waits for no one', () => {
  assert.deepEqual(contractNeeds(contractAt('completed')), []);
});
