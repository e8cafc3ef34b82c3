// Each framework host (React 19, Vue 3, Angular) is built with its own
// compiler and opened in Chromium: the host sets `contract` from its state,
// hears every keystroke through `contract-change`, and swaps in another
// contract. The person's typing must survive the host feeding each change
// back in, which is what a host holding the contract in its state does.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { serveFolder } from '../e2e/static-server.mjs';
import { buildAngularHost, buildReactHost, buildVueHost } from './build-hosts.mjs';

const HOSTS = [
  { name: 'React 19', build: buildReactHost },
  { name: 'Vue 3', build: buildVueHost },
  { name: 'Angular', build: buildAngularHost },
];

let workspace;
let browser;
before(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'kollegalaering-hosts-'));
  browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

for (const host of HOSTS) {
  test(`${host.name}: the host sets the contract, hears each change, and the typing survives`, async () => {
    const outDir = join(workspace, host.name.replace(/\W/g, ''));
    await host.build(outDir);
    const server = await serveFolder(outDir);
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    try {
      await page.goto(server.url);
      await page.getByRole('heading', { name: `${host.name} host` }).waitFor();
      const name = page.getByRole('group', { name: 'Party A', exact: true }).getByLabel('Name');

      // The property the host set is what the person sees.
      await assertValue(name, 'Mette Hansen');

      // Key by key, as a person types: each change goes to the host and back.
      await name.fill('');
      await name.pressSequentially(' Holm');
      await name.press('Home');
      await name.pressSequentially('Mette');
      await assertValue(name, 'Mette Holm');
      const status = page.getByRole('status').filter({ hasText: 'Party A:' });
      await status.filter({ hasText: 'Party A: Mette Holm' }).waitFor();
      const changes = Number((await status.textContent())?.match(/changes: (\d+)/)?.[1]);
      assert.ok(changes >= 11, `the host heard ${changes} changes for 11 keystrokes and a clear`);

      // The host swaps in another contract; the element shows it.
      await page.getByRole('button', { name: 'Open another contract' }).click();
      await assertValue(name, 'Jonas Berg');

      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await server.close();
    }
  });
}

/** Waits for a field to hold a value, then reports what it held if it never did. */
async function assertValue(field, expected) {
  try {
    await field
      .page()
      .waitForFunction(
        ([element, value]) => element.value === value,
        [await field.elementHandle(), expected],
        { timeout: 5000 },
      );
  } catch {
    assert.equal(await field.inputValue(), expected);
  }
}
