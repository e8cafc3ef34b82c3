import { createHash } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import type { Config, SignInConfig } from '../config.js';
import type { Db } from '../db/db.js';
import { refusal } from '../http/errors.js';
import type { Log } from '../log.js';
import { emailFromClaims, groupsFromClaims } from './email-claim.js';
import type { Identify } from './identify.js';
import { sessionStore } from './sessions.js';
import { langOf, signInPages } from './sign-in-pages.js';

/** The paths of the sign-in; the provider must know `/auth/callback` and `/auth/signed-out` under PUBLIC_URL. */
export const SIGN_IN_PATHS = {
  signIn: '/auth/sign-in',
  callback: '/auth/callback',
  signOut: '/auth/sign-out',
  signedOut: '/auth/signed-out',
  session: '/auth/session',
  script: '/auth/sign-in.js',
} as const;

/** A sign-in under way, between the redirect to the provider and its answer: ten minutes at most. */
const PENDING_SECONDS = 600;

/**
 * How long the "signed out" marker lasts: longer than a provider's session
 * usually does (Entra's "stay signed in" can last days), so the next sign-in
 * from this browser asks for the password even when the person never
 * confirmed the sign-out at the provider. A successful sign-in deletes it.
 */
const SIGNED_OUT_SECONDS = 30 * 24 * 3600;

const LOOPBACK_ISSUER = /^http:\/\/(127\.\d+\.\d+\.\d+|\[::1\]|localhost)(:\d+)?(\/|$)/;

/** A path on this server to come back to; anything else (another site, `//evil`) becomes `/`. */
const safeReturn = (value: string | undefined): string =>
  value && /^\/(?![/\\])/.test(value) ? value : '/';

const pages = signInPages(SIGN_IN_PATHS);
/** The language of the sign-in's pages for this request. */
const langFor = (c: Context) => langOf(c.req.header('Accept-Language'));

const SIGN_IN_SCRIPT = `location.replace(${JSON.stringify(SIGN_IN_PATHS.signIn)} + '?return=' +
  encodeURIComponent(location.pathname + location.search + location.hash));\n`;

const SIGN_IN_STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;line-height:1.5}\n`;

/** Which requests ask for a page (and are sent to sign in), not for a script, a style or an image. */
const asksForPage = (c: Context) =>
  (c.req.method === 'GET' || c.req.method === 'HEAD') &&
  !c.req.path.startsWith('/api/') &&
  !c.req.path.startsWith('/auth/') &&
  !['/healthz', '/readyz'].includes(c.req.path) &&
  (/\/$|\.html?$/.test(c.req.path) || !/\.[a-z0-9]+$/i.test(c.req.path));

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface BrowserSignIn {
  /** `/auth/*`: sign in, the provider's answer, sign out, and who is signed in. */
  routes: Hono;
  /** Who a request is from by its session cookie; writes only from this server's own pages. */
  identify: Identify;
  /** Sends a person without a session from a page to the sign-in. */
  guardPages: MiddlewareHandler;
  /** Refuses a write that carries the session cookie but comes from another site (CSRF). */
  sameOriginWrites: MiddlewareHandler;
}

/**
 * The server's own sign-in (authorization code with PKCE, state and nonce,
 * through openid-client), its session cookie, and the protection of writes
 * made with that cookie. Bearer tokens are checked elsewhere (oidc-auth.ts)
 * and are never asked for an Origin: a page cannot make a browser attach one.
 */
