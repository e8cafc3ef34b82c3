// The CDN bundle on a page under the strict Content-Security-Policy that
// municipal intranets use, with Trusted Types required: it must work, and the
// browser must report no violation while a person uses it.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { cdnRoutes, serve } from './static-server.mjs';

/** The policy docs/security.md gives municipalities; lit-html is Lit's Trusted Types policy. */
export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * The npm build as an application gets it: bundled by vite from the packages'
 * published `exports` (dist/, not the sources), into a script of the app's own.
 */
async function buildNpmApp() {
  const outDir = await mkdtemp(join(tmpdir(), 'kollegalaering-npm-app-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(new URL('.', import.meta.url)),
    build: {
      outDir,
      minify: true,
      lib: { entry: 'npm-app.js', formats: ['es'], fileName: () => 'app.js' },
    },
  });
  // The app's bundler splits the IndexedDB and HTTP adapters off into chunks: serve them all.
  const files = await readdir(outDir);
  return Object.fromEntries(
    await Promise.all(files.map(async (file) => [`/${file}`, await readFile(join(outDir, file))])),
  );
}
const npmApp = await buildNpmApp();

const pageWith = (script) => `<!doctype html>
<html lang="da">
  <head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="/favicon.ico">
    <script src="/listen.js"></script>
    <script type="module" src="${script}"></script></head>
  <body><main><h1>Lær af en kollega</h1>
    <learning-contract contract-id="csp"></learning-contract></main></body>
</html>`;
// Not inline: the policy forbids inline scripts, so the listener is a file too.
const listener = `window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(event.violatedDirective + ' ' + event.blockedURI);
});`;

let server;
let browser;
before(async () => {
  const headers = { 'content-security-policy': STRICT_POLICY };
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: pageWith('/kollegalaering.js'), headers },
    '/npm': { type: 'text/html; charset=utf-8', body: pageWith('/app.js'), headers },
    ...Object.fromEntries(
      Object.entries(npmApp).map(([path, body]) => [
        path,
        { type: 'text/javascript', body, headers },
      ]),
    ),
    '/listen.js': { type: 'text/javascript', body: listener, headers },
    // The page's own icon from its own origin: a data: URL would itself break the policy.
    '/favicon.ico': { type: 'image/x-icon', body: '', headers },
    ...(await cdnRoutes(undefined, headers)),
  });
  browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [build, path] of [
  ['the CDN bundle', '/'],
  ['the npm build, bundled by an app', '/npm'],
]) {
  test(`${build} works under a strict CSP with Trusted Types, and nothing is reported`, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    const errors = [];
    const consoleTexts = [];
    const requests = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => consoleTexts.push(message.text()));
    tab.on('request', (request) => requests.push(request.url()));

    await tab.goto(server.url + path);
    await tab.getByRole('heading', { name: 'Læringskontrakt' }).waitFor();
    await tab
      .getByRole('group', { name: 'Part A', exact: true })
      .getByLabel('Navn')
      .fill('Mette <b>Larsen</b>');
    await tab.getByRole('button', { name: 'Tilføj mål' }).click();
    await tab.getByLabel('Hvad vil du lære?').fill('Sygedagpenge');
    await tab
      .getByRole('button', { name: 'Acceptér kontrakten, og bed lederne om at godkende den' })
      .click();
    await tab.getByRole('heading', { name: 'Det mangler, før du kan acceptere' }).waitFor();
    await tab
      .getByRole('status')
      .filter({ hasText: /Gemt kl\./ })
      .waitFor();

    // Export works under the policy too, and gives the person's own copy.
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.getByRole('button', { name: 'Hent en sikkerhedskopi, du kan indlæse igen' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(exported.parties.a.name, 'Mette <b>Larsen</b>');
    assert.equal(exported.copyFor, 'a');

    // Printing too: the copy at the top of the document and the page's print rule are
    // constructed style sheets and CSSOM, which the policy allows. Headless Chromium has
    // no print dialog: print() only says `beforeprint`, as the browser does.
    await tab.evaluate(() => {
      window.print = () => window.dispatchEvent(new Event('beforeprint'));
    });
    await tab.getByRole('button', { name: 'Udskriv eller gem som PDF' }).click();
    await tab.locator('[data-kollegalaering-print] h1').waitFor({ state: 'attached' });
    await tab.emulateMedia({ media: 'print' });
    assert.equal(await tab.getByRole('heading', { name: 'Lær af en kollega' }).isVisible(), false);
    assert.equal(await tab.locator('[data-kollegalaering-print] h1').isVisible(), true);
    await tab.emulateMedia({ media: 'screen' });
    await tab.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    await tab.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await tab.getByRole('heading', { name: 'Learning contract' }).waitFor();

    assert.deepEqual(await tab.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    assert.equal(
      await tab
        .getByRole('group', { name: 'Party A', exact: true })
        .getByLabel('Name')
        .inputValue(),
      'Mette <b>Larsen</b>',
    );
    // Nothing personal in the console, and no request anywhere but the page's own origin.
    assert.deepEqual(
      consoleTexts.filter((text) => /Mette|Larsen|Sygedagpenge/.test(text)),
      [],
    );
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:')),
      [],
    );
    await context.close();
  });
}
