import type { Perspective } from './constants.js';
import { parsePerspective } from './perspective.js';
import { issue, type Issue } from './result.js';
import { isPastRetention } from './retention.js';
import type { LearningContract } from './schema/contract-schema.js';

/**
 * Why `perspective` may not delete the contract now; empty when they may.
 * - Before any leader has approved (at step 1 when run formally, or while
 *   agreeing), either party may delete it: nothing is agreed yet, two
 *   colleagues may change their minds, and one started by mistake can go.
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
  // Before the learning starts (step 1 when run formally, or agreeing) nothing is agreed until a leader approves.
  const beforeLearning = ['introduced', 'agreement'].includes(contract.process.state);
  const agreed = leaders.a !== null || leaders.b !== null || !beforeLearning;
  if (role === 'party' && !agreed) return [];
  return [issue(['retainUntil'], agreed ? 'kept-until-retention' : 'not-allowed', { perspective })];
}
