import { getCookie } from 'hono/cookie';
import { looksLikeEmail, type Identify } from './identify.js';

/** The header (per browser tab) or cookie that says who you are in `AUTH=dev`. */
export const DEV_USER_HEADER = 'X-Kollegalaering-Dev-User';
export const DEV_USER_COOKIE = 'kollegalaering-dev-user';

/**
 * For the demo and for development only: the person says who they are. The
 * server refuses to start in this mode unless it listens on loopback.
 */
export const devAuth = (): Identify => (c) => {
  const claimed = c.req.header(DEV_USER_HEADER) ?? getCookie(c, DEV_USER_COOKIE) ?? '';
  return Promise.resolve(looksLikeEmail(claimed) ? { email: claimed } : null);
};
