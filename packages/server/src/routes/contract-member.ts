import type { ContractRules, LearningContract, Perspective } from '@kollegalaering/core';
import type { MiddlewareHandler } from 'hono';
import { readStoredContract } from '../contract-store.js';
import type { Queryable } from '../db/db.js';
import { refusal } from '../http/errors.js';
import { choosePerspective } from '../http/perspective.js';
import type { Signed } from '../http/signed-in.js';
import type { SettingsVersions } from '../organisation/settings-versions.js';

/** What the routes behind `member` know: the contract at `:id`, and who the person is on it. */
export type Member = {
  Variables: Signed['Variables'] & {
    contract: LearningContract;
    /** The perspective the request acts in (`?as=`, or the only one held). */
    perspective: Perspective;
    /** Every perspective the person holds on the contract. */
    held: Perspective[];
    /** The rules of the settings version the contract started under. */
    rules: ContractRules;
    /** That version's number (0: none was stored). */
    settingsVersion: number;
  };
};

/**
 * Loads the contract at `:id` and the person's perspective on it, once, for
 * the handler after it (`c.var.contract`, `perspective`, `held`, and the
 * `rules` of the settings version it started under). A contract
 * that is not there, or not theirs, is 404; an `as` they cannot take is 400
 * or 403 with the perspectives they hold. Writes read the contract again,
 * locked, in their transaction (`openForWrite`).
 */
export const member =
  (
    db: Queryable,
    versions: SettingsVersions,
  ): MiddlewareHandler<Member, '/contracts/:id' | '/contracts/:id/audit'> =>
  async (c, next) => {
    const stored = await readStoredContract(db, c.req.param('id'));
    if (!stored) return c.json(refusal('not-found'), 404);
    const { contract } = stored;
    const chosen = choosePerspective(contract, c.get('email'), c.req.query('as'));
    if (!chosen.ok) return c.json(chosen.body, chosen.status);
    c.set('contract', contract);
    c.set('perspective', chosen.perspective);
    c.set('held', chosen.held);
    const version = await versions.of(db, stored.settingsVersion);
    c.set('rules', version.rules);
    c.set('settingsVersion', version.version);
    await next();
  };
