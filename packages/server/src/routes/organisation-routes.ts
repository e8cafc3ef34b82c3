import { normaliseEmail } from '@kollegalaering/core';
import { parseOrganisationSettings } from '@kollegalaering/core/organisation';
import { Hono, type Context } from 'hono';
import type { Db } from '../db/db.js';
import { answer, once } from '../http/answers.js';
import { publicIssues, refusal } from '../http/errors.js';
import type { Signed } from '../http/signed-in.js';
import type { Log } from '../log.js';
import { organisationOverview } from '../organisation/overview-query.js';
import { readSettings, settingsAudit, writeSettings } from '../organisation/settings-store.js';

export interface OrganisationRoutesDeps {
  db: Db;
  /** Emails (lower case) of the administrators. */
  admins: readonly string[];
  /** Groups whose members are administrators, as the sign-in names them (OIDC_GROUPS_CLAIM). */
  adminGroups: readonly string[];
  log: Log;
  now: () => Date;
}

/**
 * The organisation's settings and overview (docs/organisation.md). Everyone
 * signed in reads the settings (the introduction, themes and supervisors are
 * for them); only administrators change them, read their history and see the
 * overview. Being an administrator opens no contract: the contract routes ask
 * for membership as before.
 */
export function organisationRoutes({ db, admins, adminGroups, log, now }: OrganisationRoutesDeps) {
  const routes = new Hono<Signed>();
  const isAdmin = (c: Context<Signed>) =>
    admins.includes(normaliseEmail(c.get('email'))) ||
    c.get('groups').some((group) => adminGroups.includes(group));

  routes.get('/organisation/settings', async (c) => {
    // `?version=N`: the version a contract started under (its Kollegalaering-Settings-Version).
    const asked = c.req.query('version');
    if (asked !== undefined && !/^\d{1,9}$/.test(asked)) return c.json(refusal('not-found'), 404);
    const stored =
      asked === undefined ? await readSettings(db) : await readSettings(db, Number(asked));
    if (!stored) return c.json(refusal('not-found'), 404);
    return c.json(
      { version: stored.version, changedAt: stored.changedAt, settings: stored.settings },
      200,
      { ETag: `"${stored.version}"` },
    );
  });

  routes.get('/organisation/admin', (c) => c.json({ admin: isAdmin(c) }));

  routes.put('/organisation/settings', async (c) => {
    if (!isAdmin(c)) return c.json(refusal('forbidden'), 403);
    const match = /^"?(\d+)"?$/.exec(c.req.header('If-Match') ?? '');
    if (!match) return c.json(refusal('precondition-required'), 428);
    const text = await c.req.text();
    let sent: unknown;
    try {
      sent = JSON.parse(text);
    } catch {
      return c.json(refusal('not-json'), 400);
    }
    const parsed = parseOrganisationSettings(sent);
    if (!parsed.ok) {
      return c.json(refusal('invalid', { issues: publicIssues(parsed.issues) }), 422);
    }
    const email = normaliseEmail(c.get('email'));
    const at = now();
    // No instance keeps the rules in memory: each reads the newest version as a contract starts.
    return once(c, db, email, text, async (tx) => {
      const written = await writeSettings(tx, Number(match[1]), parsed.value, { email, at });
      if (!written.ok) return answer(412, refusal('stale'));
      log('organisation-settings-changed', {
        version: written.version,
        parts: written.paths.join(','),
      });
      return answer(
        200,
        { version: written.version, changedAt: at.toISOString(), settings: parsed.value },
        { ETag: `"${written.version}"` },
      );
    });
  });

  routes.get('/organisation/settings/audit', async (c) => {
    if (!isAdmin(c)) return c.json(refusal('forbidden'), 403);
    return c.json(await settingsAudit(db));
  });

  routes.get('/organisation/overview', async (c) => {
    if (!isAdmin(c)) return c.json(refusal('forbidden'), 403);
    const { settings } = await readSettings(db);
    return c.json(await organisationOverview(db, settings, now()), 200, {
      'Cache-Control': 'no-store',
    });
  });

  return routes;
}
