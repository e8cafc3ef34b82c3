// Core's HTTP adapter (what <learning-contract storage="http"> uses) against
// the real server over loopback: the storage conformance suite, and the
// views, perspectives and actions of protocol version 2.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createEmptyContract, type LearningContract } from '@kollegalaering/core';
import { createHttpAdapter } from '@kollegalaering/core/http';
import { storageConformanceCases } from '@kollegalaering/core/testing';
import { DEV_USER_HEADER } from './auth/dev-auth.js';
import { readConfig } from './config.js';
import { startServer, type RunningServer } from './server.js';
import { freshPostgresUrl, postgresAvailable, stopPostgres } from './test-support/databases.js';
import { AUDIENCE, ISSUER, startOidcProvider } from './test-support/oidc-provider.js';
import { EMAILS, SENTINELS } from './test-support/people.js';

after(stopPostgres);

const SETUPS = [
  { engine: 'pglite', auth: 'dev' },
  { engine: 'postgres', auth: 'dev' },
  // What a municipality runs: PostgreSQL, and tokens from its identity provider.
  { engine: 'postgres', auth: 'oidc' },
] as const;

for (const { engine, auth } of SETUPS) {
  describe(`the HTTP adapter against the server on ${engine} with AUTH=${auth}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;
    let server: RunningServer;
    let provider: Awaited<ReturnType<typeof startOidcProvider>> | undefined;
    let dataDir: string;
    const adapterFor = (email: string) =>
      createHttpAdapter({
        endpoint: `${server.url}/api`,
        headers: async (): Promise<Record<string, string>> =>
          provider
            ? { Authorization: `Bearer ${await provider.token(email)}` }
            : { [DEV_USER_HEADER]: email },
        retries: 0,
      });

    before(async () => {
      if (skip) return;
      dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-adapter-'));
      if (auth === 'oidc') provider = await startOidcProvider();
      server = await startServer(
        readConfig({
          AUTH: auth,
          PORT: '0',
          LOG: 'silent',
          DATA_DIR: dataDir,
          ...(provider && {
            OIDC_JWKS_URL: provider.jwksUrl,
            OIDC_ISSUER: ISSUER,
            OIDC_AUDIENCE: AUDIENCE,
          }),
          ...(engine === 'postgres' && { DATABASE_URL: await freshPostgresUrl() }),
        }),
      );
    });
    after(async () => {
      await server?.stop();
      await provider?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    test('without a login, nothing', { skip }, async () => {
      const anonymous = await fetch(`${server.url}/api/contracts`);
      assert.equal(anonymous.status, 401);
    });

    describe('the storage conformance suite, as the party who creates the contracts', () => {
      for (const { name, run } of storageConformanceCases(() => adapterFor(EMAILS.a), {
        creatorEmail: EMAILS.a,
      })) {
        test(name, { skip }, run);
      }
    });

    test('each person gets their own view, and the perspectives they hold', { skip }, async () => {
      const mette = adapterFor(EMAILS.a);
      const blank = createEmptyContract({ id: 'views' });
      const contract: LearningContract = {
        ...blank,
        parties: { ...blank.parties, b: { ...blank.parties.b, email: EMAILS.b } },
        privateNotes: { a: SENTINELS.notesA, b: '' },
      };
      const saved = await mette.save(contract, { expectedRevision: 0 });
      assert.ok(saved.ok, JSON.stringify(!saved.ok && saved.error));
      assert.deepEqual(mette.membership?.('views'), {
        perspective: 'party-a',
        perspectives: ['party-a'],
      });
      // Party B names his leader: Mette, who is then party A and B's leader at once.
      const jonas = adapterFor(EMAILS.b);
      const his = await jonas.load('views');
      assert.ok(his.ok && his.value);
      const named = await jonas.save(
        {
          ...his.value,
          leaders: { ...his.value.leaders, b: { ...his.value.leaders.b, email: EMAILS.a } },
        },
        { expectedRevision: his.value.revision },
      );
      assert.ok(named.ok, JSON.stringify(!named.ok && named.error));
      // Mette is also party B's leader: she may open it as either, never as someone else.
      const asLeader = await mette.load('views', { as: 'leader-b' });
      assert.ok(asLeader.ok && asLeader.value);
      assert.equal(mette.membership?.('views')?.perspective, 'leader-b');
      assert.deepEqual(mette.membership?.('views')?.perspectives, ['party-a', 'leader-b']);
      assert.equal(asLeader.value.privateNotes.a, '', 'a leader sees no private notes');
      const claimed = await mette.load('views', { as: 'supervisor' });
      assert.ok(claimed.ok);
      assert.notEqual(mette.membership?.('views')?.perspective, 'supervisor');

      const hisView = await jonas.load('views');
      assert.ok(hisView.ok && hisView.value);
      assert.equal(jonas.membership?.('views')?.perspective, 'party-b');
      assert.equal(hisView.value.privateNotes.a, '', 'B reads a blank where A’s notes are');
      // B writes back his view: A's notes stay as stored, the blank is never sent.
      const written = await jonas.save(
        { ...hisView.value, privateNotes: { ...hisView.value.privateNotes, b: SENTINELS.notesB } },
        { expectedRevision: hisView.value.revision },
      );
      assert.ok(written.ok, JSON.stringify(!written.ok && written.error));
      const again = await mette.load('views', { as: 'party-a' });
      assert.equal(again.ok && again.value?.privateNotes.a, SENTINELS.notesA);
    });

    test(
      'a change the person may not make comes back as forbidden, with its path',
      { skip },
      async () => {
        const mette = adapterFor(EMAILS.a);
        const blank = createEmptyContract({ id: 'forbidden' });
        const saved = await mette.save(blank, { expectedRevision: 0 });
        assert.ok(saved.ok);
        const forged = await mette.save(
          { ...saved.value, process: { ...saved.value.process, state: 'completed' } },
          { expectedRevision: saved.value.revision },
        );
        assert.equal(!forged.ok && forged.error.code, 'forbidden');
        assert.deepEqual(!forged.ok && forged.error.issues?.[0]?.path, ['process', 'state']);
      },
    );

    test('an action runs on the server, which records who', { skip }, async () => {
      const mette = adapterFor(EMAILS.a);
      const saved = await mette.save(createEmptyContract({ id: 'acting' }), {
        expectedRevision: 0,
      });
      assert.ok(saved.ok);
      const early = await mette.act!('acting', 'accept', {
        expectedRevision: saved.value.revision,
      });
      assert.equal(
        !early.ok && early.error.code,
        'forbidden',
        'a blank contract cannot be accepted',
      );
      assert.ok(!early.ok && (early.error.issues?.length ?? 0) > 0);
      const stale = await mette.act!('acting', 'accept', { expectedRevision: 0 });
      assert.equal(!stale.ok && stale.error.code, 'conflict');
    });
  });
}
