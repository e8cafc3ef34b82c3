import { createHmac } from 'node:crypto';
import type { NoticeKind } from '@kollegalaering/core';
import nodemailer from 'nodemailer';
import type { Db } from '../db/db.js';
import type { Log } from '../log.js';
import { messageFor, type MailLanguage } from './messages.js';
import { isPartnerKind, partnerMessage } from './partner-messages.js';
import type { NoticeDetails } from './queue.js';

/** The header with the webhook body's HMAC-SHA256, keyed with WEBHOOK_SECRET: `sha256=<hex>`. */
export const SIGNATURE_HEADER = 'X-Kollegalaering-Signature';

export interface MessengerOptions {
  db: Db;
  /** `smtp://user:password@host:port` (or `smtps://`), as nodemailer takes it; unset: no email. */
  smtpUrl: string | undefined;
  from: string;
  /** Where events are POSTed as signed JSON; unset: no webhook. */
  webhook: { url: string; secret: string } | undefined;
  /** The address of a contract's page, with `{id}` where its id goes. */
  contractUrl: string;
  /** The address of the partner board, where a proposal is answered; unset: PUBLIC_URL's. */
  partnerUrl?: string;
  language: MailLanguage;
  log: Log;
  /** How often due messages are looked for besides right after a change and when a retry is due. Default: 30 s. */
  intervalMs?: number;
}

/** After this many failed attempts a message is given up (and logged), about a day after the first. */
const MAX_ATTEMPTS = 12;
/** A claimed message is someone's for this long: another instance takes it only after. */
const LEASE = '2 minutes';

type Row = {
  id: string;
  /** None for a proposal on the partner board: no contract exists yet. */
  contract_id: string | null;
  revision: number;
  channel: 'email' | 'webhook';
  email: string;
  kind: NoticeKind | 'partner-proposal' | 'partner-accepted';
  details: NoticeDetails;
  attempts: number;
};

/**
 * Sends the queued messages, outside the requests that queued them: a mail
 * server or webhook that is down never fails a save. Each message is claimed
 * for a while before it is sent, so that two server instances never send the
 * same one; a failed one is tried again later, waiting longer each time.
 */
export function startMessenger({
  db,
  smtpUrl,
  from,
  webhook,
  contractUrl,
  partnerUrl = contractUrl.replace('{id}', 'partnere'),
  language,
  log,
  intervalMs = 30_000,
}: MessengerOptions) {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  let running: Promise<void> | undefined;

  async function deliver(row: Row, link: string): Promise<void> {
    if (row.channel === 'webhook') {
      if (!webhook) throw Object.assign(new Error('no webhook'), { code: 'no-webhook' });
      // The same events, for Teams or the municipality's own systems: names, step and link only.
      const body = JSON.stringify({
        event: row.kind,
        contractId: row.contract_id,
        revision: row.revision,
        perspectives: row.details.perspectives ?? [],
        names: row.details.names,
        state: row.details.state,
        link,
      });
      const signature = createHmac('sha256', webhook.secret).update(body).digest('hex');
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: `sha256=${signature}` },
        body,
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok)
        throw Object.assign(new Error('webhook'), { code: `HTTP ${response.status}` });
      return;
    }
    if (!transport) throw Object.assign(new Error('no mail server'), { code: 'no-smtp' });
    const { subject, text } = isPartnerKind(row.kind)
      ? partnerMessage(row.kind, row.details, link, language)
      : messageFor(row.kind, row.details, link, language);
    await transport.sendMail({ from, to: row.email, subject, text });
  }

  async function claimDue(): Promise<Row[]> {
    const { rows } = await db.query<Row>(
      `update notifications set next_attempt_at = now() + interval '${LEASE}'
       where id in (
         select id from notifications
         where sent_at is null and next_attempt_at <= now() and attempts < $1
         order by id limit 20 for update skip locked)
       returning id, contract_id, revision, channel, email, kind, details, attempts`,
      [MAX_ATTEMPTS],
    );
    return rows;
  }

  async function sendDue(): Promise<void> {
    for (let batch = await claimDue(); batch.length > 0; batch = await claimDue()) {
      for (const row of batch) {
        const link =
          row.contract_id === null
            ? partnerUrl
            : contractUrl.replace('{id}', encodeURIComponent(row.contract_id));
        try {
          await deliver(row, link);
          await db.query(
            'update notifications set sent_at = now(), attempts = attempts + 1 where id = $1',
            [row.id],
          );
          log('notice-sent', { kind: row.kind, channel: row.channel });
        } catch (problem) {
          // 1 s, 2 s, 4 s … up to an hour between attempts.
          const wait = Math.min(3600, 2 ** row.attempts);
          await db.query(
            `update notifications set attempts = attempts + 1,
               next_attempt_at = now() + make_interval(secs => $2) where id = $1`,
            [row.id, wait],
          );
          const code = (problem as { code?: unknown }).code;
          log('notice-failed', {
            kind: row.kind,
            channel: row.channel,
            attempts: row.attempts + 1,
            code: typeof code === 'string' ? code : '',
          });
        }
      }
    }
  }

  /** When the next message waiting to be tried again is due, in ms from now; null when none waits. */
  async function nextDueIn(): Promise<number | null> {
    const { rows } = await db.query<{ ms: number | string | null }>(
      `select extract(epoch from (min(next_attempt_at) - now())) * 1000 as ms
       from notifications where sent_at is null and attempts < $1`,
      [MAX_ATTEMPTS],
    );
    const ms = rows[0]?.ms;
    return ms === null || ms === undefined ? null : Math.max(0, Number(ms));
  }

  // A failed message is tried again at its own time (1 s, 2 s, 4 s … later), not only at the
  // next change or the next regular look: one timer, set for the earliest message due.
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;
  function retryAt(ms: number | null): void {
    clearTimeout(retry);
    retry = undefined;
    // The regular look comes anyway; a lease held by another instance ends after it.
    if (stopped || ms === null || ms >= intervalMs) return;
    retry = setTimeout(() => void kick(), ms + 50);
    retry.unref();
  }

  /** Looks for due messages now (after a change queued some); one look at a time. */
  const kick = (): Promise<void> =>
    (running ??= sendDue()
      .then(nextDueIn)
      .then(retryAt)
      .catch(() => log('notices-unavailable'))
      .finally(() => {
        running = undefined;
      }));
  const timer = setInterval(() => void kick(), intervalMs);
  timer.unref();

  return {
    kick,
    channels: { email: transport !== undefined, webhook: webhook !== undefined },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      clearTimeout(retry);
      await running;
      transport?.close();
    },
  };
}
