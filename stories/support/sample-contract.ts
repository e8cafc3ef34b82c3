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

/** The learning under way: it runs four more months, with a meeting next week. */
export function learningUnderWay(): LearningContract {
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const contract = contractAt('learning');
  contract.plan.timeFrame.end = day(120);
  contract.plan.schedule = [{ id: 'm1', date: day(7), topic: 'Følgedag i jobcentret' }];
  return contract;
}
