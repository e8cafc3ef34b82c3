import { normaliseEmail } from '@kollegalaering/core';
import type { Queryable } from './db/db.js';

/** An answer already given to a write, so that a retry of that write gets it again. */
export interface Answer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** How long an answer is kept for a retry: the protocol promises a day. */
export const ANSWERS_KEPT_HOURS = 24;

/** The key is the person's and the request's: the same key from another person is another key. */
export async function findAnswer(
  db: Queryable,
  email: string,
  key: string,
): Promise<{ requestHash: string; answer: Answer } | null> {
  const { rows } = await db.query<{
    request_hash: string;
    status: number;
    body: string;
    headers: Record<string, string>;
  }>(
    `select request_hash, status, body, headers from answered_requests
     where email = $1 and key = $2 and created_at > now() - interval '${ANSWERS_KEPT_HOURS} hours'`,
    [normaliseEmail(email), key],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    requestHash: row.request_hash,
    answer: { status: row.status, body: row.body, headers: row.headers },
  };
}

export async function rememberAnswer(
  db: Queryable,
  email: string,
  key: string,
  requestHash: string,
  answer: Answer,
): Promise<void> {
  await db.query(
    `insert into answered_requests (email, key, request_hash, status, body, headers)
     values ($1, $2, $3, $4, $5, $6::jsonb)
     on conflict (email, key) do update set request_hash = excluded.request_hash,
       status = excluded.status, body = excluded.body, headers = excluded.headers, created_at = now()`,
    [
      normaliseEmail(email),
      key,
      requestHash,
      answer.status,
      answer.body,
      JSON.stringify(answer.headers),
    ],
  );
}

export async function forgetOldAnswers(db: Queryable): Promise<number> {
  const result = await db.query(
    `delete from answered_requests where created_at < now() - interval '${ANSWERS_KEPT_HOURS} hours'`,
  );
  return result.rowCount;
}
