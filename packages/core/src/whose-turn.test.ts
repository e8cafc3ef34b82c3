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

test('where people sign in by email, each party is asked for their own leader’s name and email until the leader approves', () => {
  // As a contract started on the partner board: the parties by name and email, no leaders.
  const blank = createEmptyContract({ id: 'board', settings: { mode: 'formal' } });
  const started: LearningContract = {
    ...blank,
    parties: {
      a: { ...blank.parties.a, name: 'Mette Larsen', email: 'mette.larsen@soeby.dk' },
      b: { ...blank.parties.b, name: 'Jonas Holm', email: 'jonas.holm@soeby.dk' },
    },
    goals: {
      a: [{ id: 'p', text: 'Sat af organisationen', subGoals: [], preset: true }],
      b: [{ id: 'q', text: 'Sat af organisationen', subGoals: [], preset: true }],
    },
  };
  /** What the party is asked to write of their own leader. */
  const leaderPaths = (contract: LearningContract, perspective: 'party-a' | 'party-b') =>
    whoseTurn(contract, perspective)
      .yours.filter((need) => need.need === 'fill-in')
      .flatMap((need) => need.issues!.map((i) => i.path.join('.')))
      .filter((path) => path.startsWith(`leaders.${perspective.slice(-1)}.`));
  // Step 1, run formally: the leaders hand it on, but cannot open it without their emails.
  assert.equal(started.process.state, 'introduced');
  assert.deepEqual(leaderPaths(started, 'party-a'), ['leaders.a.name', 'leaders.a.email']);
  assert.deepEqual(leaderPaths(started, 'party-b'), ['leaders.b.name', 'leaders.b.email']);
  assert.deepEqual(short(whoseTurn(started, 'party-a').yours), ['fill-in:party-a']);
  assert.deepEqual(short(whoseTurn(started, 'party-a').waitingFor), [
    'fill-in:party-b',
    'move-on:leader-a+leader-b',
  ]);
  // The list files it as the party's to do.
  assert.deepEqual(turnInShort(started, ['party-b']).yours, [{ need: 'fill-in', by: ['party-b'] }]);

  // Agreeing: the name is what the step asks for already; the email is asked of the party alone.
  const agreeing: LearningContract = {
    ...started,
    process: { ...started.process, state: 'agreement' },
    leaders: { ...started.leaders, a: { ...started.leaders.a, name: 'Hanne Berg' } },
  };
  assert.deepEqual(leaderPaths(agreeing, 'party-a'), ['leaders.a.email']);
  const named = whoseTurn(agreeing, 'party-b').yours.flatMap((need) =>
    need.issues!.map((i) => `${i.path.join('.')}:${need.by.join('+')}`),
  );
  assert.ok(named.includes('leaders.b.name:party-a+party-b+leader-b'));
  assert.ok(named.includes('leaders.b.email:party-b'));

  // Written in, or approved already: nothing more is asked.
  const written = applyEdit(agreeing, 'party-a', {
    op: 'set',
    path: ['leaders', 'a', 'email'],
    value: 'hanne.berg@soeby.dk',
  });
  assert.ok(written.ok);
  assert.deepEqual(leaderPaths(written.value, 'party-a'), []);
  const approved = filledContract();
  approved.leaders.a.email = '';
  approved.approvals.leaders.a = { by: 'Hanne Berg', at: '2026-04-01T10:00:00.000Z', comment: '' };
  assert.ok(!leaderPaths(approved, 'party-a').includes('leaders.a.email'));
  // Where no one is known by email (a contract kept in one browser), the email is not asked for.
  const local = createEmptyContract({ id: 'local' });
  assert.ok(!leaderPaths(local, 'party-a').includes('leaders.a.email'));
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
