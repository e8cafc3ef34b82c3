// News of changes: a real event stream on loopback, and another tab's notice.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, test } from 'node:test';
import { serveLoopback, type Loopback } from '../../../../../test/fixtures/loopback.mjs';
import { createChangeNews } from './events.js';

let server: Loopback;
const streams: ServerResponse[] = [];
before(async () => {
  server = await serveLoopback((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/event-stream' });
    response.write(': open\n\n');
    streams.push(response);
  });
});
after(() => server.stop());

const announce = (revision: number | null) => {
  for (const stream of streams) {
    stream.write(`id: ${revision}\nevent: change\ndata: ${JSON.stringify({ revision })}\n\n`);
  }
};
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

test('the server’s notices are passed on once, newer only, never this browser’s own, after its writes', async () => {
  const news = createChangeNews('events-test-1');
  const heard: (number | null)[] = [];
  let writing = Promise.resolve();
  let done = () => {};
  const stop = news.subscribe('c1', (revision) => heard.push(revision), {
    url: `${server.url}/contracts/c1/events`,
    credentials: 'same-origin',
    settled: () => writing,
  });
  try {
    await until(() => streams.length > 0);
    news.stored('c1', 3);
    announce(2);
    announce(3); // this browser's own save
    announce(2); // older than what was heard
    await until(() => heard.length > 0);
    writing = new Promise((resolve) => (done = resolve));
    announce(4); // waits for the write in line
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(heard, [2]);
    done();
    await until(() => heard.length > 1);
    announce(null);
    announce(null);
    await until(() => heard.length > 2);
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(heard, [2, 4, null]);
    assert.equal(server.requests[0]?.headers.accept, 'text/event-stream');
  } finally {
    stop();
  }
});

test('another tab’s save is heard through the channel, its own are not', async () => {
  const here = createChangeNews('events-test-2');
  const otherTab = createChangeNews('events-test-2');
  const heard: (number | null)[] = [];
  const stop = here.subscribe('c2', (revision) => heard.push(revision), {
    url: `${server.url}/contracts/c2/events`,
    credentials: 'same-origin',
    settled: () => Promise.resolve(),
  });
  try {
    otherTab.stored('c2', 5);
    otherTab.stored('other', 9);
    await until(() => heard.length > 0);
    here.stored('c2', 6);
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(heard, [5]);
  } finally {
    stop();
  }
});
