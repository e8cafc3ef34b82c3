import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import { jwksAddress } from './discovery.js';
import { emailFromClaims } from './email-claim.js';
import type { Identify } from './identify.js';

/**
 * A bearer token from the intranet's OpenID Connect provider (Entra ID and
 * most municipal ones), checked against the provider's published keys, the
 * issuer and this API's audience. Expired, badly signed, or meant for
 * another audience: not signed in.
 */
export function oidcAuth({ jwksUrl, issuer, audience, emailClaim }: Config['oidc']): Identify {
  const address = jwksAddress(jwksUrl, issuer);
  let keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  return async (c) => {
    const header = c.req.header('Authorization') ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!token) return null;
    try {
      keys ??= createRemoteJWKSet(await address());
      const { payload } = await jwtVerify(token, keys, { issuer, audience });
      return emailFromClaims(payload, emailClaim);
    } catch {
      return null;
    }
  };
}
