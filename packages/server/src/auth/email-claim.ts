import { looksLikeEmail } from './identify.js';

/** Where providers put the address: Entra ID in `email`, `upn` or `preferred_username`. */
const FALLBACKS = ['email', 'upn', 'preferred_username'] as const;

/**
 * The person's email from a token's claims: `OIDC_EMAIL_CLAIM` where it holds
 * an address, else the first of `email`, `upn`, `preferred_username` that
 * does. Null where none does (a guest without mail, a service account).
 */
export function emailFromClaims(
  claims: Record<string, unknown>,
  emailClaim: string,
): string | null {
  for (const name of [emailClaim, ...FALLBACKS]) {
    const value = claims[name];
    if (typeof value === 'string' && looksLikeEmail(value)) return value;
  }
  return null;
}

/**
 * The groups a token's claims name in `groupsClaim` (Entra ID: `groups`, the
 * groups' object ids): a list of strings, or one string. Anything else, none.
 */
export function groupsFromClaims(claims: Record<string, unknown>, groupsClaim: string): string[] {
  const value = claims[groupsClaim];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((group): group is string => typeof group === 'string' && group !== '');
}
