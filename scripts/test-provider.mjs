// A real OpenID Provider on loopback (oidc-provider, certified), for the tests
// and for `npm start -- --oidc`: the demo's five people and one without email, a plain login form of its
// own, the server as a confidential client, a public "intranet page" client
// that gets access tokens for the server's API, and sign-out. Nothing here
// leaves the machine: its keys are made at start and its pages load nothing.
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors } from 'oidc-provider';

/** HR's group at the provider, as Entra ID names a group (its object id): `ADMIN_GROUPS` under `--oidc`. */
export const HR_GROUP = '7f3c1a52-0d1e-4b7a-9a51-3c2f0e8d6b11';

/** The test accounts. Everyone's password is `kollega`; Vikar's provider sends no email. */
export const ACCOUNTS = [
  { id: 'mette', login: 'mette.larsen@soeby.dk', name: 'Mette Larsen' },
  { id: 'jonas', login: 'jonas.holm@soeby.dk', name: 'Jonas Holm' },
  // The leaders and the supervisor of demo/shared/people.ts, so that approvals can be tried.
  { id: 'hanne', login: 'hanne.berg@soeby.dk', name: 'Hanne Berg' },
  { id: 'peter', login: 'peter.friis@soeby.dk', name: 'Peter Friis' },
  { id: 'lone', login: 'lone.dahl@soeby.dk', name: 'Lone Dahl' },
  // HR: an administrator by her group (ADMIN_GROUPS), as Entra ID names groups by their object id.
  {
    id: 'birgitte',
    login: 'birgitte.munk@soeby.dk',
    name: 'Birgitte Munk',
    groups: [HR_GROUP, 'alle-ansatte'],
  },
  { id: 'vikar', login: 'vikar01', name: 'Vikar uden e-mail' },
];
export const PASSWORD = 'kollega';
/** The server's client at the provider, as an app registration would give it. */
export const SERVER_CLIENT = { id: 'kollegalaering', secret: 'test-secret-of-the-server-client' };
/** A page on another origin: a public client that asks for tokens for the API. */
export const PAGE_CLIENT = 'intranet-page';
/** The resource (audience) of the server's API at the provider. */
export const API_AUDIENCE = 'api://kollegalaering';

const escape = (text) => String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

function readForm(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(new URLSearchParams(text)));
    request.on('error', reject);
  });
}

const loginForm = (uid, error = '') =>
  page(
    'Søby Kommune login (test provider)',
    `${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
  <p><label>Username <input name="login" autocomplete="username" required></label></p>
  <p><label>Password <input name="password" type="password" required></label></p>
  <p><button type="submit">Sign in</button></p>
</form>`,
  );

/**
 * Starts the provider on 127.0.0.1. `redirectUris` and `postLogoutRedirectUris`
 * are the server's (PUBLIC_URL + /auth/callback, + /auth/signed-out);
 * `pageRedirectUris` those of the public page client.
 */
