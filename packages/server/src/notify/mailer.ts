import type { NoticeKind } from '@kollegalaering/core';
import nodemailer from 'nodemailer';
import type { Db } from '../db/db.js';
import type { Log } from '../log.js';
import { messageFor, type MailLanguage } from './messages.js';
import type { NoticeDetails } from './queue.js';

export interface MailerOptions {
  db: Db;
  /** `smtp://user:password@host:port` (or `smtps://`), as nodemailer takes it. */
  smtpUrl: string;
  from: string;
  /** The address of a contract's page, with `{id}` where its id goes. */
  contractUrl: string;
  language: MailLanguage;
  log: Log;
  /** How often due messages are looked for besides right after a change. Default: 30 s. */
  intervalMs?: number;
}

/** After this many failed attempts a message is given up (and logged), about a day after the first. */
const MAX_ATTEMPTS = 12;
/** A claimed message is someone's for this long: another instance takes it only after. */
const LEASE = '2 minutes';

type Row = {
  id: string;
  contract_id: string;
  email: string;
  kind: NoticeKind;
  details: NoticeDetails;
  attempts: number;
};

/**
 * Sends the queued messages, outside the requests that queued them: a mail
 * server that is down never fails a save. Each message is claimed for a
 * while before it is sent, so that two server instances never send the same
 * one; a failed one is tried again later, waiting longer each time.
 */
export function startMailer({
  db,
  smtpUrl,
  from,
  contractUrl,
  language,
  log,
  intervalMs = 30_000,
}: MailerOptions) {
  const transport = nodemailer.createTransport(smtpUrl);
  let running: Promise<void> | undefined;

  async function claimDue(): Promise<Row[]> {
    const { rows } = await db.query<Row>(
      `update notifications set next_attempt_at = now() + interval '${LEASE}'
       where id in (
         select id from notifications
         where sent_at is null and next_attempt_at <= now() and attempts < $1
         order by id limit 20 for update skip locked)
       returning id, contract_id, email, kind, details, attempts`,
      [MAX_ATTEMPTS],
    );
    return rows;
  }

  async function sendDue(): Promise<void> {
    for (let batch = await claimDue(); batch.length > 0; batch = await claimDue()) {
      for (const row of batch) {
        const link = contractUrl.replace('{id}', encodeURIComponent(row.contract_id));
        const { subject, text } = messageFor(row.kind, row.details, link, language);
        try {
          await transport.sendMail({ from, to: row.email, subject, text });
          await db.query(
            'update notifications set sent_at = now(), attempts = attempts + 1 where id = $1',
            [row.id],
          );
          log('notice-sent', { kind: row.kind });
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
            attempts: row.attempts + 1,
            code: typeof code === 'string' ? code : '',
          });
        }
      }
    }
  }

  /** Looks for due messages now (after a change queued some); one look at a time. */
  const kick = (): Promise<void> =>
    (running ??= sendDue()
      .catch(() => log('notices-unavailable'))
      .finally(() => {
        running = undefined;
      }));
  const timer = setInterval(() => void kick(), intervalMs);
  timer.unref();

  return {
    kick,
    stop: async () => {
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
