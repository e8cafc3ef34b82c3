import type { ProcessState } from '../constants.js';
import type { LearningContract } from '../schema/contract-schema.js';
import { filledContract } from './filled-contract.js';

const at = '2026-04-01T10:00:00.000Z';

/** The filled contract with both acceptances and approvals given, at the given state. */
export function contractAt(state: ProcessState): LearningContract {
  const contract = filledContract();
  return {
    ...contract,
    approvals: {
      leaders: {
        a: { by: 'Hanne Berg', at, comment: '' },
        b: { by: 'Peter Friis', at, comment: '' },
      },
      parties: { a: { at }, b: { at } },
    },
    process: { state, reached: { ...contract.process.reached, [state]: at } },
  };
}

/** The filled contract in the agreement step, accepted by both parties and waiting for the leaders. */
export function acceptedContract(): LearningContract {
  const contract = filledContract();
  return { ...contract, approvals: { ...contract.approvals, parties: { a: { at }, b: { at } } } };
}
