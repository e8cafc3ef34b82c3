import {
  createEmptyContract,
  type LearningContract,
  type ProcessState,
} from '@kollegalaering/core';
import { contractAt, filledContract } from '@kollegalaering/core/testing';

/** Core's example contract for the stories: filled in, at any step; approved once past the agreement. */
export function sampleContract(state: ProcessState = 'agreement'): LearningContract {
  return state === 'introduced' || state === 'agreement'
    ? { ...filledContract(), process: { state, reached: {} } }
    : contractAt(state);
}

/** Parties with nothing filled in, for a contract that is not ready to move on. */
export const emptyParties = (): LearningContract['parties'] =>
  createEmptyContract({ id: 'empty' }).parties;
