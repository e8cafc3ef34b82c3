import type { Config } from '../config.js';
import { devAuth } from './dev-auth.js';
import type { Identify } from './identify.js';
import { oidcAuth } from './oidc-auth.js';
import { proxyAuth } from './proxy-auth.js';

/**
 * The way of knowing who is signed in that `AUTH` chose. With `session` (the
 * browser sign-in), a request without an `Authorization` header is known by
 * its session cookie; one with the header only by its token.
 */
export function authFor(
  config: Pick<Config, 'auth' | 'oidc' | 'proxy'>,
  session?: Identify,
): Identify {
  switch (config.auth) {
    case 'dev':
      return devAuth();
    case 'proxy':
      return proxyAuth(config.proxy.header, config.proxy.trustedProxies);
    case 'oidc': {
      const bearer = oidcAuth(config.oidc);
      if (!session) return bearer;
      return (c) => (c.req.header('Authorization') ? bearer(c) : session(c));
    }
  }
}
