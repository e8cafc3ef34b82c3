import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Db, Queryable } from '../db/db.js';
import { findAnswer, rememberAnswer, type Answer } from '../idempotency.js';
import { refusal } from './errors.js';

/** An answer as data, so that it can be kept for a retry and sent again as it was. */
export const answer = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Answer => ({
  status,
  body: body === undefined ? '' : JSON.stringify(body),
  headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
});

export const send = (c: Context, { status, body, headers }: Answer): Response =>
  body === '' ? c.body(null, status as 204, headers) : c.body(body, status as 200, headers);

const IDEMPOTENCY_KEY = /^[\w-]{8,64}$/;

/**
 * Runs a write once per `Idempotency-Key`: the key belongs to the signed-in
 * person and to this request (method, path, perspective and body), so a
 * retry gets the first answer again, and the same key with another request
 * is refused rather than answered with someone else's result. The answer is
 * kept in the same transaction as the write.
 */
export async function once(
  c: Context,
  db: Db,
  email: string,
  bodyText: string,
  run: (tx: Queryable) => Promise<Answer>,
): Promise<Response> {
  const key = c.req.header('Idempotency-Key');
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    return send(c, answer(400, refusal('idempotency-key-required')));
  }
  const requestHash = createHash('sha256')
    .update(`${c.req.method} ${c.req.path} ${c.req.query('as') ?? ''}\n${bodyText}`)
    .digest('hex');
  const result = await db.transaction(async (tx) => {
    const earlier = await findAnswer(tx, email, key);
    if (earlier) {
      return earlier.requestHash === requestHash
        ? earlier.answer
        : answer(422, refusal('idempotency-key-reused'));
    }
    const fresh = await run(tx);
    await rememberAnswer(tx, email, key, requestHash, fresh);
    return fresh;
  });
  return send(c, result);
}
