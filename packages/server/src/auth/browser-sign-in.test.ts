// The browser sign-in against a real OpenID Provider (oidc-provider) on
// loopback: the server's redirects and session cookie through Hono's
// app.request, the provider's login form filled in with fetch. What a person
// or an attacker could do with the cookie: forge it, keep it too long, finish
// someone else's sign-in, write from another site, or use a provider token
// from a page on another origin.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { BUILT_IN_RULES } from '@kollegalaering/core';
import * as client from 'openid-client';
import {
  API_AUDIENCE,
  CookieJar as Jar,
  HR_GROUP,
  loginWithoutBrowser as loginAtProvider,
  pageToken as tokenForPage,
  SERVER_CLIENT,
  startTestProvider,
} from '../../../../scripts/test-provider.mjs';
import { createApp } from '../app.js';
import type { SignInConfig } from '../config.js';
import type { Db } from '../db/db.js';
import { freshDatabase } from '../test-support/databases.js';
import { authFor } from './auth-for.js';
import { browserSignIn } from './browser-sign-in.js';

const PUBLIC = 'http://127.0.0.1:8080';
const INTRANET = 'https://intranet.example.dk';
const PAGE_REDIRECT = 'http://127.0.0.1/';
const METTE = 'mette.larsen@soeby.dk';

let provider: Awaited<ReturnType<typeof startTestProvider>>;
let db: Db;
let clock = 0;
const logged: string[] = [];

before(async () => {
  provider = await startTestProvider({
    redirectUris: [`${PUBLIC}/auth/callback`],
    postLogoutRedirectUris: [`${PUBLIC}/auth/signed-out`],
    pageRedirectUris: [PAGE_REDIRECT],
  });
  db = await freshDatabase('pglite');
});
after(async () => {
  await db?.close();
  await provider?.stop();
});
beforeEach(() => {
  clock = Date.now();
  logged.length = 0;
});

function server(overrides: Partial<SignInConfig> = {}, adminGroups: string[] = []) {
  const settings: SignInConfig = {
    clientId: SERVER_CLIENT.id,
    clientSecret: SERVER_CLIENT.secret,
    scopes: 'openid email profile',
    publicUrl: PUBLIC,
    sessionSecret: 'a-test-session-secret-of-forty-characters!',
    sessionHours: 10,
    idleMinutes: 60,
    ...overrides,
  };
  const oidc = {
    issuer: provider.issuer,
    jwksUrl: '',
    audience: API_AUDIENCE,
    emailClaim: 'email',
    groupsClaim: 'groups',
  };
  const log = (event: string, fields?: Record<string, unknown>) =>
    void logged.push(fields ? `${event} ${JSON.stringify(fields)}` : event);
  const now = () => new Date(clock);
  const signIn = browserSignIn({ db, settings, oidc, adminGroups, log, now });
  const { app } = createApp({
    db,
    rules: BUILT_IN_RULES,
    identify: authFor(
      { auth: 'oidc', oidc, proxy: { header: '', trustedProxies: [] } },
      signIn.identify,
    ),
    signIn,
    adminGroups,
    log,
    now,
    config: { corsOrigins: [INTRANET], maxBodyBytes: 1 << 20, rateLimitPerMinute: 100_000 },
  });
  return app;
}
type App = ReturnType<typeof server>;

/** The whole sign-in as a browser does it; returns the callback's answer and the browser's cookies. */
async function signIn(app: App, login = METTE, back = '/', acceptLanguage?: string) {
  const jar = new Jar();
  const start = await app.request(`/auth/sign-in?return=${encodeURIComponent(back)}`);
  assert.equal(start.status, 302);
  jar.take(start);
  const callback = await loginAtProvider(start.headers.get('location')!, login, PUBLIC);
  const done = await app.request(callback.slice(PUBLIC.length), {
    headers: { cookie: jar.header, ...(acceptLanguage && { 'Accept-Language': acceptLanguage }) },
  });
  jar.take(done);
  return { done, jar, callback, session: jar.cookies.get('kollegalaering-session') };
}

const me = (app: App, cookie: string | undefined, headers: Record<string, string> = {}) =>
  app.request('/api/me', { headers: { cookie: `kollegalaering-session=${cookie}`, ...headers } });

/** A write with the session cookie: party A creates a contract. */
const create = (app: App, session: string, id: string, headers: Record<string, string>) =>
  app.request(`/api/contracts/${id}`, {
    method: 'PUT',
    body: '{}',
    headers: {
      cookie: `kollegalaering-session=${session}`,
      'Content-Type': 'application/json',
      'If-None-Match': '*',
      'Idempotency-Key': randomUUID(),
      ...headers,
    },
  });

