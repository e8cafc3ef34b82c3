import type { Perspective } from './constants.js';
import { parsePerspective } from './perspective.js';
import { issue, type Issue } from './result.js';
import { isPastRetention } from './retention.js';
import type { LearningContract } from './schema/contract-schema.js';

/**
 * Why `perspective` may not delete the contract now; empty when they may.
 * - Before any leader has approved, either party may delete it: nothing is
 *   agreed yet, and two colleagues may change their minds.
 * - Once approved, it is a record of an agreement: it is kept until the
 *   organisation's retention date has passed, and then a party or a leader
 *   may delete it (a server's retention job deletes it too).
 * The supervisor never deletes.
 */
export function deleteBlockers(
  contract: LearningContract,
  perspective: Perspective,
  now = new Date(),
): Issue[] {
  const { role } = parsePerspective(perspective);
  if (role === 'supervisor') return [issue([], 'not-allowed', { perspective })];
  if (isPastRetention(contract, now)) return [];
  const { leaders } = contract.approvals;
  const agreed = leaders.a !== null || leaders.b !== null || contract.process.state !== 'agreement';
  if (role === 'party' && !agreed) return [];
  return [issue(['retainUntil'], agreed ? 'kept-until-retention' : 'not-allowed', { perspective })];
}
