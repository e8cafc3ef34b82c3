// An identity provider for the tests: a key pair of its own, its public key
// served as a JWKS on loopback, and tokens signed with it.
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export const ISSUER = 'https://login.example.dk/soeby';
export const AUDIENCE = 'kollegalaering-api';
/** An Entra ID group's object id, as ADMIN_GROUPS names it and a `groups` claim carries it. */
export const HR_GROUP = '7f3c1a52-0d1e-4b7a-9a51-3c2f0e8d6b11';

export async function startOidcProvider() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    /**
     * A token for `email` as the intranet's login would issue it, with any
     * other claims (such as `groups`), valid for five minutes unless told.
     */
    token: (email: string, claims: Record<string, unknown> = {}, expiresIn = '5m') =>
      new SignJWT({ email, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
