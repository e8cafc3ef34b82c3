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
    value: { contract, fromVersion: 4 },
  });
});

test('a document from a newer version is refused and not touched', () => {
  const newer = deepFreeze({
    ...createEmptyContract({ id: 'x' }),
    schemaVersion: 5,
    newField: 'kept',
  });
  const before = JSON.stringify(newer);
  const result = migrate(newer);
  assert.deepEqual(result, {
    ok: false,
    issues: [{ path: ['schemaVersion'], code: 'newer-version', params: { version: 5 } }],
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

test('a real version 1 document gains empty leader and supervisor emails, and keeps the rest', async () => {
  const { readFile } = await import('node:fs/promises');
  const raw = await readFile(new URL('./fixtures/contract-v1.json', import.meta.url), 'utf8');
  const original = deepFreeze(JSON.parse(raw) as Record<string, unknown>);
  const result = migrate(original);
  assert.ok(result.ok);
  const { contract, fromVersion } = result.value;
  assert.equal(fromVersion, 1);
  assert.equal(contract.schemaVersion, 4);
  assert.deepEqual(
    [contract.leaders.a.email, contract.leaders.b.email, contract.supervisor.email],
    ['', '', ''],
  );
  assert.equal(contract.leaders.a.name, 'Hanne Berg');
  assert.equal(contract.privateNotes.b, 'Jonas’ egne noter');
  assert.equal(contract.amendments[0]?.change, 'To dage om måneden');
  assert.equal(contract.revision, 7);
  assert.equal(
    JSON.stringify(original),
    JSON.stringify(JSON.parse(raw)),
    'the original is untouched',
  );
});

test('a real version 2 document gains an empty closing conversation, and keeps the evaluation', async () => {
  const { readFile } = await import('node:fs/promises');
  const raw = await readFile(new URL('./fixtures/contract-v2.json', import.meta.url), 'utf8');
  const result = migrate(deepFreeze(JSON.parse(raw) as Record<string, unknown>));
  assert.ok(result.ok);
  const { contract, fromVersion } = result.value;
  assert.equal(fromVersion, 2);
  assert.deepEqual(contract.leaderEvaluations.a.conversation, { date: '', participants: '' });
  assert.equal(contract.leaderEvaluations.b.developmentPlan, '');
  assert.equal(
    contract.leaderEvaluations.a.results.text,
    'Mette kender nu reglerne for sygedagpenge',
  );
  assert.equal(contract.leaderEvaluations.a.developmentPlanUpdated, true);
  assert.equal(contract.process.state, 'closing');
});

test('a real version 3 document in the closing waits for both leaders’ confirmations, and knows whose evaluation is answered', async () => {
  const { readFile } = await import('node:fs/promises');
  const { whoseTurn } = await import('./whose-turn.js');
  const { fillView, viewFor } = await import('./visibility.js');
  const raw = await readFile(new URL('./fixtures/contract-v3.json', import.meta.url), 'utf8');
  const original = deepFreeze(JSON.parse(raw) as Record<string, unknown>);
  const result = migrate(original);
  assert.ok(result.ok);
  const { contract, fromVersion } = result.value;
  assert.equal(fromVersion, 3);
  assert.deepEqual(contract.approvals.closing, { a: null, b: null });
  // Jonas and Peter answered everything; Mette and Hanne have not.
  assert.deepEqual(contract.process.answered, { a: false, b: true, joint: true });
  assert.equal(contract.leaderEvaluations.b.conversation.date, '2026-10-04');
  // Mette, who cannot see Jonas' evaluation, reads the same from her view as from the whole.
  const view = migrate(fillView(viewFor(contract, 'party-a'), contract.id));
  assert.ok(view.ok);
  const said = (c: typeof contract) =>
    whoseTurn(c, 'party-a').waitingFor.map(({ need, by }) => `${need}:${by.join('+')}`);
  assert.deepEqual(said(view.value.contract), said(contract));
  assert.deepEqual(said(contract), ['confirm-closing:leader-b']);
  assert.equal(JSON.stringify(original), JSON.stringify(JSON.parse(raw)), 'untouched');
});

test('every adapter reads a version 1 document as the current version, through parseContract', async () => {
  const { readFile } = await import('node:fs/promises');
  const { parseContract } = await import('./parse-contract.js');
  const raw = await readFile(new URL('./fixtures/contract-v1.json', import.meta.url), 'utf8');
  const parsed = parseContract(JSON.parse(raw));
  assert.ok(parsed.ok);
  assert.equal(parsed.value.schemaVersion, 4);
  assert.equal(parsed.value.supervisor.email, '');
});
