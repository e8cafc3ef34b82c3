import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyEdit } from './field-edit.js';
import type { Edit } from './paths.js';
import { applyWrite } from './view-write.js';
import { PERSPECTIVES, type Perspective } from './constants.js';
import { importContract } from './import-contract.js';
import type { LearningContract } from './schema/contract-schema.js';
import { arbitraryContract } from './arbitraries/arbitrary-contract.js';
import { contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';
import { fillView, viewFor } from './visibility.js';

const now = new Date('2026-05-01T09:00:00.000Z');

/** What a browser sends: the person's view of the contract after their edits. */
function sentAfter(stored: LearningContract, perspective: Perspective, ...edits: Edit[]) {
  let contract = stored;
  for (const edit of edits) {
    const result = applyEdit(contract, perspective, edit, { now });
    assert.ok(result.ok, `the browser may make ${JSON.stringify(edit)}`);
    contract = result.value;
  }
  return JSON.parse(JSON.stringify(viewFor(contract, perspective))) as LearningContract;
}

const withNotes = (contract: LearningContract): LearningContract => ({
  ...contract,
  privateNotes: { a: 'SENTINEL-NOTES-A', b: 'SENTINEL-NOTES-B' },
});

test('a view sent back unchanged changes nothing, for every perspective', () => {
  fc.assert(
    fc.property(arbitraryContract, fc.constantFrom(...PERSPECTIVES), (stored, perspective) => {
      const sent: unknown = JSON.parse(JSON.stringify(viewFor(stored, perspective)));
      const result = applyWrite(stored, perspective, sent, { now });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
      assert.equal(result.value.contract, stored);
      assert.deepEqual(result.value.changed, []);
    }),
    { numRuns: 150 },
  );
});

test('an edit the browser made arrives as the same change, and hidden parts stay as stored', () => {
  fc.assert(
    fc.property(
      arbitraryContract,
      fc.constantFrom<Perspective>('party-a', 'party-b'),
      fc.string({ maxLength: 30 }),
      (stored, perspective, text) => {
        const edit: Edit = {
          op: 'set',
          path: ['privateNotes', perspective.slice(-1)],
          value: text,
        };
        if (!applyEdit(stored, perspective, edit, { now }).ok) return; // completed: nothing to write
        const sent = sentAfter(stored, perspective, edit);
        const result = applyWrite(stored, perspective, sent, { now });
        assert.ok(result.ok);
        const other = perspective === 'party-a' ? 'b' : 'a';
        assert.equal(result.value.contract.privateNotes[other], stored.privateNotes[other]);
        assert.deepEqual(
          result.value.contract.leaderEvaluations[other],
          stored.leaderEvaluations[other],
        );
        assert.deepEqual(viewFor(result.value.contract, perspective), sent);
      },
    ),
    { numRuns: 150 },
  );
});

test('party B’s write leaves party A’s private notes exactly as stored', () => {
  const stored = withNotes(contractAt('learning'));
  const sent = sentAfter(stored, 'party-b', {
    op: 'set',
    path: ['privateNotes', 'b'],
    value: 'Ny note',
  });
  assert.equal(JSON.stringify(sent).includes('SENTINEL-NOTES-A'), false);
  const result = applyWrite(stored, 'party-b', sent, { now });
  assert.ok(result.ok);
  assert.equal(result.value.contract.privateNotes.a, 'SENTINEL-NOTES-A');
  assert.equal(result.value.contract.privateNotes.b, 'Ny note');
  assert.deepEqual(result.value.changed, [['privateNotes', 'b']]);
});

test('a write with one forbidden change is refused whole, naming the path', () => {
  const stored = withNotes(filledContract());
  const sent = sentAfter(stored, 'party-b', { op: 'set', path: ['purpose'], value: 'Nyt formål' });
  sent.privateNotes.a = 'B skriver i A’s noter';
  const result = applyWrite(stored, 'party-b', sent, { now });
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.issues.map((i) => [i.path.join('.'), i.code]), [
    ['privateNotes.a', 'not-allowed'],
  ]);
});

