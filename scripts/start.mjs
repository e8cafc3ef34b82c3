// `npm start`: the reference server in dev mode on PGlite (./data), serving the
// demo intranet page whose <learning-contract> keeps contracts on it. Open two
// windows, pick a person in each, and work on one contract together.
// `npm start -- --oidc`: the same page behind a real sign-in, at an OpenID
// Provider started here on loopback (scripts/test-provider.mjs).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from './demo-seed.mjs';
import { seedPartners, seedPartnersInDatabase } from './seed-partners.mjs';

// What this needs built (core, the server, demo/shared/dist) is declared in package.json's
// `wireit.start.dependencies`: `npm start` builds what changed first, and nothing when nothing did.
const root = fileURLToPath(new URL('..', import.meta.url));

const port = process.env.PORT ?? '8080';
const host = process.env.HOST ?? '127.0.0.1';
const withOidc = process.argv.includes('--oidc');
/** With --oidc: a real OpenID Provider on loopback, and the server as its client. */
async function signInAtProvider() {
  // Imported only here: oidc-provider is a devDependency, needed for nothing else.
  const { startTestProvider, ACCOUNTS, PASSWORD, SERVER_CLIENT, HR_GROUP } =
    await import('./test-provider.mjs');
  const publicUrl = `http://${host}:${port}`;
  const provider = await startTestProvider({
    redirectUris: [`${publicUrl}/auth/callback`],
    postLogoutRedirectUris: [`${publicUrl}/auth/signed-out`],
  });
  const logins = ACCOUNTS.map((a) => a.login).join(', ');
  console.log(`Test login at ${provider.issuer}: ${logins}; password "${PASSWORD}".`);
  return {
    provider,
    env: {
      AUTH: 'oidc',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: SERVER_CLIENT.id,
      OIDC_CLIENT_SECRET: SERVER_CLIENT.secret,
      PUBLIC_URL: publicUrl,
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      // Birgitte in HR is an administrator by her group at the provider, as with Entra ID.
      ADMIN_GROUPS: HR_GROUP,
    },
  };
}
const oidc = withOidc ? await signInAtProvider() : undefined;

const dataDir = process.env.DATA_DIR ?? 'data';
// Made-up finished contracts for the administrator's overview (once, in PGlite only).
if (!process.env.DATABASE_URL) await seedDemo(resolve(root, dataDir));
// With --oidc no one can sign in as the partner board's colleagues: they go into the database first.
if (oidc && !process.env.DATABASE_URL) {
  const added = await seedPartnersInDatabase(resolve(root, dataDir));
  if (added > 0) console.log(`Put ${added} colleagues on the partner board.`);
}

const server = spawn(process.execPath, ['packages/server/dist/cli.js'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: {
    ...process.env,
    AUTH: 'dev',
    ...oidc?.env,
    HOST: host,
    PORT: port,
    DATA_DIR: dataDir,
    STATIC_DIR: 'demo/shared/dist',
    // The demo's organisation: its introduction (step 1), which the page shows from the same file.
    SECTIONS_CONFIG: 'demo/shared/sections.json',
    // Birgitte in HR edits the organisation's settings and sees its overview (with --oidc: by her group).
    ADMIN_EMAILS: oidc ? '' : 'birgitte.munk@soeby.dk',
  },
});

// The server logs JSON; here a person reads it, so say the few things that matter in words.
server.stdout.setEncoding('utf8');
let buffered = '';
server.stdout.on('data', (chunk) => {
  buffered += chunk;
  const lines = buffered.split('\n');
  buffered = lines.pop() ?? '';
  for (const line of lines) {
    try {
      const { event, message, ms, url, engine } = JSON.parse(line);
      if (event === 'starting') console.log(`${message} …`);
      if (event === 'database-ready') console.log(`Database ready (${engine}) in ${ms} ms.`);
      if (event === 'listening' && !oidc) {
        void seedPartners(url).then(
          (added) => added > 0 && console.log(`Put ${added} colleagues on the partner board.`),
          () => console.log('Could not seed the partner board.'),
        );
      }
      if (event === 'listening') console.log(`\nThe demo is at ${url}/ (stop with Ctrl+C)\n`);
      if (event === 'listening' && oidc) {
        console.log(
          'Sign in there; for a second person, use a private window or another browser.\n',
        );
      }
    } catch {
      console.log(line);
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => {
  const stopped = oidc ? oidc.provider.stop() : Promise.resolve();
  void stopped.then(() => process.exit(code ?? 0));
});
