// Actions on their own: what goes to the server, and each kind of answer.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveLoopback, type Loopback } from '../../../../../test/fixtures/loopback.mjs';
import { createEmptyContract } from '../../create-contract.js';
import { actionsOn } from './actions.js';
import { createChangeNews } from './events.js';
import type { Members } from './membership.js';
import { contractUrls, createRequest, createWriteLine } from './requests.js';

let server: Loopback;
/** What the server answers next: a status and a body. */
let next: { status: number; body?: unknown; headers?: Record<string, string> };
before(async () => {
  server = await serveLoopback((_request, response) => {
    response.writeHead(next.status, { 'Content-Type': 'application/json', ...next.headers });
    response.end(next.body === undefined ? '' : JSON.stringify(next.body));
  });
});
after(() => server.stop());

function connection() {
  const members: Members = new Map();
  const line = createWriteLine();
  const news = createChangeNews('actions-test');
  const request = createRequest({ retries: 1, retryDelayMs: 1 });
  return {
    act: actionsOn({ request, url: contractUrls(server.url), members, news, line }),
    members,
    line,
  };
}
const stored = (revision: number) => ({ ...createEmptyContract({ id: 'c1' }), revision });

test('an action goes with the revision read, a fresh key and the perspective; the answer is the new contract', async () => {
  const { act, members } = connection();
  next = {
    status: 200,
    body: stored(4),
    headers: {
      'Kollegalaering-Perspective': 'leader-a',
      'Kollegalaering-Perspectives': 'leader-a',
    },
  };
  const done = await act('c1', 'approve', { expectedRevision: 3, as: 'leader-a', comment: 'Fint' });
  assert.equal(done.ok && done.value.revision, 4);
  assert.equal(members.get('c1')?.perspective, 'leader-a', 'who the server says the person is');
  const sent = server.requests.at(-1)!;
  assert.equal(sent.method, 'POST');
  assert.equal(sent.url, '/contracts/c1/actions?as=leader-a');
  assert.equal(sent.headers['if-match'], '"3"');
  assert.match(String(sent.headers['idempotency-key']), /^[\w-]{8,64}$/);
  assert.deepEqual(JSON.parse(sent.body), { action: 'approve', comment: 'Fint' });
  await act('c1', 'approve', { expectedRevision: 4 });
  assert.notEqual(
    server.requests.at(-1)!.headers['idempotency-key'],
    sent.headers['idempotency-key'],
  );
});

test('412 is a conflict with the server’s copy; 403 and 422 the rules’ refusal; 401 signed out; 5xx unavailable', async () => {
  const { act } = connection();
  next = { status: 412, body: stored(7) };
  const late = await act('c1', 'accept', { expectedRevision: 5 });
  assert.equal(late.ok || (late.error.code === 'conflict' && late.error.current?.revision), 7);
  for (const status of [403, 422]) {
    next = { status, body: { issues: [{ path: ['purpose'], code: 'required' }] } };
    const refused = await act('c1', 'accept', { expectedRevision: 5 });
    assert.deepEqual(refused.ok || refused.error, {
      code: 'forbidden',
      issues: [{ path: ['purpose'], code: 'required' }],
      detail: `HTTP ${status}`,
    });
  }
  next = { status: 503 };
  const down = await act('c1', 'accept', { expectedRevision: 5 });
  assert.equal(down.ok || down.error.code, 'unavailable');
  // The session ended or the token expired: not "offline", the person must sign in again.
  next = { status: 401, body: { code: 'not-signed-in' } };
  const out = await act('c1', 'accept', { expectedRevision: 5 });
  assert.deepEqual(out.ok || out.error, { code: 'signed-out', detail: 'POST answered 401' });
  // A server that signs people in itself says where; the page can link to it.
  next = { status: 401, body: { code: 'not-signed-in', signIn: '/auth/sign-in' } };
  const again = await act('c1', 'accept', { expectedRevision: 5 });
  assert.equal(again.ok || again.error.signIn, '/auth/sign-in');
});

test('an action waits for the writes in line before it', async () => {
  const { act, line } = connection();
  next = { status: 200, body: stored(2) };
  const order: string[] = [];
  void line.serially(async () => {
    await new Promise((resolve) => setTimeout(resolve, 40));
    order.push('save');
  });
  await act('c1', 'accept', { expectedRevision: 1 }).then(() => order.push('action'));
  assert.deepEqual(order, ['save', 'action']);
});
