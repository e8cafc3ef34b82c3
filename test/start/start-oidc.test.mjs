// `npm start -- --oidc` shows a newcomer the real sign-in: it starts the test
// OpenID Provider on loopback and the server with AUTH=oidc as its client, so
// the demo page sends an unsigned person to the provider's login form, and
// signing in there (the form filled in with fetch) signs them in at the server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CookieJar, freePort, loginWithoutBrowser } from '../../scripts/test-provider.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const METTE = 'mette.larsen@soeby.dk';

test(
  'npm start -- --oidc: the demo page sends a person to a real login, and they sign in there',
  { timeout: 180_000 },
  async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-start-oidc-'));
    const start = spawn(process.execPath, ['scripts/start.mjs', '--oidc'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    start.stdout.setEncoding('utf8').on('data', (chunk) => (said += chunk));
    start.stderr.setEncoding('utf8').on('data', (chunk) => (said += chunk));
    const exited = new Promise((resolve) => start.once('exit', resolve));
    try {
      while (!said.includes('The demo is at')) {
        const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 200))]);
        assert.equal(code, undefined, `npm start stopped early:\n${said}`);
      }
      assert.match(said, /Test login at http:\/\/127\.0\.0\.1:\d+: mette\.larsen@soeby\.dk/);
      const url = `http://127.0.0.1:${port}`;
      const page = await fetch(`${url}/`);
      assert.equal(page.status, 401);
      assert.match(await page.text(), /auth\/sign-in/);
      /** Signs `login` in at the provider and back; the session's cookie header. */
      const signedIn = async (login) => {
        const signIn = await fetch(`${url}/auth/sign-in?return=%2F`, { redirect: 'manual' });
        assert.equal(new URL(signIn.headers.get('location')).hostname, '127.0.0.1');
        const pending = new CookieJar().take(signIn).header;
        const back = await loginWithoutBrowser(signIn.headers.get('location'), login, url);
        const done = await fetch(back, { redirect: 'manual', headers: { cookie: pending } });
        assert.equal(done.status, 302, 'signed in at the provider and back');
        return new CookieJar().take(done).header;
      };
      const session = await signedIn(METTE);
      const me = await fetch(`${url}/auth/session`, { headers: { cookie: session } });
      assert.equal((await me.json()).email, METTE);
      const admin = (cookie) =>
        fetch(`${url}/api/organisation/admin`, { headers: { cookie } }).then((r) => r.json());
      assert.deepEqual(await admin(session), { admin: false });
      // The partner board has the demo's colleagues on it, as without --oidc.
      assert.match(said, /Put 5 colleagues on the partner board/);
      const board = await fetch(`${url}/api/partners`, { headers: { cookie: session } });
      const names = (await board.json()).entries.map((entry) => entry.name);
      assert.ok(names.includes('Jonas Holm'), `on the board: ${names.join(', ')}`);
      // Birgitte in HR administers by her group at the provider (ADMIN_GROUPS), not by her email.
      assert.deepEqual(await admin(await signedIn('birgitte.munk@soeby.dk')), { admin: true });
    } finally {
      start.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
