import type { ContractRules } from './contract-rules.js';
import type { LearningContract } from './schema/contract-schema.js';

/** `date` plus `months`, on the same day of the month or the last day of a shorter month. */
function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/**
 * The day after which the organisation no longer keeps the contract: its
 * retention months after the contract was completed or, while it is not,
 * after its last change (an abandoned contract is not kept for ever either).
 */
export function retentionDate(contract: LearningContract, months: number): string {
  const from = contract.process.reached.completed ?? contract.updatedAt;
  return addMonths(new Date(from), months).toISOString().slice(0, 10);
}

/** The contract with its retention date, when the organisation set a retention period. */
export function withRetention(contract: LearningContract, rules: ContractRules): LearningContract {
  if (rules.retentionMonths === undefined) return contract;
  const retainUntil = retentionDate(contract, rules.retentionMonths);
  return contract.retainUntil === retainUntil ? contract : { ...contract, retainUntil };
}

/** Whether the contract's retention date has passed on `today`. */
export function isPastRetention(contract: LearningContract, today = new Date()): boolean {
  return Boolean(contract.retainUntil) && today.toISOString().slice(0, 10) > contract.retainUntil!;
}