export async function startTestProvider({
  port = 0,
  redirectUris = [],
  postLogoutRedirectUris = [],
  pageRedirectUris = ['http://127.0.0.1/'],
} = {}) {
  let handle = (_request, response) => response.writeHead(503).end();
  const server = createServer((request, response) => handle(request, response));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const account = (id) => ACCOUNTS.find((a) => a.id === id);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: SERVER_CLIENT.id,
        client_secret: SERVER_CLIENT.secret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      {
        client_id: PAGE_CLIENT,
        token_endpoint_auth_method: 'none',
        redirect_uris: pageRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-1', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['test-provider-cookie-key-not-a-secret'] },
    claims: {
      openid: ['sub', 'groups'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username'],
    },
    findAccount: (_ctx, id) => {
      const found = account(id);
      if (!found) return undefined;
      return {
        accountId: found.id,
        claims: () => ({
          sub: found.id,
          name: found.name,
          preferred_username: found.login,
          ...(found.login.includes('@') && { email: found.login, email_verified: true }),
          ...(found.groups && { groups: found.groups }),
        }),
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // The municipality's own apps: no consent screen, as an Entra admin consent gives.
    loadExistingGrant: async (ctx) => {
      const grantId =
        ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      grant.addResourceScope(API_AUDIENCE, 'contracts');
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // oidc-provider always asks before it ends its session (its form carries a CSRF token).
        // Kollegalæring does not rely on the click: after its sign-out, its next sign-in asks
        // for the password anyway (prompt=login). The tests sign out without clicking.
        logoutSource: (ctx, form) => {
          ctx.body = page(
            'Log ud af Søby Kommunes login?',
            `${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, log mig ud</button>`,
          ).replace('lang="en"', 'lang="da"');
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = page('Logget ud', '<p>Du er logget ud af Søby Kommunes login.</p>').replace(
            'lang="en"',
            'lang="da"',
          );
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, _client, oneOf) => oneOf,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_AUDIENCE) throw new errors.InvalidTarget();
          return { scope: 'contracts', audience: API_AUDIENCE, accessTokenFormat: 'jwt' };
        },
      },
    },
    // What an Entra access token for an API carries: who it is, by email.
    extraTokenClaims: (_ctx, token) => {
      const found = account(token.accountId);
      return found?.login.includes('@') ? { email: found.login } : undefined;
    },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(
        'Login error',
        `<p>${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`,
      );
    },
  });
  const oidc = provider.callback();

  handle = async (request, response) => {
    const uid = /^\/interaction\/([\w-]+)$/.exec(request.url ?? '')?.[1];
    if (!uid) return oidc(request, response);
    try {
      await provider.interactionDetails(request, response);
      if (request.method !== 'POST') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return response.end(loginForm(uid));
      }
      const form = await readForm(request);
      const found = ACCOUNTS.find((a) => a.login === form.get('login'));
      if (!found || form.get('password') !== PASSWORD) {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return response.end(loginForm(uid, 'Wrong username or password.'));
      }
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId: found.id } },
        { mergeWithLastSubmission: false },
      );
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page('Login error', '<p>This sign-in has expired. Start again.</p>'));
    }
  };

  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

/** Cookies by name, as a browser keeps them for one site (paths ignored). */
class CookieJar {
  cookies = new Map();
  /** @param {Response} response */
  take(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }
  get header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}
export { CookieJar };

/**
 * A browser's way through the provider without a browser: follows the
 * authorization URL `start`, fills in the login form as `login`, and returns
 * the address the provider sends the browser back to (the first that starts
 * with `until`).
 */
export async function loginWithoutBrowser(start, login, until) {
  const jar = new CookieJar();
  let url = start;
  let form;
  for (let hop = 0; hop < 12; hop++) {
    const response = await fetch(url, {
      redirect: 'manual',
      ...(form && { method: 'POST', body: form }),
      headers: { cookie: jar.header },
    });
    jar.take(response);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url).href;
      if (next.startsWith(until)) return next;
      [url, form] = [next, undefined];
      continue;
    }
    const html = await response.text();
    if (!form && /name="password"/.test(html)) {
      form = new URLSearchParams({ login, password: PASSWORD });
      continue;
    }
    throw new Error(`stuck at the provider: ${response.status} ${html.slice(0, 300)}`);
  }
  throw new Error('too many redirects at the provider');
}

/**
 * An access token for the server's API, as a page on another origin gets it
 * (the public page client, PKCE, `resource` = the API): what MSAL.js or
 * SharePoint's token provider hands a page.
 */
export async function pageToken(issuer, login, redirectUri = 'http://127.0.0.1/') {
  const client = await import('openid-client');
  const config = await client.discovery(new URL(issuer), PAGE_CLIENT, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid contracts',
    resource: API_AUDIENCE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const back = await loginWithoutBrowser(url.href, login, redirectUri);
  return client.authorizationCodeGrant(
    config,
    new URL(back),
    { pkceCodeVerifier: verifier, expectedState: state },
    { resource: API_AUDIENCE },
  );
}

/** A port on 127.0.0.1 that nothing listens on now: for a server whose address the provider must know first. */
export const freePort = () =>
  new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
