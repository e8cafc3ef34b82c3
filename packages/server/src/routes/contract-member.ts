import type { LearningContract, Perspective } from '@kollegalaering/core';
import type { MiddlewareHandler } from 'hono';
import { readContract } from '../contract-store.js';
import type { Queryable } from '../db/db.js';
import { refusal } from '../http/errors.js';
import { choosePerspective } from '../http/perspective.js';
import type { Signed } from '../http/signed-in.js';

/** What the routes behind `member` know: the contract at `:id`, and who the person is on it. */
export type Member = {
  Variables: Signed['Variables'] & {
    contract: LearningContract;
    /** The perspective the request acts in (`?as=`, or the only one held). */
    perspective: Perspective;
    /** Every perspective the person holds on the contract. */
    held: Perspective[];
  };
};

/**
 * Loads the contract at `:id` and the person's perspective on it, once, for
 * the handler after it (`c.var.contract`, `perspective`, `held`). A contract
 * that is not there, or not theirs, is 404; an `as` they cannot take is 400
 * or 403 with the perspectives they hold. Writes read the contract again,
 * locked, in their transaction (`openForWrite`).
 */
export const member =
  (db: Queryable): MiddlewareHandler<Member, '/contracts/:id' | '/contracts/:id/audit'> =>
  async (c, next) => {
    const contract = await readContract(db, c.req.param('id'));
    if (!contract) return c.json(refusal('not-found'), 404);
    const chosen = choosePerspective(contract, c.get('email'), c.req.query('as'));
    if (!chosen.ok) return c.json(chosen.body, chosen.status);
    c.set('contract', contract);
    c.set('perspective', chosen.perspective);
    c.set('held', chosen.held);
    await next();
  };
