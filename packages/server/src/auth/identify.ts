import type { Context } from 'hono';

/**
 * Who is signed in: their email, and the groups their sign-in named (from the
 * claim `OIDC_GROUPS_CLAIM`; kept only where they make an administrator).
 */
export interface Identity {
  email: string;
  groups?: readonly string[];
}

/** Who sent a request, or null when they are not signed in (or not believed). */
export type Identify = (c: Context) => Promise<Identity | null>;

/** The address the request came from, as the socket saw it (not a header anyone can set). */
export function remoteAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress?.replace(/^::ffff:/, '');
}

/** A plausible email: something@something, with no spaces, of a sane length. */
export const looksLikeEmail = (value: string): boolean =>
  value.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(value);
