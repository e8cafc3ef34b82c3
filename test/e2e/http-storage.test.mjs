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

test('HTTP 412: the person’s words are replayed onto the other copy; both stay, nothing is asked', async () => {
  const { context, tab, errors, partyA } = await openPage('/conflict');
  await partyA.getByLabel('Name').fill('Aya Nielsen');
  await statusMatching(tab, /Saved at/);
  const stored = await serverHas('conflict', (c) => c.parties.a.name === 'Aya Nielsen');
  // Someone else saves the contract on the server meanwhile, and this page is not told.
  api.contracts.set('conflict', {
    ...stored,
    purpose: 'Written by the other party.',
    revision: stored.revision + 1,
  });

  const purpose = tab.getByLabel('What do you want to achieve together?');
  await purpose.fill('Written by me.');
  // The save is refused (412); the edit is replayed onto the other copy and sent again.
  const saved = await serverHas(
    'conflict',
    (c) =>
      c.purpose.includes('Written by me.') && c.purpose.includes('Written by the other party.'),
  );
  assert.equal(saved.revision, stored.revision + 2);
  assert.equal(saved.parties.a.name, 'Aya Nielsen');
  await statusMatching(tab, /Saved at/);
  assert.equal(await purpose.inputValue(), saved.purpose);
  assert.equal(
    await tab.locator('[part="choice"], [part="conflict"]').count(),
    0,
    'nothing to choose',
  );

  // The same words changed by both: a choice at the field, and the rest goes on.
  api.contracts.set('conflict', {
    ...saved,
    purpose: 'Their sentence.',
    revision: saved.revision + 1,
  });
  await purpose.fill('My sentence.');
  const conflict = tab.locator('[part="conflict"]');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /Their sentence\./);
  assert.match(await conflict.innerText(), /My sentence\./);
  await conflict.getByRole('button', { name: 'Use my text' }).click();
  await serverHas('conflict', (c) => c.purpose === 'My sentence.');
  assert.deepEqual(errors, []);
  await context.close();
});
