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
  /** For the webhook: whose turn or news it is. */
  perspectives?: string[];
}

/** Where messages go: email to each person, and a webhook for the municipality's own systems. */
export interface Channels {
  email: boolean;
  webhook: boolean;
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
  channels: Channels,
  now: Date = new Date(),
): Promise<Notice[]> {
  const notices = noticesBetween(before, after, rules, now);
  const details: NoticeDetails = {
    names: { a: after.parties.a.name, b: after.parties.b.name },
    state: after.process.state,
  };
  const queue = (channel: string, email: string, kind: string, extra: object = {}) =>
    tx.query(
      `insert into notifications (contract_id, revision, channel, email, kind, details)
       values ($1, $2, $3, $4, $5, $6::jsonb) on conflict do nothing`,
      [after.id, after.revision, channel, email, kind, JSON.stringify({ ...details, ...extra })],
    );
  for (const notice of channels.email ? notices : []) {
    await queue('email', notice.email, notice.kind);
  }
  // The webhook hears each event once, with whom it concerns (by perspective, not by email).
  const kinds = channels.webhook ? [...new Set(notices.map((notice) => notice.kind))] : [];
  for (const kind of kinds) {
    const perspectives = notices.filter((n) => n.kind === kind).flatMap((n) => n.perspectives);
    await queue('webhook', '', kind, { perspectives });
  }
  return notices;
}
