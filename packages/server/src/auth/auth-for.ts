import type { Config } from '../config.js';
import { devAuth } from './dev-auth.js';
import type { Identify } from './identify.js';
import { oidcAuth } from './oidc-auth.js';
import { proxyAuth } from './proxy-auth.js';

/** The way of knowing who is signed in that `AUTH` chose. */
export function authFor(config: Pick<Config, 'auth' | 'oidc' | 'proxy'>): Identify {
  switch (config.auth) {
    case 'dev':
      return devAuth();
    case 'proxy':
      return proxyAuth(config.proxy.header, config.proxy.trustedProxies);
    case 'oidc':
      return oidcAuth(config.oidc);
  }
}
