import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Identity } from './identify.js';
import type { Db } from '../db/db.js';

export interface SessionRules {
  /** Signs the cookie: a value changed by one character is refused before the database is asked. */
  secret: string;
  /** The longest a sign-in lasts, however busy the person is. */
  maxMs: number;
  /** A session unused this long has ended. */
  idleMs: number;
  now: () => Date;
}

/** Rows are written back at most this often while a person works, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const hash = (id: string) => createHash('sha256').update(id).digest('base64url');
const sign = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`session:${id}`).digest('base64url');

/**
 * The server's sessions: a random id in the cookie, signed with
 * SESSION_SECRET; in the database, its hash with the email, the groups that
 * make the person an administrator (ADMIN_GROUPS) where any do, and two
 * times. The cookie holds nothing else: no name, no token, nothing to read.
 */
export function sessionStore(db: Db, { secret, maxMs, idleMs, now }: SessionRules) {
  /** The session's id from a cookie value, where the signature is right; else null. */
  function idFrom(cookie: string | undefined): string | null {
    const [id, signature, ...rest] = (cookie ?? '').split('.');
    if (!id || !signature || rest.length > 0) return null;
    const expected = Buffer.from(sign(secret, id));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  }

  return {
    /** A new session for `email`, ending `previous` (a new id at each sign-in). Returns the cookie value. */
    async start(
      email: string,
      previous: string | undefined,
      groups: readonly string[] = [],
    ): Promise<string> {
      const at = now();
      await this.end(previous);
      // Sessions that ran out are forgotten whenever someone signs in.
      await db.query('delete from sessions where seen_at < $1 or created_at < $2', [
        new Date(at.getTime() - idleMs).toISOString(),
        new Date(at.getTime() - maxMs).toISOString(),
      ]);
      const id = randomBytes(32).toString('base64url');
      await db.query(
        `insert into sessions (id_hash, email, created_at, seen_at, groups)
         values ($1, $2, $3, $3, $4::jsonb)`,
        [hash(id), email, at.toISOString(), JSON.stringify(groups)],
      );
      return `${id}.${sign(secret, id)}`;
    },

    /** Who a live session is, noting that it was used; null for a forged, ended or old cookie. */
    async find(cookie: string | undefined): Promise<Identity | null> {
      const id = idFrom(cookie);
      if (!id) return null;
      const { rows } = await db.query<{
        email: string;
        groups: unknown;
        created_at: Date | string;
        seen_at: Date | string;
      }>('select email, groups, created_at, seen_at from sessions where id_hash = $1', [hash(id)]);
      const row = rows[0];
      if (!row) return null;
      const at = now().getTime();
      const seen = new Date(row.seen_at).getTime();
      if (at - new Date(row.created_at).getTime() > maxMs || at - seen > idleMs) {
        await db.query('delete from sessions where id_hash = $1', [hash(id)]);
        return null;
      }
      if (at - seen > TOUCH_EVERY_MS) {
        await db.query('update sessions set seen_at = $2 where id_hash = $1', [
          hash(id),
          new Date(at).toISOString(),
        ]);
      }
      const groups: unknown = typeof row.groups === 'string' ? JSON.parse(row.groups) : row.groups;
      return { email: row.email, groups: Array.isArray(groups) ? (groups as string[]) : [] };
    },

    /** Ends the session the cookie names, if it is one. */
    async end(cookie: string | undefined): Promise<void> {
      const id = idFrom(cookie);
      if (id) await db.query('delete from sessions where id_hash = $1', [hash(id)]);
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
