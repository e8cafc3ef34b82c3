// Example contracts for tests, stories and a municipality's own checks.
// Published as @kollegalaering/core/testing; never part of the browser bundle.
export { filledContract } from './filled-contract.js';
export { acceptedContract, closingAnswered, contractAt } from './contract-at.js';
export {
  storageConformanceCases,
  type ConformanceCase,
  type ConformanceOptions,
} from './storage-conformance.js';
