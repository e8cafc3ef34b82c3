import { looksLikeEmail, remoteAddress, type Identify } from './identify.js';

/**
 * A reverse proxy did the login (SAML, AD FS, Windows login) and names the
 * person in a header. The header is believed only from the proxy's own
 * addresses: from anyone else, anyone could set it.
 */
export const proxyAuth =
  (header: string, trustedProxies: readonly string[]): Identify =>
  (c) => {
    const from = remoteAddress(c);
    const email = from && trustedProxies.includes(from) ? (c.req.header(header) ?? '') : '';
    return Promise.resolve(looksLikeEmail(email) ? { email } : null);
  };
