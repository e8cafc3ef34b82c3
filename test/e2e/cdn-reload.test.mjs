// The CDN bundle as a municipal web developer uses it: a plain HTML page, one
// <script>, one tag, a real Chromium, and a real page reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { cdnRoutes, serve } from './static-server.mjs';

const page = `<!doctype html>
<html lang="da">
  <head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,">
    <script type="module" src="/kollegalaering.js"></script></head>
  <body><main><h1>Lær af en kollega</h1>
    <learning-contract contract-id="x"></learning-contract></main></body>
</html>`;
const englishPage = page.replace('lang="da"', 'lang="en"');
const indexedDbPage = page.replace('contract-id="x"', 'contract-id="x" storage="indexeddb"');
const listPage = page.replace(
  '<learning-contract contract-id="x">',
  '<contract-list perspective="party-a"></contract-list><learning-contract contract-id="med-liste">',
);

/** A chunk by the name before its hash: `/turn-part-Cx9_a-1.js` → `turn-part`. */
const CHUNKS = ['turn-part', 'indexeddb-adapter', 'http-adapter', 'en'];
const chunkName = (path) =>
  CHUNKS.find((name) => new RegExp(`^/${name}-[\\w-]+\\.js$`).test(path)) ?? path;

/** The paths of the scripts a tab fetches, in order, as it fetches them. */
function scriptsFetchedBy(tab) {
  const scripts = [];
  tab.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

let server;
let browser;
before(async () => {
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: page },
    '/en': { type: 'text/html; charset=utf-8', body: englishPage },
    '/indexeddb': { type: 'text/html; charset=utf-8', body: indexedDbPage },
    '/list': { type: 'text/html; charset=utf-8', body: listPage },
    ...(await cdnRoutes()),
  });
  browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('typed text survives a reload of a plain page, in Danish and then in English', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));

  await tab.goto(server.url);
  await tab.getByRole('heading', { name: 'Læringskontrakt' }).waitFor();
  const partyA = tab.getByRole('group', { name: 'Part A', exact: true });
  await partyA.getByLabel('Navn').fill('Mette Larsen');
  await tab.getByLabel('Hvad vil I opnå sammen?').fill('Forstå hinandens fag – og æøå');
  await tab
    .getByRole('status')
    .filter({ hasText: /Gemt kl\./ })
    .waitFor();

  await tab.reload();
  await tab.getByRole('heading', { name: 'Læringskontrakt' }).waitFor();
  assert.equal(
    await tab.getByRole('group', { name: 'Part A', exact: true }).getByLabel('Navn').inputValue(),
    'Mette Larsen',
  );
  assert.equal(
    await tab.getByLabel('Hvad vil I opnå sammen?').inputValue(),
    'Forstå hinandens fag – og æøå',
  );

  await tab.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  await tab.getByRole('heading', { name: 'Learning contract' }).waitFor();
  assert.equal(
    await tab.getByRole('group', { name: 'Party A', exact: true }).getByLabel('Name').inputValue(),
    'Mette Larsen',
  );

  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs on one contract: each takes the other’s typing in, says so, and asks nothing', async () => {
  const context = await browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const tab of [first, second]) {
    await tab.goto(server.url);
    await tab.getByRole('heading', { name: 'Læringskontrakt' }).waitFor();
  }
  const partyA = (tab) => tab.getByRole('group', { name: 'Part A', exact: true });
  await partyA(first).getByLabel('Navn').fill('Typed in the first tab');
  await partyA(second).getByLabel('Afdeling').fill('Typed in the second tab');
  // Each tab shows both, and says where the other's words came from; neither asks anything.
  for (const tab of [first, second]) {
    await tab.waitForFunction(
      () =>
        document.querySelector('learning-contract')?.contract?.parties.a.name ===
          'Typed in the first tab' &&
        document.querySelector('learning-contract')?.contract?.parties.a.department ===
          'Typed in the second tab',
    );
    assert.equal(
      await tab.getByRole('region', { name: 'Kontrakten er ændret et andet sted' }).count(),
      0,
    );
  }
  assert.equal(await partyA(second).getByLabel('Navn').inputValue(), 'Typed in the first tab');
  assert.equal(await partyA(first).getByLabel('Afdeling').inputValue(), 'Typed in the second tab');
  await first.getByText('Ændret i dit andet vindue').waitFor();
  await context.close();
});

