import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdit } from './field-edit.js';
import { createEmptyContract } from './create-contract.js';
import { noticesBetween, type Notice } from './notifications.js';
import { accept, advance, confirmClosing, endEarly } from './process.js';
import { acceptedContract, contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';

const short = (notices: Notice[]) => notices.map(({ kind, email }) => `${kind} ${email}`);
const must = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  assert.ok(result.ok);
  return (result as { value: T }).value;
};

test('when both parties have accepted, each leader is asked to approve, once', () => {
  const oneAccepted = must(accept(filledContract(), 'party-a'));
  assert.deepEqual(noticesBetween(filledContract(), oneAccepted), []);
  const both = must(accept(oneAccepted, 'party-b'));
  assert.deepEqual(short(noticesBetween(oneAccepted, both)), [
    'approve habe@example.dk',
    'approve pefr@example.dk',
  ]);
  assert.deepEqual(noticesBetween(both, both), [], 'nothing new, nothing sent');
});

test('a change that withdraws acceptances tells the parties, and the leader who had approved', () => {
  const approved = { ...acceptedContract() };
  approved.approvals = {
    ...approved.approvals,
    leaders: { a: { by: 'x', at: approved.createdAt, comment: '' }, b: null },
  };
  const changed = must(
    applyEdit(approved, 'party-b', { op: 'set', path: ['purpose'], value: 'Nyt' }),
  );
  assert.deepEqual(short(noticesBetween(approved, changed)), [
    'withdrawn mela@example.dk',
    'withdrawn joho@example.dk',
    'withdrawn habe@example.dk',
  ]);
});

test('reaching the evaluation tells the parties; completing tells everyone, each once', () => {
  const learning = contractAt('learning');
  const evaluating = must(advance(learning, 'party-a'));
  assert.deepEqual(short(noticesBetween(learning, evaluating)), [
    'evaluation mela@example.dk',
    'evaluation joho@example.dk',
  ]);
  const closing = contractAt('closing');
  closing.leaders.b.email = 'HABE@example.dk'; // one leader for both
  const completed = { ...closing, process: { ...closing.process, state: 'completed' as const } };
  const notices = noticesBetween(closing, completed);
  assert.deepEqual(
    notices.map((n) => `${n.email} ${n.perspectives.join('+')}`),
    [
      'mela@example.dk party-a',
      'joho@example.dk party-b',
      'habe@example.dk leader-a+leader-b',
      'loda@example.dk supervisor',
    ],
  );
});

test('no one without an email in the contract is told anything', () => {
  const noEmails = filledContract();
  noEmails.leaders.a.email = '';
  noEmails.leaders.b.email = '';
  const both = must(accept(must(accept(noEmails, 'party-a')), 'party-b'));
  assert.deepEqual(noticesBetween(must(accept(noEmails, 'party-a')), both), []);
});

test('run formally: a leader invited at step 1 is told to set the goals, the parties when the contract is handed on', () => {
  const created = createEmptyContract({ id: 'f', settings: { mode: 'formal' } });
  const invited = {
    ...created,
    parties: { ...created.parties, a: { ...created.parties.a, email: 'mela@example.dk' } },
    leaders: { ...created.leaders, a: { ...created.leaders.a, email: 'habe@example.dk' } },
  };
  assert.deepEqual(short(noticesBetween(created, invited)), ['set-goals habe@example.dk']);
  assert.deepEqual(short(noticesBetween(invited, invited)), [], 'told once');
  const withGoals = {
    ...invited,
    parties: { ...invited.parties, b: { ...invited.parties.b, email: 'joho@example.dk' } },
    goals: {
      a: [{ id: 'ga', text: 'Journalføring', subGoals: [], preset: true }],
      b: [{ id: 'gb', text: 'Hjemmeplejen', subGoals: [], preset: true }],
    },
  };
  const handedOn = must(advance(withGoals, 'leader-a'));
  assert.deepEqual(short(noticesBetween(withGoals, handedOn)), [
    'agreement mela@example.dk',
    'agreement joho@example.dk',
  ]);
});

test('asking to end the learning early tells the other party; agreeing tells both it is time to evaluate', () => {
  const during = new Date('2026-05-01T08:00:00.000Z');
  const learning = contractAt('learning');
  const asked = must(endEarly(learning, 'party-b', { now: during }));
  assert.deepEqual(short(noticesBetween(learning, asked, undefined, during)), [
    'end-early mela@example.dk',
  ]);
  const agreed = must(endEarly(asked, 'party-a', { now: during }));
  assert.deepEqual(short(noticesBetween(asked, agreed, undefined, during)), [
    'evaluation mela@example.dk',
    'evaluation joho@example.dk',
  ]);
});

test('the supervisor hears when the partners have evaluated, with their answer about the supervision', () => {
  const evaluation = contractAt('evaluation');
  for (const question of [
    'goals',
    'collaboration',
    'supervisorUse',
    'nextTime',
    'keepingKnowledge',
  ] as const) {
    evaluation.jointEvaluation[question].text = 'Svar';
  }
  const closing = must(advance(evaluation, 'party-a'));
  assert.ok(short(noticesBetween(evaluation, closing)).includes('supervision loda@example.dk'));
  const unanswered = {
    ...evaluation,
    supervisor: { ...evaluation.supervisor, decision: 'none' as const },
  };
  const withoutSupervisor = must(advance(unanswered, 'party-a'));
  assert.ok(
    !short(noticesBetween(unanswered, withoutSupervisor)).some((n) => n.startsWith('supervision')),
  );
});

test('a leader is asked to confirm the closing conversation once their employee’s evaluation is answered', () => {
  const closing = contractAt('closing');
  const answers = [
    ['conversation', 'date', '2026-10-05'],
    ['results', 'text', 'r'],
    ['leaderEffort', 'text', 'l'],
    ['employeeEffort', 'text', 'e'],
    ['keepingPlan', 'what', 'w'],
  ] as const;
  let answered = closing;
  let last = closing;
  for (const [group, field, value] of answers) {
    last = answered;
    answered = must(
      applyEdit(answered, 'party-b', {
        op: 'set',
        path: ['leaderEvaluations', 'b', group, field],
        value,
      }),
    );
  }
  assert.deepEqual(short(noticesBetween(last, answered)), ['confirm-closing pefr@example.dk']);
  assert.deepEqual(noticesBetween(closing, last), [], 'not before every answer is there');
  const held = new Date('2026-10-06T09:00:00.000Z');
  const confirmed = must(confirmClosing(answered, 'leader-b', { now: held }));
  assert.deepEqual(noticesBetween(answered, confirmed, undefined, held), []);
});
