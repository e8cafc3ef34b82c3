// The server's own sign-in as a person meets it: AUTH=oidc with one
// provider's settings and nothing else, a real OpenID Provider (oidc-provider)
// and the demo page on loopback, and a real Chromium. Mette opens the page, is
// sent to the provider's login, signs in, comes back, starts a contract and
// saves; signs out here but does not confirm at the provider; opens the
// contract's own address, is asked for her password again, comes back to that
// contract and saves an edit. A page on a sister origin (same site, another port) then tries to write
// and to sign her out with her cookie, and is refused. And a plain page on that
// other origin, with only the CDN file, works on a contract with a token from
// the provider (as MSAL.js would give it), through CORS.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { readConfig, startServer } from '../../packages/server/dist/index.js';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import {
  API_AUDIENCE,
  freePort,
  PASSWORD,
  SERVER_CLIENT,
  pageToken,
  startTestProvider,
} from '../../scripts/test-provider.mjs';
import { cdnRoutes, serve } from './static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const METTE = 'mette.larsen@soeby.dk';

const html = (body, head = '') => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
<link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`,
});

let provider;
let server;
let browser;
let dataDir;
let publicUrl;
/** Pages on another origin of the same site: a sister site, and a plain page with the CDN file. */
let site;
before(async () => {
  execFileSync('npx', ['vite', 'build', '--config', 'demo/vite.shared.config.ts'], { cwd: root });
  publicUrl = `http://127.0.0.1:${await freePort()}`;
  provider = await startTestProvider({
    redirectUris: [`${publicUrl}/auth/callback`],
    postLogoutRedirectUris: [`${publicUrl}/auth/signed-out`],
  });
  site = await serve({
    ...(await cdnRoutes()),
    '/sister': html(
      `<form method="post" action="${publicUrl}/auth/sign-out"><button>Win a prize</button></form>`,
    ),
    // The page's own login (MSAL.js in a municipality) gives it a token; here the test does.
    '/plain': html(
      `<main><learning-contract contract-id="plain-page-1"></learning-contract></main>`,
      `<script type="module">
  import { httpStorage } from '/kollegalaering.js';
  document.querySelector('learning-contract').storage = await httpStorage({
    endpoint: '${publicUrl}/api',
    headers: async () => ({ Authorization: 'Bearer ' + globalThis.testToken }),
    credentials: 'omit',
  });
</script>`,
    ),
  });
  dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-oidc-'));
  server = await startServer(
    readConfig({
      AUTH: 'oidc',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: SERVER_CLIENT.id,
      OIDC_CLIENT_SECRET: SERVER_CLIENT.secret,
      PUBLIC_URL: publicUrl,
      // The API's own audience at the provider, for tokens that pages on other origins get.
      OIDC_AUDIENCE: API_AUDIENCE,
      CORS_ORIGINS: site.url,
      SESSION_SECRET: 'an-e2e-session-secret-of-enough-characters',
      PORT: new URL(publicUrl).port,
      LOG: 'silent',
      DATA_DIR: dataDir,
      STATIC_DIR: join(root, 'demo/shared/dist'),
    }),
  );
  browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await site?.close();
  await provider?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The provider's login form, as a person fills it in. */