export function browserSignIn({
  db,
  settings,
  oidc,
  adminGroups = [],
  log,
  now = () => new Date(),
}: {
  db: Db;
  settings: SignInConfig;
  oidc: Pick<Config['oidc'], 'issuer' | 'emailClaim' | 'groupsClaim'>;
  /** ADMIN_GROUPS: of the groups a sign-in names, the session keeps only these. */
  adminGroups?: readonly string[];
  log: Log;
  now?: () => Date;
}): BrowserSignIn {
  const { publicUrl } = settings;
  const secure = publicUrl.startsWith('https:');
  const ownOrigin = new URL(publicUrl).origin;
  // `__Host-`: the browser accepts it only with Secure and Path=/, from this host alone.
  const cookieName = secure ? '__Host-kollegalaering-session' : 'kollegalaering-session';
  const pendingName = secure ? '__Host-kollegalaering-sign-in' : 'kollegalaering-sign-in';
  const signedOutName = secure ? '__Host-kollegalaering-signed-out' : 'kollegalaering-signed-out';
  const redirectUri = `${publicUrl}${SIGN_IN_PATHS.callback}`;
  const sessions = sessionStore(db, {
    secret: settings.sessionSecret,
    maxMs: settings.sessionHours * 3_600_000,
    idleMs: settings.idleMinutes * 60_000,
    now,
  });
  // The pending sign-in is encrypted (A256GCM) with a key made from SESSION_SECRET.
  const pendingKey = createHash('sha256').update(`sign-in:${settings.sessionSecret}`).digest();

  let discovered: Promise<client.Configuration> | undefined;
  const provider = () =>
    (discovered ??= client
      .discovery(
        new URL(oidc.issuer),
        settings.clientId,
        settings.clientSecret || undefined,
        settings.clientSecret ? undefined : client.None(),
        // Plain http only for a provider on this machine: the tests' and the demo's.
        LOOPBACK_ISSUER.test(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((problem: unknown) => {
        discovered = undefined;
        throw problem;
      }));

  /**
   * Whether a request comes from a page of this server, by what the browser
   * alone sets: `Origin`, or `Sec-Fetch-Site` where `Origin` is `null` (the
   * pages' `Referrer-Policy: no-referrer` makes browsers send `null` on their
   * own POSTs). A request with neither is not from a browser page of ours.
   */
  const fromOwnPage = (c: Context) =>
    c.req.header('Origin') === ownOrigin || c.req.header('Sec-Fetch-Site') === 'same-origin';

  const cookieOptions = { httpOnly: true, secure, sameSite: 'Lax', path: '/' } as const;
  const sessionOf = (c: Context) => getCookie(c, cookieName);

  const routes = new Hono();

  routes.get(SIGN_IN_PATHS.script, (c) =>
    c.body(SIGN_IN_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  routes.get('/auth/sign-in.css', (c) =>
    c.body(SIGN_IN_STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );

  routes.get(SIGN_IN_PATHS.signIn, async (c) => {
    let config: client.Configuration;
    try {
      config = await provider();
    } catch {
      log('sign-in-provider-unreachable');
      return c.html(pages.unreachable(langFor(c)), 503, { 'Retry-After': '30' });
    }
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const pending = await new EncryptJWT({
      state,
      nonce,
      verifier,
      back: safeReturn(c.req.query('return')),
    })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt(Math.floor(now().getTime() / 1000))
      .setExpirationTime(Math.floor(now().getTime() / 1000) + PENDING_SECONDS)
      .encrypt(pendingKey);
    setCookie(c, pendingName, pending, { ...cookieOptions, maxAge: PENDING_SECONDS });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      // After a sign-out from this browser the provider must ask for the password again,
      // whether or not its own session was ended: on a shared PC the next person is not let in.
      ...(getCookie(c, signedOutName) && { prompt: 'login' }),
    });
    return c.redirect(url.href, 302);
  });

  routes.get(SIGN_IN_PATHS.callback, async (c) => {
    const failed = (reason: string) => {
      log('sign-in-refused', { reason });
      deleteCookie(c, pendingName, cookieOptions);
      return c.html(pages.failed(langFor(c)), 400);
    };
    let pending: { state: string; nonce: string; verifier: string; back: string };
    try {
      const { payload } = await jwtDecrypt(getCookie(c, pendingName) ?? '', pendingKey, {
        currentDate: now(),
      });
      pending = payload as typeof pending;
    } catch {
      return failed('no-pending-sign-in');
    }
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(
        await provider(),
        new URL(`${redirectUri}${new URL(c.req.url).search}`),
        {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        },
      );
      const idToken = tokens.claims();
      claims = idToken;
      // Some providers (oidc-provider as certified, Entra ID without the optional claim) keep the
      // email (or the groups) out of the ID token and give it at the userinfo endpoint, for the same `sub`.
      const groupsElsewhere = adminGroups.length > 0 && idToken && !(oidc.groupsClaim in idToken);
      if (
        idToken &&
        (!emailFromClaims(idToken, oidc.emailClaim) || groupsElsewhere) &&
        tokens.access_token
      ) {
        const config = await provider();
        if (config.serverMetadata().userinfo_endpoint) {
          const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
          claims = { ...info, ...idToken };
        }
      }
    } catch (problem) {
      // The library's error code (e.g. a wrong state), never the values it saw.
      const code = (problem as { code?: unknown }).code;
      return failed(typeof code === 'string' ? code : 'code-grant-failed');
    }
    deleteCookie(c, pendingName, cookieOptions);
    const email = claims && emailFromClaims(claims, oidc.emailClaim);
    if (!email) {
      // The detail for IT goes to the log: which claim was looked for, and the names (never the
      // values) of the claims that came.
      log('sign-in-without-email', {
        emailClaim: oidc.emailClaim,
        claims: Object.keys(claims ?? {})
          .sort()
          .join(' '),
      });
      return c.html(pages.noEmail(langFor(c)), 403);
    }
    // A new id at every sign-in: a session id someone planted before does not become signed in.
    // Only the groups that make an administrator are kept: a person's other groups are not ours to store.
    const groups = groupsFromClaims(claims!, oidc.groupsClaim).filter((g) =>
      adminGroups.includes(g),
    );
    const session = await sessions.start(email, sessionOf(c), groups);
    setCookie(c, cookieName, session, {
      ...cookieOptions,
      maxAge: settings.sessionHours * 3600,
    });
    deleteCookie(c, signedOutName, cookieOptions);
    log('signed-in');
    return c.redirect(`${publicUrl}${pending.back}`, 302);
  });

  routes.get(SIGN_IN_PATHS.session, async (c) => {
    const email = (await sessions.find(sessionOf(c)))?.email;
    c.header('Cache-Control', 'private, no-store');
    return email
      ? c.json({ email, signOut: SIGN_IN_PATHS.signOut })
      : c.json({ ...refusal('not-signed-in'), signIn: SIGN_IN_PATHS.signIn }, 401);
  });

  routes.post(SIGN_IN_PATHS.signOut, async (c) => {
    if (!fromOwnPage(c)) return c.json(refusal('cross-site'), 403);
    await sessions.end(sessionOf(c));
    deleteCookie(c, cookieName, cookieOptions);
    setCookie(c, signedOutName, '1', { ...cookieOptions, maxAge: SIGNED_OUT_SECONDS });
    log('signed-out');
    const config = await provider().catch(() => undefined);
    const back = `${publicUrl}${SIGN_IN_PATHS.signedOut}`;
    // The provider's session ends too where it offers RP-initiated logout; else only ours. Either
    // way the marker above makes the next sign-in here ask for the password (`prompt=login`).
    // No `id_token_hint`: keeping ID tokens (name, email) at rest only to skip a provider's
    // confirmation page is not worth it, now that skipping or not confirming lets no one in.
    const url = config?.serverMetadata().end_session_endpoint
      ? client.buildEndSessionUrl(config, {
          client_id: settings.clientId,
          post_logout_redirect_uri: back,
        }).href
      : back;
    return c.redirect(url, 303);
  });

  routes.get(SIGN_IN_PATHS.signedOut, (c) => c.html(pages.signedOut(langFor(c))));

  const identify: Identify = (c) => sessions.find(sessionOf(c));

  const guardPages: MiddlewareHandler = async (c, next) => {
    if (!asksForPage(c) || (await sessions.find(sessionOf(c)))) return next();
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept-Language');
    return c.html(pages.signIn(langFor(c), c.req.path + (new URL(c.req.url).search || '')), 401);
  };

  /**
   * A write with the session cookie must come from a page of this server:
   * browsers send `Origin` (and `Sec-Fetch-Site`) with every POST, PUT and
   * DELETE, and no page can set them. SameSite=Lax keeps the cookie off most cross-site requests
   * already; this also covers a sister site under the same domain, which
   * counts as "same site". A request with a bearer token has no cookie to
   * abuse and is let through to be checked by its token.
   */
  const sameOriginWrites: MiddlewareHandler = async (c, next) => {
    if (
      UNSAFE.has(c.req.method) &&
      !c.req.header('Authorization') &&
      sessionOf(c) !== undefined &&
      !fromOwnPage(c)
    ) {
      log('cross-site-write-refused', { route: c.req.path.startsWith('/api/') ? 'api' : 'other' });
      return c.json(refusal('cross-site'), 403);
    }
    return next();
  };

  return { routes, identify, guardPages, sameOriginWrites };
}