test('forged acceptances, approvals and steps are refused', () => {
  const stored = filledContract();
  const forgeries: Array<[Perspective, (sent: LearningContract) => void, string]> = [
    [
      'party-a',
      (s) => (s.approvals.leaders.a = { by: 'x', at: now.toISOString(), comment: '' }),
      'approvals.leaders.a',
    ],
    ['party-a', (s) => (s.approvals.parties.b = { at: now.toISOString() }), 'approvals.parties.b'],
    ['leader-a', (s) => (s.process.state = 'completed'), 'process.state'],
  ];
  for (const [perspective, forge, path] of forgeries) {
    const sent = sentAfter(stored, perspective);
    forge(sent);
    const result = applyWrite(stored, perspective, sent, { now });
    assert.equal(result.ok, false, path);
    assert.ok(!result.ok && result.issues.some((i) => i.path.join('.') === path), path);
  }
});

test('amendments are core’s: a party may write what and why, not add, drop or confirm one', () => {
  const stored = contractAt('learning');
  const edited = sentAfter(
    stored,
    'party-a',
    { op: 'set', path: ['plan', 'approach'], value: 'To dage om måneden' },
    { op: 'set', path: ['amendments', 0, 'reason'], value: 'Mere tid' },
  );
  const written = applyWrite(stored, 'party-a', edited, { now });
  assert.ok(written.ok);
  assert.equal(written.value.contract.amendments.length, 1);
  assert.equal(written.value.contract.amendments[0]?.reason, 'Mere tid');
  assert.deepEqual(written.value.contract.amendments[0]?.fields, ['plan.approach']);

  const dropped = { ...edited, amendments: [] };
  assert.equal(applyWrite(stored, 'party-a', dropped, { now }).ok, false);
  const confirmed = structuredClone(edited);
  confirmed.amendments[0]!.agreedBy = ['party-a', 'party-b'];
  assert.equal(applyWrite(stored, 'party-a', confirmed, { now }).ok, false);
  const appended = structuredClone(edited);
  appended.amendments.push({ ...appended.amendments[0]!, id: 'mine' });
  assert.equal(applyWrite(stored, 'party-a', appended, { now }).ok, false);
});

test('a key the schema does not know is refused', () => {
  const stored = filledContract();
  const sent = sentAfter(stored, 'party-a');
  Object.assign(sent.parties.a, { age: 41 });
  const result = applyWrite(stored, 'party-a', sent, { now });
  assert.deepEqual(!result.ok && result.issues.map((i) => i.code), ['unexpected-key']);
});

test('a write that takes the writer’s own access away is refused', () => {
  const stored = filledContract();
  const sent = sentAfter(stored, 'party-a', {
    op: 'set',
    path: ['parties', 'a', 'email'],
    value: 'someone.else@example.dk',
  });
  const result = applyWrite(stored, 'party-a', sent, { now, email: 'MELA@example.dk' });
  assert.deepEqual(!result.ok && result.issues.map((i) => [i.path.join('.'), i.code]), [
    ['parties.a.email', 'would-lock-out'],
  ]);
});

test('importing a party’s file from the learning step opens one amendment, not two', () => {
  const stored = contractAt('learning');
  const theirs = applyEdit(stored, 'party-a', {
    op: 'set',
    path: ['plan', 'approach'],
    value: 'Ny tilgang',
  });
  assert.ok(theirs.ok);
  const file = JSON.stringify({ ...viewFor(theirs.value, 'party-a'), copyFor: 'a' });
  const imported = importContract(stored, file, 'party-a', { now });
  assert.ok(imported.ok);
  assert.equal(imported.value.contract.amendments.length, 1);
  assert.equal(imported.value.refused, 0);
});

test('fillView reads a leader’s view back as a whole contract with blanks where it sees nothing', () => {
  const stored = withNotes(filledContract());
  const filled = fillView(viewFor(stored, 'leader-a'), stored.id) as LearningContract;
  assert.equal(filled.privateNotes.a, '');
  assert.equal(filled.leaders.a.name, 'Hanne Berg');
  assert.equal(JSON.stringify(filled).includes('SENTINEL'), false);
});
