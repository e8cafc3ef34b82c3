import pg from 'pg';
import type { ChangeListener, ChangeNotices } from './change-notices.js';

const CHANNEL = 'kollegalaering_changes';

/**
 * Between server instances on one PostgreSQL: NOTIFY on a change, LISTEN on a
 * connection of its own. A payload is an id and a revision, far below
 * PostgreSQL's 8 KB limit. A lost listening connection is opened again with
 * backoff; notices sent meanwhile are lost, so the streams are told to resync.
 */
export async function postgresNotices(
  connectionString: string,
  publisher: { query(text: string, params: unknown[]): Promise<unknown> },
): Promise<ChangeNotices> {
  const listeners = new Set<ChangeListener>();
  const resyncs = new Set<() => void>();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function connect(attempt = 0): Promise<void> {
    const next = new pg.Client({ connectionString });
    next.on('notification', ({ payload }) => {
      try {
        const { id, revision } = JSON.parse(payload ?? '') as {
          id: string;
          revision: number | null;
        };
        for (const listener of listeners) listener(id, revision);
      } catch {
        // not one of ours
      }
    });
    const reconnect = () => {
      if (closed || client !== next) return;
      client = undefined;
      retry = setTimeout(() => void connect(attempt + 1), Math.min(30_000, 250 * 2 ** attempt));
    };
    next.on('error', reconnect);
    next.on('end', reconnect);
    try {
      await next.connect();
      await next.query(`listen ${CHANNEL}`);
      client = next;
      if (attempt > 0) for (const resync of resyncs) resync();
    } catch {
      await next.end().catch(() => undefined);
      if (!closed)
        retry = setTimeout(() => void connect(attempt + 1), Math.min(30_000, 250 * 2 ** attempt));
    }
  }
  await connect();

  return {
    publish: async (id, revision) => {
      await publisher.query('select pg_notify($1, $2)', [
        CHANNEL,
        JSON.stringify({ id, revision }),
      ]);
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onResync: (listener) => {
      resyncs.add(listener);
      return () => resyncs.delete(listener);
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
      listeners.clear();
    },
  };
}
