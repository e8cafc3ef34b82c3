// What a municipality's operations expect of the HTTP side: CORS for a page on
// another origin, limits that answer 413 and 429, and 503 with Retry-After
// when the database is gone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from './test-support/client.js';
import { freshDatabase } from './test-support/databases.js';
import { peopleOn } from './test-support/people.js';

test('CORS: an intranet page on a configured origin may call the API; another origin may not', async () => {
  const db = await freshDatabase('pglite');
  const { app } = testApp(db);
  const preflight = (origin: string) =>
    app.request('/api/contracts/x', {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'if-match, idempotency-key, content-type',
      },
    });
  const allowed = await preflight('https://intranet.example.dk');
  assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://intranet.example.dk');
  assert.equal(allowed.headers.get('Access-Control-Allow-Credentials'), 'true');
  assert.match(allowed.headers.get('Access-Control-Allow-Headers') ?? '', /If-Match/i);
  const other = await preflight('https://evil.example');
  assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
  await db.close();
});

test('a body over the limit gets 413, and too many requests from one person 429 with Retry-After', async () => {
  const db = await freshDatabase('pglite');
  const people = peopleOn(testApp(db, { rateLimitPerMinute: 5 }).app);
  const huge = await people.a.create('stor', { purpose: 'x'.repeat(3 * 1024 * 1024) });
  assert.deepEqual([huge.status, huge.body.code], [413, 'too-large']);
  const answers = [];
  for (let i = 0; i < 6; i++) answers.push((await people.b.list()).status);
  assert.deepEqual(answers, [200, 200, 200, 200, 200, 429]);
  const limited = await people.b.list();
  assert.ok(Number(limited.headers.get('Retry-After')) > 0);
  assert.equal((await people.a.list()).status, 200, 'another person is not held back');
  await db.close();
});

test('when the database is gone, 503 with Retry-After, and /readyz says not ready', async () => {
  const db = await freshDatabase('pglite');
  const { app } = testApp(db);
  const people = peopleOn(app);
  await db.close();
  const reply = await people.a.get('any');
  assert.deepEqual([reply.status, reply.headers.get('Retry-After')], [503, '5']);
  assert.equal(reply.body.code, 'unavailable');
  assert.equal((await app.request('/readyz')).status, 503);
  assert.equal((await app.request('/healthz')).status, 200);
});