async function logInAtProvider(page, login) {
  await page.waitForURL(`${provider.issuer}/interaction/**`);
  await page.getByLabel('Username').fill(login);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const save = (page) => page.evaluate(() => document.querySelector('learning-contract').save());

/** Waits for the write that `act` causes and returns its status. */
async function statusOf(page, matches, act) {
  const [response] = await Promise.all([page.waitForResponse(matches), act()]);
  return response.status();
}

test('sign in at the provider, work on a contract, sign out, and be asked to sign in again', async () => {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // An unsigned person opening the page is sent to the provider's login, then back.
  await page.goto(`${publicUrl}/`);
  await logInAtProvider(page, METTE);
  await page.waitForURL(`${publicUrl}/`);
  await page.getByText('Logget ind som Mette Larsen').waitFor();
  const cookies = await context.cookies(publicUrl);
  const session = cookies.find((c) => c.name === 'kollegalaering-session');
  assert.ok(session, 'a session cookie');
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Lax');

  // She starts a contract and saves: a cookie-authenticated write from the server's own page.
  await page.getByRole('button', { name: 'Start en ny kontrakt' }).click();
  await page.locator('#f-parties-a-name').waitFor();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await page.locator('#f-parties-a-name').fill('Mette Larsen');
  const saved = await statusOf(
    page,
    (r) => r.url().includes(`/api/contracts/${id}`) && r.request().method() === 'PUT',
    () => save(page),
  );
  assert.ok(saved === 200 || saved === 201, `the save: ${saved}`);

  // Sign-out here. The provider asks before it ends its own session, and she walks away
  // without answering (on a shared PC the next person comes along).
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByRole('button', { name: 'Ja, log mig ud' }).waitFor();
  assert.equal(
    (await page.request.get(`${publicUrl}/auth/session`)).status(),
    401,
    'the session has ended',
  );

  // The contract's own address asks for the password again, although the provider's session
  // lives on, and brings her back to that contract, #id included.
  await page.goto(`${publicUrl}/#${encodeURIComponent(id)}`);
  await page.waitForURL(`${provider.issuer}/interaction/**`, { timeout: 15_000 });
  await page.getByLabel('Password').waitFor();
  await logInAtProvider(page, METTE);
  await page.waitForURL(`${publicUrl}/#${encodeURIComponent(id)}`);
  await page.locator('#f-parties-a-name').waitFor();
  assert.equal(await page.locator('#f-parties-a-name').inputValue(), 'Mette Larsen');
  await page.locator('#f-parties-a-department').fill('Hjemmeplejen Nord');
  const edited = await statusOf(
    page,
    (r) => r.url().includes(`/api/contracts/${id}`) && r.request().method() === 'PUT',
    () => save(page),
  );
  assert.equal(edited, 200, 'the edit is saved with the new session');
  await page.reload();
  await page.locator('#f-parties-a-department').waitFor();
  assert.equal(await page.locator('#f-parties-a-department').inputValue(), 'Hjemmeplejen Nord');

  // A page on a sister origin: same site (127.0.0.1), so the Lax cookie goes with its requests.
  const other = await context.newPage();
  await other.goto(`${site.url}/sister`);
  const forged = await statusOf(
    other,
    (r) => r.url().includes('/actions'),
    () =>
      other.evaluate(
        ([url]) =>
          fetch(url, {
            method: 'POST',
            mode: 'no-cors',
            credentials: 'include',
            headers: { 'Content-Type': 'text/plain' },
            body: JSON.stringify({ action: 'accept' }),
          }),
        [`${publicUrl}/api/contracts/${encodeURIComponent(id)}/actions`],
      ),
  );
  assert.equal(forged, 403, 'a write from another origin with her cookie');
  const signOut = await statusOf(
    other,
    (r) => r.url().endsWith('/auth/sign-out'),
    () => other.getByRole('button', { name: 'Win a prize' }).click(),
  );
  assert.equal(signOut, 403, 'a sign-out from another origin');
  assert.equal((await page.request.get(`${publicUrl}/auth/session`)).status(), 200, 'still in');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a person whose provider sends no email is told so on a page, and can sign in as another', async () => {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(`${publicUrl}/`);
  await logInAtProvider(page, 'vikar01');
  await page.getByRole('heading', { name: 'Vi kan ikke se din e-mailadresse' }).waitFor();
  assert.equal((await page.request.get(`${publicUrl}/auth/session`)).status(), 401);
  // A way out: sign out (the provider asks; not answering is fine) and sign in as someone else.
  await page.getByRole('button', { name: 'Log ud og log ind som en anden' }).click();
  await page.getByRole('button', { name: 'Ja, log mig ud' }).waitFor();
  await page.goto(`${publicUrl}/`);
  await logInAtProvider(page, METTE);
  await page.waitForURL(`${publicUrl}/`);
  await page.getByText('Logget ind som Mette Larsen').waitFor();
  await context.close();
});

test('a plain page on another origin, with the CDN file and a token from the provider', async () => {
  const { access_token } = await pageToken(provider.issuer, METTE);
  const context = await browser.newContext();
  await context.addInitScript((token) => {
    globalThis.testToken = token;
  }, access_token);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}/plain`);
  await page.locator('#f-parties-a-name').fill('Mette Larsen');
  const saved = await statusOf(
    page,
    (r) => r.url().includes('/api/contracts/plain-page-1') && r.request().method() === 'PUT',
    () => save(page),
  );
  assert.equal(saved, 201, 'created across origins with the bearer token');
  const stored = await fetch(`${publicUrl}/api/contracts/plain-page-1`, {
    headers: { Authorization: `Bearer ${access_token}` },
  });
  assert.equal(stored.status, 200);
  const contract = await stored.json();
  assert.equal(contract.parties.a.name, 'Mette Larsen');
  assert.equal(contract.parties.a.email, METTE, 'the server took her from the token');
  assert.equal((await context.cookies(publicUrl)).length, 0, 'no cookie was involved');
  assert.deepEqual(errors, []);
  await context.close();
});
