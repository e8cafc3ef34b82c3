// The floor: the contract routes' shape with nothing behind them. Hono on
// @hono/node-server, as the real server, answering GET with a stored view from
// memory and PUT by keeping the body, with no sign-in, no rules, no database.
// What the load client reaches against it is the most this machine (client
// and server sharing its cores) allows; the real server's ceiling is read
// beside it. Started as a process of its own by child-server.ts, bundled to
// plain JavaScript first so its memory is comparable with the built server's.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/** A view as the real server sends it (captured from it by the load run), for every contract. */
const view = readFileSync(process.env['FLOOR_VIEW'] ?? '', 'utf8');
const stored = new Map<string, { body: string; revision: number }>();

const app = new Hono();
app.get('/readyz', (c) => c.json({ status: 'ready' }));
app.get('/api/contracts/:id', (c) => {
  const { body, revision } = stored.get(c.req.param('id')) ?? { body: view, revision: 1 };
  return c.body(body, 200, { 'Content-Type': 'application/json', ETag: `"${revision}"` });
});
app.put('/api/contracts/:id', async (c) => {
  const id = c.req.param('id');
  const now = stored.get(id);
  const creating = c.req.header('If-None-Match') === '*';
  if (creating ? now : now && c.req.header('If-Match') !== `"${now.revision}"`) {
    return c.body(null, 412);
  }
  // A new contract starts as the captured view, as the real server starts one from core's blank.
  const body = creating ? view : await c.req.text();
  const revision = (now?.revision ?? 0) + 1;
  stored.set(id, { body, revision });
  return c.body(body, creating ? 201 : 200, {
    'Content-Type': 'application/json',
    ETag: `"${revision}"`,
  });
});

serve({ fetch: app.fetch, port: Number(process.env['PORT']), hostname: '127.0.0.1' });
process.once('SIGTERM', () => process.exit(0));
