import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { readContract } from '../contract-store.js';
import type { Db } from '../db/db.js';
import { refusal } from '../http/errors.js';
import { choosePerspective } from '../http/perspective.js';
import type { Signed } from '../http/signed-in.js';
import type { ChangeNotices } from '../notices/change-notices.js';

/** How long a browser waits before it reconnects a lost stream, and how often a quiet one says it lives. */
const RETRY_MS = 2_000;
const KEEP_ALIVE_MS = 25_000;

/**
 * `GET /contracts/{id}/events`: server-sent events telling the contract's
 * members that it changed, with the id and the revision only; each browser
 * then fetches its own view. The first event is the current revision (unless
 * the browser's `Last-Event-ID` says it has it), so a reconnect misses nothing.
 * `streams` holds a way to end each open stream, for a shutdown.
 */
export function eventRoutes({
  db,
  notices,
  streams,
}: {
  db: Db;
  notices: ChangeNotices;
  streams: Set<() => void>;
}) {
  const routes = new Hono<Signed>();

  routes.get('/contracts/:id/events', async (c) => {
    const id = c.req.param('id');
    const contract = await readContract(db, id);
    if (!contract) return c.json(refusal('not-found'), 404);
    const chosen = choosePerspective(contract, c.get('email'), c.req.query('as'));
    if (!chosen.ok) return c.json(chosen.body, chosen.status);
    const known = c.req.header('Last-Event-ID');

    return streamSSE(c, async (stream) => {
      const send = (revision: number | null) =>
        stream.writeSSE({
          event: 'change',
          data: JSON.stringify({ id, revision }),
          ...(revision !== null && { id: String(revision) }),
          retry: RETRY_MS,
        });
      if (known !== String(contract.revision)) await send(contract.revision);
      let end = () => undefined as void;
      const ended = new Promise<void>((resolve) => (end = resolve));
      const stopListening = notices.listen((changed, revision) => {
        if (changed === id) void send(revision);
      });
      // Notices may have been lost while the database connection was down: say where it stands now.
      const stopResync = notices.onResync(() => {
        void readContract(db, id).then((now) => send(now?.revision ?? null));
      });
      const keepAlive = setInterval(() => void stream.write(': \n\n'), KEEP_ALIVE_MS);
      stream.onAbort(end);
      streams.add(end);
      await ended;
      clearInterval(keepAlive);
      stopListening();
      stopResync();
      streams.delete(end);
    });
  });

  return routes;
}
