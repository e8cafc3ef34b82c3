// storage="http" as a municipality runs it: the CDN bundle in a plain page,
// a real server on loopback speaking the protocol (test/fixtures), and a real
// Chromium that loses the server, goes offline, reloads mid-save and meets a
// copy someone else saved. Each test ends by checking that no edit was lost.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { startContractServer } from '../fixtures/contract-server.mjs';
import { cdnRoutes, serve } from './static-server.mjs';

let api;
let site;
let browser;
before(async () => {
  api = await startContractServer();
  const page = (id) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,">
    <script type="module" src="/kollegalaering.js"></script></head>
  <body><main><h1>Learn from a colleague</h1>
    <learning-contract contract-id="${id}" storage="http" endpoint="${api.url}"></learning-contract>
  </main></body>
</html>`;
  site = await serve({
    '/restart': { type: 'text/html; charset=utf-8', body: page('restart') },
    '/midsave': { type: 'text/html; charset=utf-8', body: page('midsave') },
    '/conflict': { type: 'text/html; charset=utf-8', body: page('conflict') },
    ...(await cdnRoutes()),
  });
  browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await api?.stop();
});

async function openPage(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${site.url}${path}`);
  await tab.getByRole('heading', { name: 'Learning contract' }).waitFor();
  const partyA = tab.getByRole('group', { name: 'Party A', exact: true });
  return { context, tab, errors, partyA };
}

const statusMatching = (tab, pattern) =>
  tab.getByRole('status').filter({ hasText: pattern }).first().waitFor({ timeout: 30_000 });

/** Waits until the server's copy of `id` satisfies `check`. */
async function serverHas(id, check) {
  for (let i = 0; i < 300; i++) {
    const contract = api.contracts.get(id);
    if (contract && check(contract)) return contract;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the server never got the edit to ${id}: ${JSON.stringify(api.contracts.get(id))}`);
}

test('keeps working through a server restart and an offline spell without losing an edit', async () => {
  const { context, tab, errors, partyA } = await openPage('/restart');
  await partyA.getByLabel('Name').fill('Mette Larsen');
  await statusMatching(tab, /Saved at/);
  await serverHas('restart', (c) => c.parties.a.name === 'Mette Larsen');

  // The server goes down: the edit waits in the browser, and is sent when it is back.
  await api.stop();
  await partyA.getByLabel('Department').fill('Hjemmeplejen Nord');
  await statusMatching(tab, /Offline/);
  await api.start();
  await serverHas('restart', (c) => c.parties.a.department === 'Hjemmeplejen Nord');
  await statusMatching(tab, /Saved at/);

  // The browser goes offline: the same, and sent as soon as it is online again.
  await context.setOffline(true);
  await partyA.getByLabel('Job title').fill('Sygeplejerske');
  await statusMatching(tab, /Offline/);
  await context.setOffline(false);
  await serverHas('restart', (c) => c.parties.a.position === 'Sygeplejerske');

  await tab.reload();
  await tab.getByRole('heading', { name: 'Learning contract' }).waitFor();
  assert.equal(await partyA.getByLabel('Name').inputValue(), 'Mette Larsen');
  assert.equal(await partyA.getByLabel('Department').inputValue(), 'Hjemmeplejen Nord');
  assert.equal(await partyA.getByLabel('Job title').inputValue(), 'Sygeplejerske');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload in the middle of a save loses nothing: the edit was kept and is sent after', async () => {
  const { context, tab, errors, partyA } = await openPage('/midsave');
  api.hangNext(1);
  const before = api.requests.length;
  await partyA.getByLabel('Name').fill('Jonas Holm');
  // Wait until the write is on its way (and left hanging by the server), then reload.
  for (let i = 0; i < 100; i++) {
    if (api.requests.slice(before).some((r) => r.method === 'PUT')) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await tab.reload();
  await tab.getByRole('heading', { name: 'Learning contract' }).waitFor();
  assert.equal(await partyA.getByLabel('Name').inputValue(), 'Jonas Holm');
  await serverHas('midsave', (c) => c.parties.a.name === 'Jonas Holm');
  assert.deepEqual(errors, []);
  await context.close();
});

test('HTTP 412: the person sees both copies and chooses; the other copy is not lost unseen', async () => {
  const { context, tab, errors, partyA } = await openPage('/conflict');
  await partyA.getByLabel('Name').fill('Aya Nielsen');
  await statusMatching(tab, /Saved at/);
  const stored = await serverHas('conflict', (c) => c.parties.a.name === 'Aya Nielsen');
  // Someone else saves the contract on the server meanwhile.
  api.contracts.set('conflict', {
    ...stored,
    purpose: 'Written by the other party',
    revision: stored.revision + 1,
  });

  await tab.getByLabel('What do you want to achieve together?').fill('Written by me');
  await statusMatching(tab, /someone else saved another copy/);
  const choice = tab.getByRole('region', { name: /Someone else saved this contract/ });
  await choice.waitFor();
  const table = await choice.getByRole('table').innerText();
  assert.match(table, /Written by me/);
  assert.match(table, /Written by the other party/);

  await choice.getByRole('button', { name: 'Keep my copy' }).click();
  const saved = await serverHas('conflict', (c) => c.purpose === 'Written by me');
  assert.equal(saved.revision, stored.revision + 2);
  assert.equal(saved.parties.a.name, 'Aya Nielsen');
  assert.deepEqual(errors, []);
  await context.close();
});