describe('signing in at the provider', () => {
  test('an unsigned person asking for a page is sent to sign in, and comes back to the contract', async () => {
    const app = server();
    const page = await app.request('/', { headers: { Accept: 'text/html' } });
    assert.equal(page.status, 401);
    const html = await page.text();
    assert.match(html, /<script src="\/auth\/sign-in.js">/, 'the script keeps the #contract');
    assert.match(html, /href="\/auth\/sign-in\?return=%2F"/, 'a link without script');
    assert.equal((await app.request('/auth/sign-in.js')).status, 200);

    const start = await app.request('/auth/sign-in?return=%2F%23kontrakt-7');
    const authorize = new URL(start.headers.get('location')!);
    assert.equal(authorize.origin, provider.issuer);
    const asked = Object.fromEntries(authorize.searchParams);
    assert.equal(asked.code_challenge_method, 'S256');
    assert.ok(asked.code_challenge && asked.state && asked.nonce, 'PKCE, state and nonce');
    assert.equal(asked.redirect_uri, `${PUBLIC}/auth/callback`);

    const { done, session } = await signIn(app, METTE, '/#kontrakt-7');
    assert.equal(done.status, 302);
    assert.equal(done.headers.get('location'), `${PUBLIC}/#kontrakt-7`);
    const cookie = done.headers.getSetCookie().find((c) => c.startsWith('kollegalaering-session='));
    assert.match(cookie!, /HttpOnly/);
    assert.match(cookie!, /SameSite=Lax/);
    assert.match(cookie!, /Path=\//);
    assert.match(cookie!, /Max-Age=36000/, 'lives ten hours at most');
    assert.doesNotMatch(cookie!, /Secure/, 'plain http on loopback');
    assert.doesNotMatch(session!, /mette/i, 'the cookie holds no name');

    const reply = await me(app, session);
    assert.deepEqual([reply.status, await reply.json()], [200, { email: METTE }]);
    const pageAgain = await app.request('/', {
      headers: { cookie: `kollegalaering-session=${session}` },
    });
    assert.notEqual(pageAgain.status, 401, 'signed in, the page is served');
  });

  test('a group in ADMIN_GROUPS from the sign-in makes an administrator; the session keeps that group only', async () => {
    const hr = HR_GROUP;
    const app = server({}, [hr]);
    const admin = async (session: string | undefined): Promise<unknown> =>
      (
        await app.request('/api/organisation/admin', {
          headers: { cookie: `kollegalaering-session=${session}` },
        })
      ).json();
    const birgitte = await signIn(app, 'birgitte.munk@soeby.dk');
    assert.deepEqual(await admin(birgitte.session), { admin: true });
    const { rows } = await db.query<{ groups: unknown }>(
      'select groups from sessions where email = $1',
      ['birgitte.munk@soeby.dk'],
    );
    const kept = rows.map((row): unknown =>
      typeof row.groups === 'string' ? JSON.parse(row.groups) : row.groups,
    );
    assert.deepEqual(kept, [[hr]], 'her other group (alle-ansatte) is not stored');
    assert.deepEqual(await admin((await signIn(app, METTE)).session), { admin: false });
    // The same group, but not named in ADMIN_GROUPS: no administrator.
    const elsewhere = server();
    const again = await signIn(elsewhere, 'birgitte.munk@soeby.dk');
    const reply = await elsewhere.request('/api/organisation/admin', {
      headers: { cookie: `kollegalaering-session=${again.session}` },
    });
    assert.deepEqual(await reply.json(), { admin: false });
  });

  test('behind https the cookie is Secure and __Host-', async () => {
    const app = server({ publicUrl: 'https://kollegalaering.soeby.dk' });
    const start = await app.request('/auth/sign-in');
    const pending = start.headers.getSetCookie()[0]!;
    assert.match(pending, /^__Host-kollegalaering-sign-in=/);
    assert.match(pending, /Secure/);
    assert.match(pending, /HttpOnly/);
  });

  test('a return address on another site becomes the start page', async () => {
    const app = server();
    for (const back of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      const { done } = await signIn(app, METTE, back);
      assert.equal(done.headers.get('location'), `${PUBLIC}/`, back);
    }
  });

  test('each sign-in gives a new session id and ends the one the browser had', async () => {
    const app = server();
    const first = await signIn(app);
    const start = await app.request('/auth/sign-in');
    const jar = new Jar().take(start);
    jar.cookies.set('kollegalaering-session', first.session!);
    const callback = await loginAtProvider(start.headers.get('location')!, METTE, PUBLIC);
    const done = await app.request(callback.slice(PUBLIC.length), {
      headers: { cookie: jar.header },
    });
    jar.take(done);
    const second = jar.cookies.get('kollegalaering-session');
    assert.ok(second && second !== first.session);
    assert.equal((await me(app, second)).status, 200);
    assert.equal((await me(app, first.session)).status, 401, 'the old id is gone');
  });

  test('the sign-in pages are Danish, or English where the browser asks for English first', async () => {
    const app = server();
    const pageIn = async (acceptLanguage?: string) => {
      const answer = await app.request('/', {
        headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {},
      });
      assert.equal(answer.status, 401);
      return answer.text();
    };
    assert.match(await pageIn(), /<html lang="da">[\s\S]*<h1>Log ind<\/h1>/);
    assert.match(await pageIn('da-DK,da;q=0.9,en;q=0.8'), /<h1>Log ind<\/h1>/);
    assert.match(
      await pageIn('en-GB,en;q=0.9,da;q=0.8'),
      /<html lang="en">[\s\S]*<h1>Sign in<\/h1>/,
    );
    assert.match(await pageIn('de-DE,de'), /<h1>Log ind<\/h1>/, 'Danish for anyone else');
    const out = await app.request('/auth/signed-out', { headers: { 'Accept-Language': 'en' } });
    assert.match(await out.text(), /You are signed out/);
  });

  test('a person whose provider sends no email gets a page that says so, and no session', async () => {
    const app = server();
    const { done, session } = await signIn(app, 'vikar01');
    assert.equal(done.status, 403);
    const text = await done.text();
    assert.match(text, /Vi kan ikke se din e-mailadresse/);
    assert.match(text, /Kontakt din IT-support/);
    // No configuration names for the employee, no English mixed in: those go to IT, in the log.
    assert.doesNotMatch(text, /OIDC_EMAIL_CLAIM|upn|preferred_username|lang="en"/);
    assert.equal(session, undefined);
    const line = logged.find((l) => l.startsWith('sign-in-without-email'));
    assert.match(line ?? '', /"emailClaim":"email"/);
    assert.match(line ?? '', /preferred_username/, 'the names of the claims that came');
    assert.doesNotMatch(line ?? '', /vikar01/, 'never their values');

    // A way out: the page's sign-out ends the provider's session and the next sign-in asks again.
    assert.match(text, /<form method="post" action="\/auth\/sign-out">/);
    const out = await app.request('/auth/sign-out', {
      method: 'POST',
      headers: { Origin: PUBLIC },
    });
    assert.equal(out.status, 303);
    assert.equal(new URL(out.headers.get('location')!).origin, provider.issuer);
    const cookie = out.headers
      .getSetCookie()
      .find((c) => c.startsWith('kollegalaering-signed-out='));
    const next = await app.request('/auth/sign-in', {
      headers: { cookie: cookie!.split(';')[0]! },
    });
    assert.equal(new URL(next.headers.get('location')!).searchParams.get('prompt'), 'login');
  });

  test('the page about a missing email follows the language rule of the other sign-in pages', async () => {
    const app = server();
    const pageIn = async (acceptLanguage?: string) => {
      const { done } = await signIn(app, 'vikar01', '/', acceptLanguage);
      assert.equal(done.status, 403);
      return done.text();
    };
    for (const danish of [
      undefined,
      'da-DK,da;q=0.9,en;q=0.8',
      'de-DE,de',
      'nb,da;q=0.8,en;q=0.5',
    ]) {
      const text = await pageIn(danish);
      assert.match(
        text,
        /<html lang="da">[\s\S]*<h1>Vi kan ikke se din e-mailadresse<\/h1>/,
        danish,
      );
      assert.doesNotMatch(text, /email address|Sign out/, `no English in it: ${danish}`);
    }
    const english = await pageIn('en-GB,en;q=0.9,da;q=0.8');
    assert.match(english, /<html lang="en">[\s\S]*<h1>We cannot see your email address<\/h1>/);
    assert.match(english, /Sign out and sign in as someone else/);
    assert.doesNotMatch(english, /e-mailadresse|Log ud/, 'no Danish in it');
  });
});

describe('what is refused', () => {
  test('a tampered session cookie, or one signed with another secret, signs no one in', async () => {
    const app = server();
    const { session } = await signIn(app);
    const [id, signature] = session!.split('.') as [string, string];
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const forged = [
      `${flip(id, 3)}.${signature}`,
      `${id}.${flip(signature, 5)}`,
      id,
      `${id}.${signature}.x`,
      '',
    ];
    for (const cookie of forged) assert.equal((await me(app, cookie)).status, 401, cookie);
    const other = server({ sessionSecret: 'another-secret-of-at-least-thirty-two-chars' });
    assert.equal((await me(other, session)).status, 401, 'another SESSION_SECRET');
    assert.equal((await me(app, session)).status, 200, 'the real one still works');
  });

  test('an API request without a live session is told where to sign in; one with a token is not', async () => {
    const app = server();
    const ended = await me(app, 'no-such-session');
    assert.equal(ended.status, 401);
    assert.deepEqual(await ended.json(), { code: 'not-signed-in', signIn: '/auth/sign-in' });
    const badToken = await me(app, undefined, { Authorization: 'Bearer not-a-token' });
    assert.equal(badToken.status, 401);
    assert.equal(((await badToken.json()) as { signIn?: string }).signIn, undefined);
  });

  test('a session unused for the idle time, or older than its lifetime, has ended', async () => {
    const app = server({ idleMinutes: 60, sessionHours: 10 });
    const idle = (await signIn(app)).session;
    clock += 59 * 60_000;
    assert.equal((await me(app, idle)).status, 200, 'used within the hour');
    clock += 59 * 60_000;
    assert.equal((await me(app, idle)).status, 200, 'the hour counts from the last use');
    clock += 61 * 60_000;
    assert.equal((await me(app, idle)).status, 401, 'an hour unused');

    clock = Date.now();
    const short = server({ idleMinutes: 60, sessionHours: 2 });
    const busy = (await signIn(short)).session;
    for (let minutes = 0; minutes < 115; minutes += 30) {
      clock += 30 * 60_000;
      assert.equal((await me(short, busy)).status, minutes + 30 <= 120 ? 200 : 401, `${minutes}`);
    }
    clock += 30 * 60_000;
    assert.equal((await me(short, busy)).status, 401, 'two hours after sign-in, however busy');
  });

  test('a callback with a wrong state, without the pending sign-in, or used twice signs no one in', async () => {
    const app = server();
    const start = await app.request('/auth/sign-in');
    const pending = new Jar().take(start).header;
    const callback = new URL(await loginAtProvider(start.headers.get('location')!, METTE, PUBLIC));
    const path = (url: URL) => url.pathname + url.search;

    const wrongState = new URL(callback);
    wrongState.searchParams.set('state', client.randomState());
    const refused = await app.request(path(wrongState), { headers: { cookie: pending } });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /Login lykkedes ikke/);
    assert.ok(!refused.headers.getSetCookie().some((c) => c.startsWith('kollegalaering-session=')));

    const noPending = await app.request(path(callback));
    assert.equal(noPending.status, 400, 'someone else’s callback link, opened in my browser');

    const ok = await app.request(path(callback), { headers: { cookie: pending } });
    assert.equal(ok.status, 302, 'the real answer still works once');
    const again = await app.request(path(callback), { headers: { cookie: pending } });
    assert.equal(again.status, 400, 'the same code twice');
  });

  test('a write with the session cookie from another site is refused; from the server’s page it goes through', async () => {
    const app = server();
    const { session } = await signIn(app);
    const crossSite = await create(app, session!, 'csrf-1', { Origin: 'https://evil.example' });
    assert.equal(crossSite.status, 403);
    assert.equal((await crossSite.json()).code, 'cross-site');
    const sister = await create(app, session!, 'csrf-2', {
      Origin: 'null',
      'Sec-Fetch-Site': 'same-site',
    });
    assert.equal(sister.status, 403, 'a sister site under the same domain');
    const noHeaders = await create(app, session!, 'csrf-3', {});
    assert.equal(noHeaders.status, 403, 'no Origin at all');
    const read = await app.request('/api/contracts/csrf-1', {
      headers: { cookie: `kollegalaering-session=${session}` },
    });
    assert.equal(read.status, 404, 'nothing was created');

    assert.equal((await create(app, session!, 'csrf-4', { Origin: PUBLIC })).status, 201);
    const ownPage = await create(app, session!, 'csrf-5', {
      Origin: 'null',
      'Sec-Fetch-Site': 'same-origin',
    });
    assert.equal(ownPage.status, 201, 'Origin: null from a no-referrer page of our own');

    const signOut = await app.request('/auth/sign-out', {
      method: 'POST',
      headers: { cookie: `kollegalaering-session=${session}`, Origin: 'https://evil.example' },
    });
    assert.equal(signOut.status, 403, 'no one is signed out by another site');
    assert.equal((await me(app, session)).status, 200);
  });

  test('sign-out ends the session here and sends the browser to end the provider’s', async () => {
    const app = server();
    const { session } = await signIn(app);
    const out = await app.request('/auth/sign-out', {
      method: 'POST',
      headers: { cookie: `kollegalaering-session=${session}`, Origin: PUBLIC },
    });
    assert.equal(out.status, 303);
    const end = new URL(out.headers.get('location')!);
    assert.equal(`${end.origin}${end.pathname}`, `${provider.issuer}/session/end`);
    assert.equal(end.searchParams.get('post_logout_redirect_uri'), `${PUBLIC}/auth/signed-out`);
    assert.ok(out.headers.getSetCookie().some((c) => /^kollegalaering-session=;/.test(c)));
    assert.equal((await me(app, session)).status, 401, 'the old cookie is worth nothing');

    // Whether or not she confirmed at the provider, the next sign-in from this browser asks
    // for the password (prompt=login), until a sign-in succeeds.
    const marker = out.headers
      .getSetCookie()
      .find((c) => c.startsWith('kollegalaering-signed-out='));
    assert.match(marker ?? '', /HttpOnly/i);
    const cookie = marker!.split(';')[0]!;
    const next = await app.request('/auth/sign-in', { headers: { cookie } });
    assert.equal(new URL(next.headers.get('location')!).searchParams.get('prompt'), 'login');
    const fresh = await app.request('/auth/sign-in');
    assert.equal(new URL(fresh.headers.get('location')!).searchParams.get('prompt'), null);
    const jar = new Jar();
    jar.take(next);
    const callback = await loginAtProvider(next.headers.get('location')!, METTE, PUBLIC);
    const done = await app.request(callback.slice(PUBLIC.length), {
      headers: { cookie: `${jar.header}; ${cookie}` },
    });
    assert.equal(done.status, 302);
    assert.ok(
      done.headers.getSetCookie().some((c) => /^kollegalaering-signed-out=;/.test(c)),
      'a successful sign-in clears the marker',
    );
  });
});