test('a page with local storage renders from the entry, and fetches only the panel at the top beside it; a page with IndexedDB fetches its chunk and works offline after', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts = scriptsFetchedBy(tab);
  await tab.goto(server.url);
  await tab.getByRole('heading', { name: 'Læringskontrakt' }).waitFor();
  await tab.getByLabel('Hvad vil I opnå sammen?').fill('Kun lokalt');
  await tab
    .getByRole('status')
    .filter({ hasText: /Gemt kl\./ })
    .waitFor();
  // The panel that says whose turn it is comes as the element connects, while the contract
  // loads: the form does not wait for it.
  assert.equal(scripts[0], '/kollegalaering.js');
  assert.deepEqual(
    scripts.slice(1).map(chunkName),
    ['turn-part'],
    'no chunk for HTTP or IndexedDB',
  );

  scripts.length = 0;
  await tab.goto(`${server.url}/indexeddb`);
  await tab.getByRole('heading', { name: 'Læringskontrakt' }).waitFor();
  await tab.getByRole('heading', { name: 'Din tur' }).waitFor();
  assert.deepEqual(scripts.slice(1).map(chunkName).sort(), ['indexeddb-adapter', 'turn-part']);
  // Offline, the page keeps what it already loaded: typing is still saved.
  await context.setOffline(true);
  await tab.getByLabel('Hvad vil I opnå sammen?').fill('Gemt i IndexedDB uden net');
  await tab
    .getByRole('status')
    .filter({ hasText: /Gemt kl\./ })
    .waitFor();
  await context.setOffline(false);
  await tab.reload();
  await tab.getByRole('heading', { name: 'Læringskontrakt' }).waitFor();
  assert.equal(
    await tab.getByLabel('Hvad vil I opnå sammen?').inputValue(),
    'Gemt i IndexedDB uden net',
  );
  await context.close();
});

test('a page in English fetches the English texts and shows nothing in Danish first; without them, offline, it speaks Danish until they come', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts = scriptsFetchedBy(tab);
  // Before each frame is painted: the element's heading, the first time it says anything.
  await tab.addInitScript(() => {
    const look = () => {
      const heading = document.querySelector('learning-contract')?.shadowRoot?.querySelector('h2');
      if (heading?.textContent?.trim()) window.firstHeading = heading.textContent.trim();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await tab.goto(`${server.url}/en`);
  await tab.getByRole('heading', { name: 'Learning contract' }).waitFor();
  assert.equal(
    await tab.evaluate(() => window.firstHeading),
    'Learning contract',
    'no Danish first',
  );
  await tab.getByRole('group', { name: 'Party A', exact: true }).getByLabel('Name').waitFor();
  await tab.getByRole('heading', { name: 'Your turn' }).waitFor();
  assert.deepEqual(scripts.slice(1).map(chunkName).sort(), ['en', 'turn-part']);

  // A Danish page that goes offline before anyone asks for English.
  const danish = await context.newPage();
  const problems = [];
  danish.on('pageerror', (error) => problems.push(error.message));
  await danish.goto(server.url);
  await danish.getByRole('heading', { name: 'Læringskontrakt' }).waitFor();
  await context.setOffline(true);
  const failed = danish.waitForEvent('requestfailed');
  await danish.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  assert.match(new URL((await failed).url()).pathname, /^\/en-[\w-]+\.js$/);
  await danish.getByLabel('Hvad vil I opnå sammen?').fill('Skrevet uden net');
  assert.equal(await danish.getByRole('heading', { name: 'Læringskontrakt' }).count(), 1);

  await context.setOffline(false);
  await danish.evaluate(() => document.documentElement.setAttribute('lang', 'en-GB'));
  await danish.getByRole('heading', { name: 'Learning contract' }).waitFor();
  assert.equal(
    await danish.getByLabel('What do you want to achieve together?').inputValue(),
    'Skrevet uden net',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page with <contract-list> fetches its part, in Danish, and the list follows what is saved', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts = scriptsFetchedBy(tab);
  await tab.goto(`${server.url}/list`);
  await tab.getByRole('heading', { name: 'Dine læringskontrakter' }).waitFor();
  assert.ok(
    scripts.some((path) => /^\/contract-list-part-[\w-]+\.js$/.test(path)),
    scripts.join(),
  );
  await tab.getByRole('group', { name: 'Part A', exact: true }).getByLabel('Navn').fill('Mette');
  await tab
    .getByRole('status')
    .filter({ hasText: /Gemt kl\./ })
    .waitFor();
  const waiting = tab.getByRole('region', { name: /^Venter på dig/ });
  await waiting.getByText('Du skal udfylde det, der mangler').waitFor();
  assert.equal(await waiting.getByRole('button', { name: 'Mette' }).count(), 1);
  await context.close();
});
