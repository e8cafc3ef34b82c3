import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { Hono } from 'hono';
import { readConfig, ConfigError } from '../config.js';
import { authFor } from './auth-for.js';
import type { Identify } from './identify.js';

/** A tiny app that answers with who the request is from, as `identify` sees it. */
function whoAmI(identify: Identify, remoteAddress = '127.0.0.1') {
  const app = new Hono();
  app.get('/', async (c) => {
    const identity = await identify(c);
    if (!identity) return c.text('', 401);
    return c.text(identity.email, 200, { 'X-Groups': (identity.groups ?? []).join(',') });
  });
  return (headers: Record<string, string> = {}) =>
    app.request('/', { headers }, { incoming: { socket: { remoteAddress } } });
}

describe('AUTH=oidc: a bearer token checked against the provider’s keys on loopback', () => {
  let jwks: Server;
  let key: CryptoKey;
  let otherKey: CryptoKey;
  let jwksUrl = '';
  const issuer = 'https://login.example.dk/soeby';
  const audience = 'kollegalaering-api';

  before(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    key = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const publicKey = await exportJWK(pair.publicKey);
    const published: JWK = { ...publicKey, kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ keys: [published] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const address = jwks.address();
    jwksUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks`;
  });
  after(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

  const token = (
    claims: Record<string, unknown>,
    { signWith = key, iss = issuer, aud = audience, expiresIn = '5m' } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(iss)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(signWith);

  const ask = () =>
    whoAmI(
      authFor({
        auth: 'oidc',
        oidc: { jwksUrl, issuer, audience, emailClaim: 'email', groupsClaim: 'groups' },
        proxy: { header: '', trustedProxies: [] },
      }),
    );

  test('a valid token gives the email claim', async () => {
    const reply = await ask()({
      Authorization: `Bearer ${await token({ email: 'mette@soeby.dk' })}`,
    });
    assert.deepEqual([reply.status, await reply.text()], [200, 'mette@soeby.dk']);
  });

  test('expired, wrong issuer, wrong audience and badly signed tokens are not signed in', async () => {
    const bad = [
      await token({ email: 'x@soeby.dk' }, { expiresIn: '-1m' }),
      await token({ email: 'x@soeby.dk' }, { iss: 'https://evil.example' }),
      await token({ email: 'x@soeby.dk' }, { aud: 'another-app' }),
      await token({ email: 'x@soeby.dk' }, { signWith: otherKey }),
      'not.a.token',
    ];
    const request = ask();
    for (const forged of bad) {
      assert.equal((await request({ Authorization: `Bearer ${forged}` })).status, 401, forged);
    }
    assert.equal((await request()).status, 401, 'no token');
  });

  test('the groups in the groups claim go with the email; OIDC_GROUPS_CLAIM picks another', async () => {
    const groupsOf = async (claim: string, claims: Record<string, unknown>) => {
      const request = whoAmI(
        authFor({
          auth: 'oidc',
          oidc: { jwksUrl, issuer, audience, emailClaim: 'email', groupsClaim: claim },
          proxy: { header: '', trustedProxies: [] },
        }),
      );
      const reply = await request({ Authorization: `Bearer ${await token(claims)}` });
      return reply.headers.get('X-Groups');
    };
    // Entra ID sends the groups' object ids.
    const ids = ['7f3c1a52-0d1e-4b7a-9a51-3c2f0e8d6b11', '1b2c3d4e-0000-4000-8000-000000000002'];
    assert.equal(
      await groupsOf('groups', { email: 'birgitte@soeby.dk', groups: ids }),
      ids.join(','),
    );
    assert.equal(
      await groupsOf('roles', { email: 'birgitte@soeby.dk', roles: 'HR', groups: ids }),
      'HR',
    );
    assert.equal(await groupsOf('groups', { email: 'mette@soeby.dk' }), '', 'no claim, no groups');
    assert.equal(await groupsOf('groups', { email: 'mette@soeby.dk', groups: { a: 1 } }), '');
  });

  test('OIDC_EMAIL_CLAIM picks another claim, such as upn', async () => {
    const request = whoAmI(
      authFor({
        auth: 'oidc',
        oidc: { jwksUrl, issuer, audience, emailClaim: 'upn', groupsClaim: 'groups' },
        proxy: { header: '', trustedProxies: [] },
      }),
    );
    const reply = await request({
      Authorization: `Bearer ${await token({ upn: 'JOHO@soeby.dk', email: 'other@x.dk' })}`,
    });
    assert.equal(await reply.text(), 'JOHO@soeby.dk');
  });

  test('without the claim, email, upn and preferred_username are tried, as Entra ID sends them', async () => {
    const request = ask();
    const who = async (claims: Record<string, unknown>) => {
      const reply = await request({ Authorization: `Bearer ${await token(claims)}` });
      return reply.status === 200 ? reply.text() : reply.status;
    };
    assert.equal(
      await who({ upn: 'joho@soeby.dk', preferred_username: 'x@y.dk' }),
      'joho@soeby.dk',
    );
    assert.equal(await who({ preferred_username: 'lone@soeby.dk' }), 'lone@soeby.dk');
    assert.equal(await who({ email: 'no address', upn: 'mette@soeby.dk' }), 'mette@soeby.dk');
    assert.equal(await who({ preferred_username: 'vikar01', name: 'Vikar' }), 401);
  });
});

describe('AUTH=proxy: the header is believed only from the proxy', () => {
  const settings = {
    auth: 'proxy' as const,
    oidc: { jwksUrl: '', issuer: '', audience: '', emailClaim: 'email', groupsClaim: 'groups' },
    proxy: { header: 'X-Forwarded-Email', trustedProxies: ['10.0.0.5'] },
  };

  test('from the trusted address, the header names the person', async () => {
    const reply = await whoAmI(
      authFor(settings),
      '10.0.0.5',
    )({ 'X-Forwarded-Email': 'lone@soeby.dk' });
    assert.equal(await reply.text(), 'lone@soeby.dk');
  });

  test('from anyone else, the same header is ignored', async () => {
    const reply = await whoAmI(
      authFor(settings),
      '10.0.0.6',
    )({ 'X-Forwarded-Email': 'lone@soeby.dk' });
    assert.equal(reply.status, 401);
  });
});

describe('configuration', () => {
  test('AUTH=dev refuses to listen anywhere but on loopback', () => {
    assert.throws(() => readConfig({ AUTH: 'dev', HOST: '0.0.0.0' }), ConfigError);
    assert.equal(readConfig({ AUTH: 'dev', HOST: '127.0.0.1' }).auth, 'dev');
  });

  test('AUTH=oidc without its settings names what is missing', () => {
    assert.throws(() => readConfig({ AUTH: 'oidc' }), /OIDC_ISSUER and OIDC_CLIENT_ID/);
    const bearerOnly = readConfig({ AUTH: 'oidc', OIDC_ISSUER: 'https://x', OIDC_AUDIENCE: 'api' });
    assert.equal(bearerOnly.signIn, undefined, 'no client id: bearer tokens only');
  });

  test('the sign-in needs a SESSION_SECRET of 32 characters, and its audience defaults to the client id', () => {
    const provider = { AUTH: 'oidc', OIDC_ISSUER: 'https://login.soeby.dk', OIDC_CLIENT_ID: 'app' };
    assert.throws(() => readConfig(provider), /SESSION_SECRET, at least 32/);
    assert.throws(() => readConfig({ ...provider, SESSION_SECRET: 'short' }), /SESSION_SECRET/);
    const config = readConfig({
      ...provider,
      SESSION_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://kollegalaering.soeby.dk/',
    });
    assert.equal(config.oidc.audience, 'app');
    assert.deepEqual(
      [config.signIn?.publicUrl, config.signIn?.sessionHours, config.signIn?.idleMinutes],
      ['https://kollegalaering.soeby.dk', 10, 60],
    );
    assert.equal(config.signIn?.scopes, 'openid email profile');
  });

  test('ADMIN_GROUPS and OIDC_GROUPS_CLAIM: a list beside ADMIN_EMAILS, and the claim `groups` by default', () => {
    const plain = readConfig({ AUTH: 'dev' });
    assert.deepEqual([plain.adminGroups, plain.oidc.groupsClaim], [[], 'groups']);
    const given = readConfig({
      AUTH: 'dev',
      ADMIN_GROUPS: ' 7f3c1a52-0d1e-4b7a-9a51-3c2f0e8d6b11 , HR-Admins',
      OIDC_GROUPS_CLAIM: 'roles',
    });
    assert.deepEqual(given.adminGroups, ['7f3c1a52-0d1e-4b7a-9a51-3c2f0e8d6b11', 'HR-Admins']);
    assert.equal(given.oidc.groupsClaim, 'roles');
  });

  test('defaults, and a bad number named with its variable', () => {
    const config = readConfig({ AUTH: 'dev' });
    assert.deepEqual(
      [config.port, config.host, config.dataDir, config.databaseUrl],
      [8080, '127.0.0.1', './data', undefined],
    );
    assert.throws(() => readConfig({ AUTH: 'dev', PORT: 'eighty' }), /PORT must be a whole number/);
    assert.throws(() => readConfig({ AUTH: 'magic' }), /AUTH must be one of oidc, proxy, dev/);
  });
});
