import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import { jwksAddress } from './discovery.js';
import { emailFromClaims, groupsFromClaims } from './email-claim.js';
import type { Identify } from './identify.js';

/**
 * A bearer token from the intranet's OpenID Connect provider (Entra ID and
 * most municipal ones), checked against the provider's published keys, the
 * issuer and this API's audience. Expired, badly signed, or meant for
 * another audience: not signed in. The groups in `OIDC_GROUPS_CLAIM` go
 * with the email, for ADMIN_GROUPS.
 */
export function oidcAuth({
  jwksUrl,
  issuer,
  audience,
  emailClaim,
  groupsClaim,
}: Config['oidc']): Identify {
  const address = jwksAddress(jwksUrl, issuer);
  let keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  return async (c) => {
    const header = c.req.header('Authorization') ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!token) return null;
    try {
      keys ??= createRemoteJWKSet(await address());
      const { payload } = await jwtVerify(token, keys, { issuer, audience });
      const email = emailFromClaims(payload, emailClaim);
      return email ? { email, groups: groupsFromClaims(payload, groupsClaim) } : null;
    } catch {
      return null;
    }
  };
}
