/** The parts of a provider's discovery document (OpenID Connect Discovery 1.0) the bearer check reads. */
interface Discovered {
  jwks_uri: string;
}

/**
 * The provider's published keys' address: OIDC_JWKS_URL where set, else the
 * `jwks_uri` of `${issuer}/.well-known/openid-configuration`, read once (and
 * again after a failure, so a provider that was down at start is found later).
 */
export function jwksAddress(jwksUrl: string, issuer: string): () => Promise<URL> {
  if (jwksUrl) {
    const url = new URL(jwksUrl);
    return () => Promise.resolve(url);
  }
  let found: Promise<URL> | undefined;
  return () =>
    (found ??= (async () => {
      const response = await fetch(
        `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
      );
      if (!response.ok) throw new Error(`discovery answered ${response.status}`);
      const { jwks_uri } = (await response.json()) as Discovered;
      return new URL(jwks_uri);
    })().catch((problem: unknown) => {
      found = undefined;
      throw problem;
    }));
}
