import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyContract } from './create-contract.js';
import { acceptedContract, closingAnswered, contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';
import { applyEdit } from './field-edit.js';
import type { Perspective } from './constants.js';
import { confirmClosing, endEarly } from './process.js';
import type { LearningContract } from './schema/contract-schema.js';
import { fillView, viewFor } from './visibility.js';
import { contractNeeds, turnInShort, whoseTurn, type Need } from './whose-turn.js';

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

/** Sets a value as `perspective` would type it: through core's edit, which keeps `process.answered`. */
function typed(contract: LearningContract, perspective: Perspective, path: string, value: string) {
  const result = applyEdit(contract, perspective, { op: 'set', path: path.split('.'), value });
  assert.ok(result.ok, path);
  return result.value;
}

/** What `perspective` reads from their own view (as a server sends it), and from the whole contract. */
function readBoth(contract: LearningContract, perspective: Perspective) {
  const view = fillView(viewFor(contract, perspective), contract.id) as LearningContract;
  return {
    fromView: whoseTurn(view, perspective),
    fromWhole: whoseTurn(contract, perspective),
  };
}

test('the closing waits for each party and their leader to answer, then for the leader’s confirmation', () => {
  let closing = contractAt('closing');
  assert.deepEqual(short(whoseTurn(closing, 'leader-a').yours), ['fill-in:party-a+leader-a']);
  assert.deepEqual(short(whoseTurn(closing, 'party-a').waitingFor), ['fill-in:party-b+leader-b']);
  closing = closingAnswered(closing, 'b');
  assert.deepEqual(short(whoseTurn(closing, 'leader-b').yours), ['confirm-closing:leader-b']);
  // Mette cannot see Jonas' evaluation; she reads the same from her view as from the whole contract.
  for (const { fromView, fromWhole } of [
    readBoth(closing, 'party-a'),
    readBoth(closing, 'leader-a'),
  ]) {
    assert.deepEqual(short(fromView.waitingFor), ['confirm-closing:leader-b']);
    assert.deepEqual(fromView, fromWhole);
  }
  closing = closingAnswered(closing, 'a');
  const mette = readBoth(closing, 'party-a');
  assert.deepEqual(short(mette.fromView.yours), [], 'nothing is hers once she has answered');
  assert.deepEqual(short(mette.fromView.waitingFor), [
    'confirm-closing:leader-a',
    'confirm-closing:leader-b',
  ]);
  assert.deepEqual(mette.fromView, mette.fromWhole);
  const confirmed = confirmClosing(closing, 'leader-a');
  assert.ok(confirmed.ok);
  assert.deepEqual(short(whoseTurn(confirmed.value, 'leader-a').waitingFor), [
    'confirm-closing:leader-b',
  ]);
  assert.deepEqual(short(whoseTurn(confirmed.value, 'supervisor').waitingFor), [
    'confirm-closing:leader-b',
  ]);
});

test('the supervisor, who sees one answer of the evaluation, reads whom it waits for as the partners do', () => {
  let evaluation = contractAt('evaluation');
  const questions = ['goals', 'collaboration', 'supervisorUse', 'nextTime', 'keepingKnowledge'];
  const lone = () => readBoth(evaluation, 'supervisor');
  assert.deepEqual(short(lone().fromView.waitingFor), ['fill-in:party-a+party-b']);
  for (const question of questions) {
    evaluation = typed(evaluation, 'party-b', `jointEvaluation.${question}.text`, 'Svar');
  }
  assert.deepEqual(short(lone().fromView.waitingFor), ['move-on:party-a+party-b']);
  assert.deepEqual(lone().fromView, lone().fromWhole);
  assert.deepEqual(short(whoseTurn(evaluation, 'leader-a').waitingFor), [
    'move-on:party-a+party-b',
  ]);
  // The server's list says the same as her page.
  assert.deepEqual(
    turnInShort(evaluation, ['supervisor']).waitingFor.map((n) => n.need),
    ['move-on'],
  );
});

test('while the learning runs, the parties learn until the end date; no one is told to move on', () => {
  const learning = contractAt('learning');
  const during = new Date('2026-05-01T08:00:00.000Z');
  const turn = (perspective: Perspective, at = during) =>
    whoseTurn(learning, perspective, undefined, at);
  assert.deepEqual(short(turn('party-a').yours), ['learn:party-a+party-b']);
  assert.equal(turn('party-a').yours[0]?.until, '2026-09-30');
  for (const other of ['leader-a', 'leader-b', 'supervisor'] as const) {
    assert.deepEqual(turn(other).yours, [], other);
    assert.deepEqual(short(turn(other).waitingFor), ['learn:party-a+party-b'], other);
  }
  const ended = new Date('2026-09-30T08:00:00.000Z');
  assert.deepEqual(short(turn('party-b', ended).yours), ['move-on:party-a+party-b']);
  assert.deepEqual(short(turn('leader-b', ended).waitingFor), ['move-on:party-a+party-b']);
});

test('a party who asks to end early waits for the other, who is asked', () => {
  const during = new Date('2026-05-01T08:00:00.000Z');
  const asked = endEarly(contractAt('learning'), 'party-a', { now: during });
  assert.ok(asked.ok);
  assert.deepEqual(short(whoseTurn(asked.value, 'party-b', undefined, during).yours), [
    'learn:party-a+party-b',
    'end-early:party-b',
  ]);
  assert.deepEqual(short(whoseTurn(asked.value, 'party-a', undefined, during).waitingFor), [
    'end-early:party-b',
  ]);
});

test('a completed contract waits for no one', () => {
  assert.deepEqual(contractNeeds(contractAt('completed')), []);
});
