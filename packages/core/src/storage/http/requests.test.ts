// Requests and retries on their own, against a plain server on loopback.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { serveLoopback, type Loopback } from '../../../../../test/fixtures/loopback.mjs';
import {
  contractUrls,
  createRequest,
  createWriteLine,
  Unreachable,
  unreachable,
} from './requests.js';

const servers: Loopback[] = [];
after(() => Promise.all(servers.map((server) => server.stop())));

/** A server that answers with `statuses` in turn (the last one from then on); 0 never answers. */
async function answering(...statuses: number[]) {
  const server = await serveLoopback((_request, response) => {
    const status = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
    if (status === 0) return;
    response.writeHead(status, { 'Content-Type': 'application/json', 'X-Seen': 'yes' });
    response.end(status === 204 ? '' : JSON.stringify({ status }));
  });
  servers.push(server);
  return server;
}

test('5xx answers are sent again with the same body and headers, waiting longer each time', async () => {
  const server = await answering(503, 502, 200);
  let asked = 0;
  const request = createRequest({
    retryDelayMs: 40,
    headers: () => ({ Authorization: `Bearer ${++asked}` }),
  });
  const started = Date.now();
  const answer = await request('PUT', `${server.url}/x`, { 'If-Match': '"3"' }, { a: 1 });
  assert.equal(answer.status, 200);
  assert.deepEqual(answer.body, { status: 200 });
  assert.equal(answer.headers.get('X-Seen'), 'yes');
  assert.ok(Date.now() - started >= 40 + 80, 'waited 40 ms, then 80');
  assert.equal(server.requests.length, 3);
  for (const sent of server.requests) {
    assert.equal(sent.body, '{"a":1}');
    assert.equal(sent.headers['if-match'], '"3"');
    assert.equal(sent.headers['content-type'], 'application/json');
  }
  assert.deepEqual(
    server.requests.map((sent) => sent.headers.authorization),
    ['Bearer 1', 'Bearer 2', 'Bearer 3'],
    'the headers hook is asked before every attempt',
  );
});

test('a 4xx is the answer, not retried; an empty body reads as null', async () => {
  const refused = await answering(409);
  const request = createRequest({ retryDelayMs: 1 });
  assert.equal((await request('GET', refused.url)).status, 409);
  assert.equal(refused.requests.length, 1);
  const empty = await answering(204);
  assert.equal((await request('DELETE', empty.url)).body, null);
  assert.equal(empty.requests[0]?.headers['content-type'], undefined, 'no body, no content type');
});

test('when every attempt fails it rejects with Unreachable, which reads as unavailable', async () => {
  const server = await answering(500);
  const request = createRequest({ retries: 2, retryDelayMs: 1 });
  const problem = await request('GET', server.url).catch((caught: unknown) => caught);
  assert.ok(problem instanceof Unreachable);
  assert.equal(problem.message, 'HTTP 500');
  assert.equal(server.requests.length, 3, 'the first and two retries');
  assert.deepEqual(unreachable(problem), {
    ok: false,
    error: { code: 'unavailable', detail: 'HTTP 500' },
  });
  assert.throws(() => unreachable(new TypeError('a bug')), TypeError, 'a bug is not an outage');
});

test('a request with no answer times out and is tried again', async () => {
  const server = await answering(0, 200);
  const request = createRequest({ timeoutMs: 100, retryDelayMs: 1 });
  assert.equal((await request('GET', server.url)).status, 200);
  assert.equal(server.requests.length, 2);
});

test('the URLs: the list, a contract in a perspective, and what is below it', () => {
  const url = contractUrls('https://intra.example/api');
  assert.equal(url(), 'https://intra.example/api/contracts');
  assert.equal(url('a b'), 'https://intra.example/api/contracts/a%20b');
  assert.equal(
    url('c', 'leader-a', '/events'),
    'https://intra.example/api/contracts/c/events?as=leader-a',
  );
});

test('the write line runs one write at a time, in order, past a failed one', async () => {
  const line = createWriteLine();
  const order: string[] = [];
  const slow = line.serially(async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    order.push('first');
    throw new Error('refused');
  });
  const second = line.serially(() => Promise.resolve(order.push('second')));
  await assert.rejects(slow, /refused/);
  await second;
  await line.settled();
  assert.deepEqual(order, ['first', 'second']);
});
