import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyContract } from './create-contract.js';
import {
  accept,
  actionBlockers,
  advance,
  advanceBlockers,
  approve,
  availableActions,
  confirmAmendment,
  confirmClosing,
  endEarly,
  nextState,
  signatureOf,
} from './process.js';
import { canEdit } from './editing-rules.js';
import type { Perspective } from './constants.js';
import type { Issue } from './result.js';
import { BUILT_IN_RULES } from './contract-rules.js';
import { acceptedContract, closingAnswered, contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';

const codes = (issues: Issue[]) => issues.map((found) => found.code);
const now = new Date('2026-05-01T08:00:00.000Z');

test('the states follow the five steps and end in completed', () => {
  assert.equal(nextState('introduced'), 'agreement');
  assert.equal(nextState('closing'), 'completed');
  assert.equal(nextState('completed'), null);
});

test('an organisation-level introduced step may be moved on from with nothing filled in', () => {
  const contract = createEmptyContract({ id: 'x' });
  const introduced = { ...contract, process: { state: 'introduced' as const, reached: {} } };
  const moved = advance(introduced, 'party-a', { now });
  assert.equal(moved.ok && moved.value.process.state, 'agreement');
  assert.equal(moved.ok && moved.value.process.reached.agreement, now.toISOString());
});

test('a blank contract cannot be approved, and each missing thing is named', () => {
  const issues = actionBlockers(createEmptyContract({ id: 'x' }), 'leader-a', 'approve');
  assert.deepEqual(
    issues.map((found) => `${found.path.join('.')} ${found.code}`),
    [
      'parties.a.name required',
      'parties.a.department required',
      'parties.a.position required',
      'leaders.a.name required',
      'parties.b.name required',
      'parties.b.department required',
      'parties.b.position required',
      'leaders.b.name required',
      'purpose required',
      'plan.approach required',
      'plan.timeFrame.start required',
      'plan.timeFrame.end required',
      'goals.a goal-missing',
      'goals.b goal-missing',
      'supervisor.decision supervisor-undecided',
      'approvals.parties.a party-not-accepted',
      'approvals.parties.b party-not-accepted',
    ],
  );
});

test('an assigned supervisor needs a name; an end before the start is refused', () => {
  const contract = filledContract();
  const unnamed = { ...contract, supervisor: { ...contract.supervisor, name: ' ' } };
  assert.deepEqual(codes(actionBlockers(unnamed, 'party-a', 'accept')), ['required']);
  const backwards = {
    ...contract,
    plan: { ...contract.plan, timeFrame: { ...contract.plan.timeFrame, end: '2026-01-01' } },
  };
  assert.deepEqual(codes(actionBlockers(backwards, 'party-a', 'accept')), ['end-before-start']);
});

test('the learning cannot start until both parties accepted and both leaders approved', () => {
  let contract = filledContract();
  assert.deepEqual(
    advanceBlockers(contract).map((found) => `${found.code}:${found.params?.['party']}`),
    [
      'party-not-accepted:a',
      'leader-not-approved:a',
      'party-not-accepted:b',
      'leader-not-approved:b',
    ],
  );
  for (const step of [
    () => accept(contract, 'party-a', { now }),
    () => accept(contract, 'party-b', { now }),
    () => approve(contract, 'leader-a', { now }),
  ]) {
    const result = step();
    assert.ok(result.ok);
    contract = result.value;
  }
  assert.deepEqual(
    advanceBlockers(contract).map((found) => `${found.code}:${found.params?.['party']}`),
    ['leader-not-approved:b'],
  );
});

test('only a party accepts and only a leader approves, once, and only while agreeing', () => {
  const contract = filledContract();
  assert.deepEqual(codes(actionBlockers(contract, 'leader-a', 'accept')), ['not-allowed']);
  assert.deepEqual(codes(actionBlockers(contract, 'party-a', 'approve')), ['not-allowed']);
  assert.deepEqual(codes(actionBlockers(contract, 'supervisor', 'approve')), ['not-allowed']);
  assert.deepEqual(codes(actionBlockers(contract, 'leader-a', 'approve')), [
    'party-not-accepted',
    'party-not-accepted',
  ]);
  const approved = approve(acceptedContract(), 'leader-a', { now });
  assert.ok(approved.ok);
  assert.deepEqual(codes(actionBlockers(approved.value, 'leader-a', 'approve')), ['already-given']);
  assert.deepEqual(codes(actionBlockers(contractAt('learning'), 'leader-a', 'approve')), [
    'wrong-step',
  ]);
});

test('a refused action changes nothing', () => {
  const contract = createEmptyContract({ id: 'x' });
  const before = JSON.stringify(contract);
  assert.equal(approve(contract, 'leader-a', { now }).ok, false);
  assert.equal(advance(contract, 'party-a', { now }).ok, false);
  assert.equal(JSON.stringify(contract), before);
});

test('the learning cannot end while an amendment lacks a description, a reason or both parties', () => {
  const contract = {
    ...contractAt('learning'),
    amendments: [
      {
        id: 'm1',
        date: '2026-05-01',
        fields: ['goals.a.0.text'],
        change: 'Nyt mål',
        reason: 'Mere tid',
        agreedBy: ['party-a' as const],
      },
    ],
  };
  assert.deepEqual(advanceBlockers(contract), [
    { path: ['amendments', 0], code: 'amendment-incomplete', params: { number: 1 } },
  ]);
  const confirmed = confirmAmendment(contract, 'party-b', 'm1', { now });
  assert.ok(confirmed.ok);
  assert.deepEqual(confirmed.value.amendments[0]?.agreedBy, ['party-a', 'party-b']);
  assert.deepEqual(advanceBlockers(confirmed.value), []);
  const missing = confirmAmendment(contract, 'party-b', 'nope');
  assert.deepEqual(missing.ok ? [] : codes(missing.issues), ['not-found']);
  assert.equal(confirmAmendment(contract, 'supervisor', 'm1').ok, false);
});

test('the partners’ evaluation needs all five answers, or four when they had no supervisor', () => {
  const contract = contractAt('evaluation');
  assert.deepEqual(
    advanceBlockers(contract).map((found) => found.path[1]),
    ['goals', 'collaboration', 'supervisorUse', 'nextTime', 'keepingKnowledge'],
  );
  const withoutSupervisor = {
    ...contract,
    supervisor: { ...contract.supervisor, decision: 'none' as const },
  };
  assert.deepEqual(
    advanceBlockers(withoutSupervisor).map((found) => found.path[1]),
    ['goals', 'collaboration', 'nextTime', 'keepingKnowledge'],
  );
});

test('the closing conversation needs each party’s evaluation with their leader, and both leaders’ confirmations', () => {
  const issues = advanceBlockers(contractAt('closing'));
  assert.deepEqual(
    issues.map((found) => `${found.path.join('.')} ${found.code}`),
    ['a', 'b']
      .flatMap((party) =>
        ['conversation.date', 'results.text', 'leaderEffort.text', 'employeeEffort.text']
          .concat('keepingPlan.what')
          .map((path) => `leaderEvaluations.${party}.${path} required`),
      )
      .concat([
        'approvals.closing.a closing-not-confirmed',
        'approvals.closing.b closing-not-confirmed',
      ]),
  );
});

test('the closing completes with both leaders’ confirmations, each once their employee’s evaluation is answered', () => {
  const held = new Date('2026-10-06T09:00:00.000Z');
  const closing = contractAt('closing');
  // Nobody moves it on, and no party confirms for the leaders.
  assert.deepEqual(codes(actionBlockers(closing, 'party-a', 'advance', undefined, held)), [
    'wrong-step',
  ]);
  assert.deepEqual(codes(actionBlockers(closing, 'party-a', 'confirm-closing')), ['not-allowed']);
  assert.deepEqual(availableActions(closing, 'party-a', undefined, held), []);
  // Hanne waits for her own employee's answers, not Jonas'.
  const refused = confirmClosing(closing, 'leader-a', { now: held });
  assert.deepEqual(
    refused.ok ? [] : refused.issues.map((found) => found.path.slice(0, 2).join('.')),
    Array(5).fill('leaderEvaluations.a'),
  );
  assert.deepEqual(
    availableActions(closing, 'leader-a', undefined, held).map(({ action }) => action),
    ['confirm-closing'],
    'offered, so that pressing it says what is missing',
  );
  // A conversation not yet held cannot be confirmed.
  const planned = closingAnswered(contractAt('closing'), 'a', '2026-10-20');
  const early = confirmClosing(planned, 'leader-a', { now: held });
  assert.deepEqual(early.ok ? [] : codes(early.issues), ['date-in-future']);

  const answeredA = closingAnswered(contractAt('closing'), 'a', '2026-10-05');
  const confirmedA = confirmClosing(answeredA, 'leader-a', { now: held, by: 'habe@example.dk' });
  assert.ok(confirmedA.ok);
  assert.equal(confirmedA.value.process.state, 'closing', 'one confirmation does not complete it');
  assert.deepEqual(confirmedA.value.approvals.closing.a, {
    by: 'habe@example.dk',
    at: held.toISOString(),
  });
  // What they confirmed is settled: neither Mette nor Hanne changes it now; Jonas' is still open.
  const results = ['leaderEvaluations', 'a', 'results', 'text'];
  assert.equal(canEdit(confirmedA.value, 'party-a', results), false);
  assert.equal(canEdit(confirmedA.value, 'leader-a', results), false);
  assert.equal(
    canEdit(confirmedA.value, 'party-b', ['leaderEvaluations', 'b', 'results', 'text']),
    true,
  );
  assert.deepEqual(codes(actionBlockers(confirmedA.value, 'leader-a', 'confirm-closing')), [
    'already-given',
  ]);

  const both = confirmClosing(closingAnswered(confirmedA.value, 'b', '2026-10-06'), 'leader-b', {
    now: held,
  });
  assert.ok(both.ok);
  assert.equal(both.value.process.state, 'completed');
  assert.equal(both.value.process.reached.completed, held.toISOString());
  assert.equal(both.value.approvals.closing.b?.by, 'Peter Friis');
});

test('the learning runs until its end date; only the parties end it then', () => {
  const learning = contractAt('learning'); // agreed to end on 2026-09-30
  const during = new Date('2026-05-01T08:00:00.000Z');
  const lastDay = new Date('2026-09-30T08:00:00.000Z');
  assert.deepEqual(codes(actionBlockers(learning, 'party-a', 'advance', undefined, during)), [
    'learning-not-ended',
  ]);
  // Confirming a change is offered beside each change, not as a step of the process.
  const offered = (perspective: Perspective, at: Date) =>
    availableActions(learning, perspective, undefined, at)
      .map(({ action }) => action)
      .filter((action) => action !== 'confirm-amendment');
  assert.deepEqual(offered('party-a', during), ['end-early']);
  assert.deepEqual(offered('leader-a', during), []);
  assert.deepEqual(offered('supervisor', during), []);
  assert.deepEqual(offered('party-b', lastDay), ['advance']);
  assert.deepEqual(offered('leader-b', lastDay), [], 'the partners evaluate, not the leaders');
  assert.deepEqual(codes(actionBlockers(learning, 'leader-b', 'advance', undefined, lastDay)), [
    'not-allowed',
  ]);
  assert.deepEqual(codes(actionBlockers(contractAt('evaluation'), 'leader-a', 'advance')), [
    'not-allowed',
  ]);
});

test('ending the learning early: one party asks, the other agrees, and it ends', () => {
  const during = new Date('2026-05-01T08:00:00.000Z');
  const asked = endEarly(contractAt('learning'), 'party-a', { now: during });
  assert.ok(asked.ok);
  assert.equal(asked.value.process.state, 'learning', 'asking alone ends nothing');
  assert.deepEqual(asked.value.process.endEarly, { by: 'party-a', at: during.toISOString() });
  const again = endEarly(asked.value, 'party-a', { now: during });
  assert.deepEqual(again.ok ? [] : codes(again.issues), ['already-given']);
  assert.deepEqual(codes(actionBlockers(asked.value, 'leader-b', 'end-early', undefined, during)), [
    'not-allowed',
  ]);
  const later = new Date('2026-05-02T08:00:00.000Z');
  const agreed = endEarly(asked.value, 'party-b', { now: later });
  assert.ok(agreed.ok);
  assert.equal(agreed.value.process.state, 'evaluation');
  assert.equal(agreed.value.process.reached.evaluation, later.toISOString());
  assert.equal(agreed.value.process.endEarly, undefined);
  // From the end date on there is nothing early to agree on: they move on.
  const lastDay = new Date('2026-09-30T08:00:00.000Z');
  assert.deepEqual(
    codes(actionBlockers(contractAt('learning'), 'party-a', 'end-early', undefined, lastDay)),
    ['wrong-step'],
  );
});

test('the learning does not end early while a change waits for confirmation', () => {
  const during = new Date('2026-05-01T08:00:00.000Z');
  const contract = {
    ...contractAt('learning'),
    amendments: [
      {
        id: 'm1',
        date: '2026-05-01',
        fields: ['plan.approach'],
        change: 'To dage',
        reason: 'Mere tid',
        agreedBy: ['party-a' as const],
      },
    ],
  };
  const refused = endEarly(contract, 'party-a', { now: during });
  assert.deepEqual(refused.ok ? [] : codes(refused.issues), ['amendment-incomplete']);
});

test('a completed contract goes nowhere', () => {
  assert.deepEqual(codes(advanceBlockers(contractAt('completed'))), ['already-completed']);
});

test('available actions: a leader may approve while agreeing; the supervisor has none', () => {
  const contract = acceptedContract();
  assert.deepEqual(
    availableActions(contract, 'leader-a').map(
      ({ action, blockers }) => `${action}:${blockers.length}`,
    ),
    ['approve:0'],
  );
  assert.deepEqual(availableActions(contract, 'supervisor'), []);
  assert.deepEqual(
    availableActions(contractAt('learning'), 'party-b').map(({ action }) => action),
    ['advance', 'confirm-amendment'],
  );
});

test('only what makes sense for this person now is offered as a button', () => {
  const offered = (contract: Parameters<typeof availableActions>[0], perspective: Perspective) =>
    availableActions(contract, perspective).map(({ action }) => action);
  const draft = filledContract();
  // While agreeing, parties accept; nobody is offered to start the learning before everyone has signed.
  assert.deepEqual(offered(draft, 'party-a'), ['accept']);
  // A leader approves the text both parties accepted, so not before.
  assert.deepEqual(offered(draft, 'leader-a'), []);
  // What this person has done is not offered again.
  const accepted = acceptedContract();
  assert.deepEqual(offered(accepted, 'party-a'), []);
  const approvedByA = approve(accepted, 'leader-a', { now });
  assert.ok(approvedByA.ok);
  assert.deepEqual(offered(approvedByA.value, 'leader-a'), []);
  assert.deepEqual(offered(approvedByA.value, 'leader-b'), ['approve']);
  // Once all have signed, moving on to the learning is offered to the four of them.
  const signed = approve(approvedByA.value, 'leader-b', { now });
  assert.ok(signed.ok);
  assert.deepEqual(offered(signed.value, 'party-b'), ['advance']);
  // An empty contract: accepting is offered, and pressing it says what is missing.
  const empty = createEmptyContract({ id: 'x' });
  assert.deepEqual(offered(empty, 'party-a'), ['accept']);
});

test('a custom field required before the learning blocks approval until filled', () => {
  const rules = {
    ...BUILT_IN_RULES,
    customRequirements: [{ fieldId: 'competence-area', requiredBefore: 'agreement' as const }],
  };
  const contract = acceptedContract();
  assert.deepEqual(actionBlockers(contract, 'leader-a', 'approve', rules), [
    { path: ['custom', 'competence-area'], code: 'required' },
  ]);
  const filled = { ...contract, custom: { 'competence-area': 'Borgerkontakt' } };
  assert.deepEqual(actionBlockers(filled, 'leader-a', 'approve', rules), []);
});

test('a hidden section asks for nothing', () => {
  const contract = {
    ...filledContract(),
    supervisor: {
      decision: 'undecided' as const,
      name: '',
      role: '',
      email: '',
      responsibilities: '',
    },
  };
  assert.deepEqual(codes(actionBlockers(contract, 'party-a', 'accept')), ['supervisor-undecided']);
  const rules = { ...BUILT_IN_RULES, hiddenSections: ['supervisor'] };
  assert.deepEqual(actionBlockers(contract, 'party-a', 'accept', rules), []);
});

test('a completed contract offers no action at all', () => {
  for (const perspective of ['party-a', 'party-b', 'leader-a', 'leader-b', 'supervisor'] as const) {
    assert.deepEqual(availableActions(contractAt('completed'), perspective), [], perspective);
  }
});

test('the learning cannot end with an end date moved before the start', () => {
  const contract = contractAt('learning');
  contract.plan.timeFrame.end = '2026-03-01';
  assert.deepEqual(codes(advanceBlockers(contract)), ['end-before-start']);
});

test('what a person has signed: a party’s acceptance, a leader’s approval, the supervisor nothing', () => {
  const accepted = acceptedContract();
  assert.equal(typeof signatureOf(accepted, 'party-b')?.at, 'string');
  assert.equal(signatureOf(accepted, 'leader-a'), null);
  assert.equal(signatureOf(accepted, 'supervisor'), null);
  const approved = approve(accepted, 'leader-a', { comment: 'God plan' });
  assert.ok(approved.ok);
  assert.equal(signatureOf(approved.value, 'leader-a')?.comment, 'God plan');
});
