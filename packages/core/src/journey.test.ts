// The whole method from core alone, as the issue's "done when" describes it:
// create, fill in as A and B, be refused approval while a goal is missing, get
// both approvals, move through all five steps, take each party's copy, and
// round-trip through JSON and migrate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdit } from './field-edit.js';
import type { Edit } from './paths.js';
import { SCHEMA_VERSION, type Perspective } from './constants.js';
import { createEmptyContract } from './create-contract.js';
import { migrate } from './migrate.js';
import { accept, advance, approve, confirmClosing } from './process.js';
import type { Result } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';
import { partyCopy } from './visibility.js';

const now = new Date('2026-04-01T10:00:00.000Z');

function must<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function edit(contract: LearningContract, perspective: Perspective, ...edits: Edit[]) {
  return edits.reduce(
    (current, change) => must(applyEdit(current, perspective, change, { now })),
    contract,
  );
}

const set = (path: Array<string | number>, value: unknown): Edit => ({ op: 'set', path, value });

test('a contract goes from blank to completed, with each party keeping their own copy', () => {
  let contract = createEmptyContract({ id: 'journey', now });
  assert.equal(contract.process.state, 'agreement');

  contract = edit(
    contract,
    'party-a',
    set(['parties', 'a', 'name'], 'Mette Larsen'),
    set(['parties', 'a', 'department'], 'Hjemmeplejen'),
    set(['parties', 'a', 'position'], 'Sygeplejerske'),
    set(['purpose'], 'Forstå hinandens arbejde med fælles borgere'),
    {
      op: 'append',
      path: ['goals', 'a'],
      item: { id: 'ga', text: 'Kende sygedagpengereglerne', subGoals: [], preset: false },
    },
    set(['leaders', 'a', 'name'], 'Hanne Berg'),
    set(['supervisor', 'decision'], 'none'),
    set(['plan', 'approach'], 'Følgedage og korte møder'),
    set(['plan', 'timeFrame', 'start'], '2026-04-01'),
    set(['plan', 'timeFrame', 'end'], '2026-09-30'),
  );
  contract = edit(
    contract,
    'party-b',
    set(['parties', 'b', 'name'], 'Jonas Holm'),
    set(['parties', 'b', 'department'], 'Jobcentret'),
    set(['parties', 'b', 'position'], 'Sagsbehandler'),
    set(['leaders', 'b', 'name'], 'Peter Friis'),
  );

  const refused = approve(contract, 'leader-b', { now });
  assert.equal(refused.ok, false);
  assert.deepEqual(refused.ok ? [] : refused.issues, [
    { path: ['goals', 'b'], code: 'goal-missing', params: { party: 'b' } },
    { path: ['approvals', 'parties', 'a'], code: 'party-not-accepted', params: { party: 'a' } },
    { path: ['approvals', 'parties', 'b'], code: 'party-not-accepted', params: { party: 'b' } },
  ]);

  contract = edit(contract, 'party-b', {
    op: 'append',
    path: ['goals', 'b'],
    item: { id: 'gb', text: 'Vide hvad hjemmeplejen kan', subGoals: [], preset: false },
  });
  contract = must(accept(contract, 'party-a', { now }));
  contract = must(accept(contract, 'party-b', { now }));
  contract = must(approve(contract, 'leader-a', { now, comment: 'God idé' }));
  contract = must(approve(contract, 'leader-b', { now }));
  assert.equal(contract.approvals.leaders.a?.by, 'Hanne Berg');

  contract = must(advance(contract, 'party-a', { now }));
  assert.equal(contract.process.state, 'learning');
  contract = edit(contract, 'party-b', {
    op: 'append',
    path: ['plan', 'logbook'],
    item: { id: 'l1', date: '2026-04-14', author: 'b', text: 'Første følgedag' },
  });
  // The learning runs until its agreed end, and the partners end it.
  const early = advance(contract, 'party-b', { now });
  assert.deepEqual(early.ok ? [] : early.issues.map((i) => i.code), ['learning-not-ended']);
  const ended = new Date('2026-09-30T15:00:00.000Z');
  assert.equal(advance(contract, 'leader-a', { now: ended }).ok, false);
  contract = must(advance(contract, 'party-b', { now: ended }));
  assert.equal(contract.process.state, 'evaluation');

  contract = edit(
    contract,
    'party-a',
    set(['jointEvaluation', 'goals', 'text'], 'Vi nåede begge mål'),
    set(['jointEvaluation', 'collaboration', 'text'], 'Godt samarbejde'),
    set(['jointEvaluation', 'nextTime', 'text'], 'Planlægge følgedage tidligere'),
    set(['jointEvaluation', 'keepingKnowledge', 'text'], 'Fast sparring hver måned'),
  );
  contract = must(advance(contract, 'party-a', { now: ended }));
  assert.equal(contract.process.state, 'closing');

  for (const party of ['a', 'b'] as const) {
    contract = edit(
      contract,
      `leader-${party}`,
      set(['leaderEvaluations', party, 'results', 'text'], `«private-${party}» resultater`),
      set(['leaderEvaluations', party, 'leaderEffort', 'text'], `«private-${party}» leder`),
      set(['leaderEvaluations', party, 'employeeEffort', 'text'], `«private-${party}» medarbejder`),
      set(['leaderEvaluations', party, 'keepingPlan', 'what'], `«private-${party}» plan`),
      set(['leaderEvaluations', party, 'conversation', 'date'], '2026-10-05'),
    );
    contract = edit(
      contract,
      `party-${party}`,
      set(['privateNotes', party], `«private-${party}» noter`),
    );
  }
  // Nobody completes it by moving on: each leader confirms the closing conversation.
  const held = new Date('2026-10-06T09:00:00.000Z');
  assert.equal(advance(contract, 'party-a', { now: held }).ok, false);
  contract = must(confirmClosing(contract, 'leader-a', { now: held }));
  assert.equal(contract.process.state, 'closing');
  contract = must(confirmClosing(contract, 'leader-b', { now: held }));
  assert.equal(contract.process.state, 'completed');
  assert.equal(contract.approvals.closing.b?.by, 'Peter Friis');
  assert.deepEqual(Object.keys(contract.process.reached), [
    'introduced',
    'agreement',
    'learning',
    'evaluation',
    'closing',
    'completed',
  ]);

  const copyA = JSON.stringify(partyCopy(contract, 'a'));
  const copyB = JSON.stringify(partyCopy(contract, 'b'));
  assert.ok(copyA.includes('«private-a» noter') && !copyA.includes('«private-b»'));
  assert.ok(copyB.includes('«private-b» noter') && !copyB.includes('«private-a»'));

  const roundTripped = must(migrate(JSON.parse(JSON.stringify(contract))));
  assert.deepEqual(roundTripped, { contract, fromVersion: SCHEMA_VERSION });
});
