// Administrators by a group from the sign-in (ADMIN_GROUPS, the claim in
// OIDC_GROUPS_CLAIM), beside ADMIN_EMAILS: bearer tokens signed by a test
// issuer on loopback, on PGlite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { authFor } from '../auth/auth-for.js';
import type { Db } from '../db/db.js';
import { personOn, testApp } from '../test-support/client.js';
import {
  ENGINES,
  freshDatabase,
  postgresAvailable,
  stopPostgres,
} from '../test-support/databases.js';
import { AUDIENCE, HR_GROUP, ISSUER, startOidcProvider } from '../test-support/oidc-provider.js';
import { agreeOn, peopleOn } from '../test-support/people.js';

after(stopPostgres);

const SETTINGS = { sections: {}, supervisors: [], links: [] };

for (const engine of ENGINES) {
  describe(`administrators by a group claim, on ${engine}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;
    let db: Db;
    let provider: Awaited<ReturnType<typeof startOidcProvider>>;

    before(async () => {
      if (skip) return;
      db = await freshDatabase(engine);
      provider = await startOidcProvider();
    });
    after(async () => {
      await db?.close();
      await provider?.stop();
    });

    /** An app that knows people by their bearer token, with `claim` as OIDC_GROUPS_CLAIM. */
    const appWith = (adminGroups: string[], claim = 'groups') => {
      const oidc = { jwksUrl: provider.jwksUrl, issuer: ISSUER, audience: AUDIENCE };
      const identify = authFor({
        auth: 'oidc',
        oidc: { ...oidc, emailClaim: 'email', groupsClaim: claim },
        proxy: { header: '', trustedProxies: [] },
      });
      return testApp(db, { identify, adminGroups }).app;
    };
    const signedIn = async (
      app: ReturnType<typeof appWith>,
      email: string,
      claims: Record<string, unknown>,
    ) => personOn(app, email, { Authorization: `Bearer ${await provider.token(email, claims)}` });

    test(
      'a member of a group in ADMIN_GROUPS administers; other groups, or none, do not',
      { skip },
      async () => {
        const app = appWith([HR_GROUP]);
        const birgitte = await signedIn(app, 'birgitte.munk@soeby.dk', {
          groups: ['a-team', HR_GROUP],
        });
        assert.deepEqual((await birgitte.call('GET', '/organisation/admin')).body, { admin: true });
        const saved = await birgitte.call('PUT', '/organisation/settings', {
          body: SETTINGS,
          headers: { 'If-Match': '"0"' },
        });
        assert.equal(saved.status, 200, saved.text);
        assert.equal((await birgitte.call('GET', '/organisation/overview')).status, 200);
        const audit = await birgitte.call('GET', '/organisation/settings/audit');
        assert.equal(audit.body[0].by, 'birgitte.munk@soeby.dk');

        for (const claims of [{ groups: ['a-team'] }, {}, { roles: [HR_GROUP] }]) {
          const mette = await signedIn(app, 'mette.larsen@soeby.dk', claims);
          assert.deepEqual((await mette.call('GET', '/organisation/admin')).body, { admin: false });
          const refused = await mette.call('PUT', '/organisation/settings', {
            body: SETTINGS,
            headers: { 'If-Match': '"1"' },
          });
          assert.equal(refused.status, 403, JSON.stringify(claims));
          assert.equal((await mette.call('GET', '/organisation/overview')).status, 403);
        }
        // Without ADMIN_GROUPS no group makes an administrator.
        const none = await signedIn(appWith([]), 'birgitte.munk@soeby.dk', { groups: [HR_GROUP] });
        assert.deepEqual((await none.call('GET', '/organisation/admin')).body, { admin: false });
      },
    );

    test('OIDC_GROUPS_CLAIM names the claim the groups are read from', { skip }, async () => {
      const app = appWith(['HR'], 'roles');
      const byRole = await signedIn(app, 'birgitte.munk@soeby.dk', { roles: ['HR'] });
      assert.deepEqual((await byRole.call('GET', '/organisation/admin')).body, { admin: true });
      const inGroups = await signedIn(app, 'birgitte.munk@soeby.dk', { groups: ['HR'] });
      assert.deepEqual((await inGroups.call('GET', '/organisation/admin')).body, { admin: false });
    });

    test('a group administrator reads no contract they are not a member of', { skip }, async () => {
      await agreeOn(peopleOn(testApp(db).app), 'group-admin-outside');
      const admin = await signedIn(appWith([HR_GROUP]), 'birgitte.munk@soeby.dk', {
        groups: [HR_GROUP],
      });
      assert.equal((await admin.get('group-admin-outside')).status, 404);
      assert.deepEqual((await admin.list()).body, []);
      assert.deepEqual((await admin.call('GET', '/me/export')).body.contracts, []);
    });
  });
}
