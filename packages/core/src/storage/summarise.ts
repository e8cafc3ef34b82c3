import { turnInShort } from '../whose-turn.js';
import type { LearningContract } from '../schema/contract-schema.js';
import { summaryNames, type ContractSummary } from './storage-adapter.js';

// A module of its own: only a list needs it, and it brings the turn rules
// (whose-turn.ts), which a page showing one contract fetches apart (the
// key-value adapter imports it when a list is asked for).

/** A contract in short, for lists kept where nobody is known: everything it waits for. */
export const summarise = (contract: LearningContract): ContractSummary => ({
  id: contract.id,
  revision: contract.revision,
  updatedAt: contract.updatedAt,
  state: contract.process.state,
  names: summaryNames(contract),
  waitingFor: turnInShort(contract, []).waitingFor,
});
