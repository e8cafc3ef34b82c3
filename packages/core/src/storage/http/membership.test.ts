// Who the person is on a contract, read from a real answer's headers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveLoopback, type Loopback } from '../../../../../test/fixtures/loopback.mjs';
import { perspectiveOn, remember, type Members } from './membership.js';

let server: Loopback;
before(async () => {
  // The server says in the query which headers to answer with.
  server = await serveLoopback((request, response) => {
    const query = new URL(request.url ?? '/', 'http://x').searchParams;
    response.writeHead(200, Object.fromEntries(query));
    response.end();
  });
});
after(() => server.stop());

const headersOf = async (headers: Record<string, string>) =>
  (await fetch(`${server.url}/?${new URLSearchParams(headers).toString()}`)).headers;

test('the perspective answered in and the ones held are remembered per contract', async () => {
  const members: Members = new Map();
  remember(
    members,
    'c1',
    await headersOf({
      'Kollegalaering-Perspective': 'leader-a',
      'Kollegalaering-Perspectives': 'leader-a, leader-b, nobody',
    }),
  );
  assert.deepEqual(members.get('c1'), {
    perspective: 'leader-a',
    perspectives: ['leader-a', 'leader-b'],
  });
  assert.equal(perspectiveOn(members, 'c1', 'party-b'), 'leader-a', 'the server’s word first');
  assert.equal(perspectiveOn(members, 'c2', 'party-b'), 'party-b', 'else the page’s');
  assert.equal(perspectiveOn(members, 'c2'), undefined);
});

test('an answer without a known perspective changes nothing', async () => {
  const members: Members = new Map([['c1', { perspective: 'party-a', perspectives: ['party-a'] }]]);
  remember(members, 'c1', await headersOf({ 'Kollegalaering-Perspectives': 'party-b' }));
  remember(members, 'c1', await headersOf({ 'Kollegalaering-Perspective': 'admin' }));
  assert.equal(members.get('c1')?.perspective, 'party-a');
});
