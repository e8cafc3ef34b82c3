import { normaliseEmail, perspectivesOf, viewFor } from '@kollegalaering/core';
import { Hono } from 'hono';
import { auditBy, contractsOf } from '../contract-store.js';
import type { Db } from '../db/db.js';
import type { Signed } from '../http/signed-in.js';
import type { SettingsVersions } from '../organisation/settings-versions.js';
import { partnerExport } from './partner-routes.js';

/** The signed-in person: who the server takes them for, and everything it holds about them. */
export function meRoutes({ db, versions }: { db: Db; versions: SettingsVersions }) {
  const routes = new Hono<Signed>();

  routes.get('/me', (c) => c.json({ email: normaliseEmail(c.get('email')) }));

  /**
   * Everything the server holds about the caller (GDPR articles 15 and 20):
   * each contract they are in, as each of their perspectives sees it, and
   * every audit entry of their own actions. What others wrote privately is
   * theirs, not the caller's, and is not in it.
   */
  routes.get('/me/export', async (c) => {
    const email = c.get('email');
    const contracts = [];
    for (const { contract, settingsVersion } of await contractsOf(db, email)) {
      const { customOwners } = (await versions.of(db, settingsVersion)).rules;
      const held = perspectivesOf(contract, email);
      contracts.push({
        id: contract.id,
        perspectives: held,
        views: Object.fromEntries(held.map((p) => [p, viewFor(contract, p, customOwners)])),
      });
    }
    const body = {
      exportedAt: new Date().toISOString(),
      email: normaliseEmail(email),
      contracts,
      audit: await auditBy(db, email),
      partnerBoard: await partnerExport(db, email),
    };
    return c.json(body, 200, {
      'Content-Disposition': 'attachment; filename="kollegalaering-mine-data.json"',
    });
  });

  return routes;
}