describe('bearer tokens beside the session', () => {
  const pageToken = (login = METTE) => tokenForPage(provider.issuer, login, PAGE_REDIRECT);

  test('a token from the provider works from a page on another origin (CORS), without a cookie', async () => {
    const app = server();
    const { access_token } = await pageToken();
    assert.equal(access_token.split('.').length, 3, 'a JWT for the API');
    const preflight = await app.request('/api/contracts/x', {
      method: 'OPTIONS',
      headers: {
        Origin: INTRANET,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, content-type, if-match',
      },
    });
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), INTRANET);
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Authorization/i);

    const reply = await me(app, undefined, {
      Authorization: `Bearer ${access_token}`,
      Origin: INTRANET,
    });
    assert.deepEqual([reply.status, await reply.json()], [200, { email: METTE }]);
    assert.equal(reply.headers.get('Access-Control-Allow-Origin'), INTRANET);
    const write = await app.request('/api/contracts/bearer-1', {
      method: 'PUT',
      body: '{}',
      headers: {
        Authorization: `Bearer ${access_token}`,
        Origin: INTRANET,
        'Content-Type': 'application/json',
        'If-None-Match': '*',
        'Idempotency-Key': randomUUID(),
      },
    });
    assert.equal(write.status, 201, 'a bearer write needs no Origin of ours: no cookie to abuse');

    const elsewhere = await me(app, undefined, {
      Authorization: `Bearer ${access_token}`,
      Origin: 'https://evil.example',
    });
    assert.equal(
      elsewhere.headers.get('Access-Control-Allow-Origin'),
      null,
      'an origin not in CORS_ORIGINS cannot read',
    );
  });

  test('the sign-in’s ID token is not an access token for the API, and a bad token does not fall back to the cookie', async () => {
    const app = server();
    const { session, done } = await signIn(app);
    assert.equal(done.status, 302);
    const { id_token } = await pageToken();
    assert.equal((await me(app, undefined, { Authorization: `Bearer ${id_token}` })).status, 401);
    const both = await me(app, session, { Authorization: 'Bearer not.a.token' });
    assert.equal(both.status, 401);
  });
});
