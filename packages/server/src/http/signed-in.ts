import type { MiddlewareHandler } from 'hono';
import type { Identify } from '../auth/identify.js';
import { refusal } from './errors.js';
import type { createRateLimit } from './rate-limit.js';

/** What the routes behind `signedIn` know of the request. */
export type Signed = {
  Variables: {
    email: string;
    /** The groups the sign-in named (OIDC_GROUPS_CLAIM); none for other ways of signing in. */
    groups: readonly string[];
  };
};

/**
 * Lets a request through only with a signed-in person, within their rate limit.
 * Where the server signs people in itself (`signInPath`), a refused request
 * without a token is told where: the page can offer to sign in again.
 */
export const signedIn =
  (
    identify: Identify,
    limit: ReturnType<typeof createRateLimit>,
    signInPath?: string,
  ): MiddlewareHandler<Signed> =>
  async (c, next) => {
    const identity = await identify(c);
    if (!identity) {
      const signIn = signInPath && !c.req.header('Authorization') ? { signIn: signInPath } : {};
      return c.json({ ...refusal('not-signed-in'), ...signIn }, 401, {
        'WWW-Authenticate': 'Bearer',
      });
    }
    const wait = limit.take(identity.email.toLowerCase());
    if (wait > 0) return c.json(refusal('too-many-requests'), 429, { 'Retry-After': String(wait) });
    c.set('email', identity.email);
    c.set('groups', identity.groups ?? []);
    await next();
  };
