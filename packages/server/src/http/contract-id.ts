import type { MiddlewareHandler } from 'hono';
import { refusal } from './errors.js';

/**
 * A contract id as docs/http-api.yaml allows it: 1 to 200 characters, no
 * whitespace, no slash and no control character (a NUL cannot even be stored
 * in PostgreSQL's text, so it would otherwise surface as a database error).
 */
const ID = /^[^\s/\p{Cc}]{1,200}$/u;

/** Whether `id` is one a contract may have. */
export const isContractId = (id: string): boolean => ID.test(id);

/**
 * Refuses a malformed id with 400 `invalid-id` on every route under
 * `/contracts/:id`, before anything looks for the contract: the request can
 * never succeed, so it is no 503 for a client to retry.
 */
export const validContractId: MiddlewareHandler = async (c, next) => {
  const id = c.req.param('id');
  if (id !== undefined && !isContractId(id)) return c.json(refusal('invalid-id'), 400);
  await next();
};
