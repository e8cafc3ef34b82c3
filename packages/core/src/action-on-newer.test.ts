import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionOnNewer } from './action-on-newer.js';
import { contractAt, filledContract } from './testing/index.js';

const at = new Date('2026-05-01T10:00:00Z').toISOString();

describe('actionOnNewer', () => {
  it('retries an acceptance when only the other party signed meanwhile', () => {
    const read = filledContract();
    const current = structuredClone(read);
    current.approvals.parties.a = { by: 'Mette Larsen', at };
    assert.deepEqual(actionOnNewer('accept', 'party-b', read, current), { kind: 'retry' });
    // A party's own notes are not part of what they sign.
    current.privateNotes.a = 'Husk at spørge om vagtplanen';
    assert.deepEqual(actionOnNewer('accept', 'party-b', read, current), { kind: 'retry' });
    // Their own acceptance, given in another window meanwhile.
    current.approvals.parties.b = { at };
    assert.deepEqual(actionOnNewer('accept', 'party-b', read, current), {
      kind: 'done',
      by: 'party-b',
    });
  });

  it('asks again, saying where, when the agreement’s content changed', () => {
    const read = filledContract();
    const current = structuredClone(read);
    current.purpose = 'Et andet formål';
    assert.deepEqual(actionOnNewer('approve', 'leader-a', read, current), {
      kind: 'changed',
      paths: [['purpose']],
    });
  });

  it('says a step was already taken, and by whom when only one other could', () => {
    const read = contractAt('learning');
    const current = contractAt('evaluation');
    assert.deepEqual(actionOnNewer('advance', 'party-b', read, current), {
      kind: 'done',
      by: 'party-a',
    });
    const signed = contractAt('agreement');
    const begun = contractAt('learning');
    // Both leaders and the other party may begin the learning: not guessed.
    assert.deepEqual(actionOnNewer('advance', 'party-b', signed, begun), { kind: 'done' });
    // The same step, something else changed: moved on as asked.
    const edited = structuredClone(read);
    edited.plan.approach = 'Følgedage';
    assert.deepEqual(actionOnNewer('advance', 'party-b', read, edited), { kind: 'retry' });
  });

  it('retries a closing confirmation when only the other leader confirmed', () => {
    const read = contractAt('closing');
    const current = structuredClone(read);
    current.approvals.closing.b = { by: 'Peter Friis', at };
    assert.deepEqual(actionOnNewer('confirm-closing', 'leader-a', read, current), {
      kind: 'retry',
    });
    current.leaderEvaluations.a.results.text = 'Noget andet';
    assert.equal(actionOnNewer('confirm-closing', 'leader-a', read, current).kind, 'changed');
  });
});
