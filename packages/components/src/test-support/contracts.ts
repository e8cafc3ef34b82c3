import type { LearningContract, Perspective } from '@kollegalaering/core';
import { contractAt, filledContract } from '@kollegalaering/core/testing';

/**
 * Core's example contract as the element tests need it: everything the
 * agreement step asks for, no supervisor (so four joint questions), and
 * private notes marked so that a test can look for them in a copy.
 */
export function filledAgreement(): LearningContract {
  const contract = filledContract();
  return {
    ...contract,
    supervisor: { decision: 'none', name: '', role: '', email: '', responsibilities: '' },
    privateNotes: { a: '«A’s own note»', b: '«B’s own note»' },
  };
}

/** The learning step with one change to the plan, confirmed by `agreedBy`, in that order. */
export function learningWithAmendment(agreedBy: Perspective[]): LearningContract {
  const learning = contractAt('learning');
  learning.amendments = [
    {
      id: 'amendment-1',
      date: '2026-05-02',
      fields: ['plan.approach'],
      change: 'To følgedage om måneden',
      reason: 'Mere tid sammen',
      agreedBy,
    },
  ];
  return learning;
}
