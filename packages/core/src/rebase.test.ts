import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyChange } from './view-write.js';
import { mergeText } from './merge-text.js';
import type { Edit } from './paths.js';
import { recordEdit, type PendingEdit } from './pending-edits.js';
import { rebase } from './rebase.js';
import type { LearningContract } from './schema/contract-schema.js';
import { contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';

/** A colleague's change, as the server would have stored it. */
function stored(contract: LearningContract, perspective: 'party-a' | 'party-b', edit: Edit) {
  const result = applyChange(contract, perspective, { edit });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return { ...result.value.contract, revision: contract.revision + 1 };
}

/** The person's edits, recorded as the browser records them while they type. */
function typed(contract: LearningContract, edits: Edit[]): PendingEdit[] {
  let shown = contract;
  let pending: PendingEdit[] = [];
  for (const edit of edits) {
    pending = recordEdit(pending, shown, edit);
    const result = applyChange(shown, 'party-a', { edit });
    assert.ok(result.ok);
    shown = result.value.contract;
  }
  return pending;
}

const base = { ...filledContract(), revision: 3 };

test('a colleague’s field is taken and mine kept, without asking anyone', () => {
  const theirs = stored(base, 'party-b', {
    op: 'set',
    path: ['parties', 'b', 'department'],
    value: 'Jobcentret',
  });
  const mine = typed(base, [
    { op: 'set', path: ['parties', 'a', 'department'], value: 'Hjemme' },
    { op: 'set', path: ['parties', 'a', 'department'], value: 'Hjemmeplejen' },
  ]);
  assert.equal(mine.length, 1, 'typing into one field twice is one pending change');
  const rebased = rebase(theirs, 'party-a', mine);
  assert.equal(rebased.contract.parties.b.department, 'Jobcentret');
  assert.equal(rebased.contract.parties.a.department, 'Hjemmeplejen');
  assert.deepEqual(rebased.conflicts, []);
  assert.equal(rebased.pending[0]?.before, theirs.parties.a.department);
});

test('one text both changed in different words is merged; the same words are a conflict', () => {
  const purpose = 'At forstå hinandens arbejde';
  const start = stored(base, 'party-a', { op: 'set', path: ['purpose'], value: purpose });
  const theirs = stored(start, 'party-b', {
    op: 'set',
    path: ['purpose'],
    value: `${purpose} med fælles borgere`,
  });
  const mine = typed(start, [{ op: 'set', path: ['purpose'], value: `Vi vil ${purpose}` }]);

  const withoutMerge = rebase(theirs, 'party-a', mine);
  assert.equal(withoutMerge.conflicts.length, 1, 'without the merge it waits for the person');
  const merged = rebase(theirs, 'party-a', mine, { mergeText });
  assert.equal(merged.contract.purpose, `Vi vil ${purpose} med fælles borgere`);
  assert.deepEqual(merged.merged, [['purpose']]);
  assert.deepEqual(merged.conflicts, []);

  const overlap = typed(start, [{ op: 'set', path: ['purpose'], value: 'At lære noget nyt' }]);
  const clash = stored(start, 'party-b', { op: 'set', path: ['purpose'], value: 'At dele viden' });
  const rebased = rebase(clash, 'party-a', overlap, { mergeText });
  assert.equal(rebased.contract.purpose, 'At dele viden', 'theirs stays stored');
  assert.deepEqual(rebased.conflicts, [
    { path: ['purpose'], before: purpose, theirs: 'At dele viden', mine: 'At lære noget nyt' },
  ]);
  assert.deepEqual(rebased.pending, [], 'a conflict is not sent until the person settles it');
});

test('an edit stays on its list item when a colleague adds or removes others', () => {
  const first = { id: 'g1', text: 'Første mål', preset: false, subGoals: [] };
  const second = { id: 'g2', text: 'Andet mål', preset: false, subGoals: [] };
  let start = stored(base, 'party-a', { op: 'append', path: ['goals', 'a'], item: first });
  start = stored(start, 'party-a', { op: 'append', path: ['goals', 'a'], item: second });
  const at = start.goals.a.length - 1;
  const mine = typed(start, [
    { op: 'set', path: ['goals', 'a', at, 'text'], value: 'Andet mål, nu' },
  ]);
  assert.deepEqual(mine[0]?.edit.path, ['goals', 'a', '#g2', 'text']);
  // In another tab, the first goal is removed: the second is now at index 0.
  const theirs = stored(start, 'party-a', { op: 'remove', path: ['goals', 'a'], id: 'g1' });
  const rebased = rebase(theirs, 'party-a', mine);
  assert.equal(rebased.contract.goals.a.at(-1)?.text, 'Andet mål, nu');
  assert.ok(!rebased.contract.goals.a.some((goal) => goal.id === 'g1'));
  // Removed where I typed: refused at that item, with my text kept to copy.
  const gone = stored(start, 'party-a', { op: 'remove', path: ['goals', 'a'], id: 'g2' });
  const refused = rebase(gone, 'party-a', mine);
  assert.equal(refused.refused[0]?.issues[0]?.code, 'item-removed');
  assert.equal((refused.refused[0]?.pending.edit as { value: string }).value, 'Andet mål, nu');
});

test('an item added and removed before it was stored leaves nothing to send', () => {
  const item = { id: 'x1', text: '', preset: false, subGoals: [] };
  const mine = typed(base, [
    { op: 'append', path: ['goals', 'a'], item },
    { op: 'set', path: ['goals', 'a', base.goals.a.length, 'text'], value: 'Skal væk' },
    { op: 'remove', path: ['goals', 'a'], id: 'x1' },
  ]);
  assert.deepEqual(mine, []);
});

test('a change core no longer allows is refused, and the rest still applies', () => {
  const mine = typed(base, [
    { op: 'set', path: ['parties', 'a', 'position'], value: 'Sygeplejerske i nattevagt' },
    { op: 'set', path: ['privateNotes', 'a'], value: 'Mine noter' },
  ]);
  // The contract moved on to its end meanwhile: agreed content is no longer anyone's to change.
  const completed = { ...contractAt('completed'), revision: 9 };
  const rebased = rebase(completed, 'party-a', mine);
  assert.ok(rebased.refused.some(({ pending }) => pending.edit.path.includes('position')));
  assert.equal(rebased.contract.parties.a.position, completed.parties.a.position);
});

test('a change stored already, as the person has it, is no longer pending', () => {
  const mine = typed(base, [{ op: 'set', path: ['purpose'], value: 'Samme tekst' }]);
  const theirs = stored(base, 'party-a', { op: 'set', path: ['purpose'], value: 'Samme tekst' });
  assert.deepEqual(rebase(theirs, 'party-a', mine).pending, []);
});

test('mergeText keeps both people’s words and refuses the same words changed twice', () => {
  assert.equal(mergeText('a b c', 'a b c d', 'z a b c'), 'z a b c d');
  assert.equal(mergeText('a b c', 'a x c', 'a y c'), undefined);
  assert.equal(mergeText('a b c', 'a x c', 'a x c'), 'a x c');
});

test('mergeText keeps both when two people only added words at one place', () => {
  // An empty field both started writing in at once.
  // Side by side, never where the person's next keystroke would run into the colleague's.
  assert.equal(mergeText('', ' fane2-02', 'fane1-02 '), 'fane1-02  fane2-02');
  assert.equal(mergeText('', 'Jonas skriver', 'Mette skriver'), 'Jonas skriver Mette skriver');
  assert.equal(mergeText('a b', 'a Y b', 'a X b'), 'a Y X b');
  // Replacing the same word is still for the person to settle.
  assert.equal(mergeText('a b', 'a Y', 'a X'), undefined);
});
