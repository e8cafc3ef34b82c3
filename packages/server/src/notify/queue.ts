import {
  noticesBetween,
  type ContractRules,
  type LearningContract,
  type Notice,
} from '@kollegalaering/core';
import type { Queryable } from '../db/db.js';

/** What a message may say: the people's names and the step, never anything they wrote. */
export interface NoticeDetails {
  names: { a: string; b: string };
  state: LearningContract['process']['state'];
}

/**
 * Queues a message for each person core says should hear of the change from
 * `before` to `after`, in the transaction that stores `after`: a change that
 * is rolled back sends nothing, and one that is stored is never forgotten.
 * The same change never queues the same message twice.
 */
export async function queueNotices(
  tx: Queryable,
  before: LearningContract,
  after: LearningContract,
  rules: ContractRules,
): Promise<Notice[]> {
  const notices = noticesBetween(before, after, rules);
  const details: NoticeDetails = {
    names: { a: after.parties.a.name, b: after.parties.b.name },
    state: after.process.state,
  };
  for (const notice of notices) {
    await tx.query(
      `insert into notifications (contract_id, revision, email, kind, details)
       values ($1, $2, $3, $4, $5::jsonb) on conflict do nothing`,
      [after.id, after.revision, notice.email, notice.kind, JSON.stringify(details)],
    );
  }
  return notices;
}
