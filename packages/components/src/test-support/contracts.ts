import type { LearningContract } from '@kollegalaering/core';
import { filledContract } from '@kollegalaering/core/testing';

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
