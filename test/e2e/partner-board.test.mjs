// Finding a learning partner as two colleagues live it, on two "PCs": Mette
// puts herself on the partner board of the demo page that `npm start` serves,
// finds Jonas first (he teaches what she wants to learn), and proposes; Jonas,
// in a browser of his own, says yes under "Forslag til dig", and the contract
// that starts has Mette as party A and Jonas as party B, open to both.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { readConfig, startServer } from '../../packages/server/dist/index.js';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { seedPartners } from '../../scripts/seed-partners.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let server;
let browser;
let dataDir;
before(async () => {
  execFileSync('npx', ['vite', 'build', '--config', 'demo/vite.shared.config.ts'], { cwd: root });
  dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-e2e-'));
  server = await startServer(
    readConfig({
      AUTH: 'dev',
      PORT: '0',
      LOG: 'silent',
      DATA_DIR: dataDir,
      STATIC_DIR: join(root, 'demo/shared/dist'),
    }),
  );
  await seedPartners(server.url);
  browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(name) {
  // axe is added as a script tag, which the page's Trusted Types policy would refuse.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/#partnere`);
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: 'Find en læringspartner', level: 2 }).first().waitFor();
  return { page, errors };
}

const board = (page) => page.locator('partner-board');

test('Mette opts in, proposes to Jonas, and a contract starts when he says yes', async () => {
  const mette = await signIn('Mette Larsen');
  const b = board(mette.page);
  await b.getByText('Sæt dig selv på tavlen for at foreslå et samarbejde.').waitFor();
  await b.getByLabel('Dit navn').fill('Mette Larsen');
  await b.getByLabel('Din afdeling').fill('Hjemmeplejen');
  await b.getByLabel('Temaer, du kan lære fra dig').fill('Forflytning, Hjemmepleje');
  await b.getByLabel('Temaer, du gerne vil lære').fill('Sygedagpenge');
  await b.getByRole('button', { name: 'Sæt mig på tavlen' }).click();
  await b.getByText('Du er nu på opslagstavlen.').waitFor();

  // Matches first: Jonas both ways and from another department.
  const first = b.locator('li[part="entry"]').first();
  await first.getByText('Kan lære dig: Sygedagpenge').waitFor();
  assert.equal(await first.locator('h3').textContent(), 'Jonas Holm, Jobcentret');
  for (const lang of ['da', 'en']) {
    await mette.page.evaluate((l) => (document.documentElement.lang = l), lang);
    await mette.page.waitForTimeout(300); // the English texts arrive, the board re-renders
    await mette.page.addScriptTag({ content: axeSource });
    const violations = await mette.page.evaluate(async () => {
      const results = await window.axe.run(document.querySelector('partner-board'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return results.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, [], `axe in ${lang}`);
  }
  await mette.page.evaluate(() => (document.documentElement.lang = 'da'));
  await first.getByRole('button', { name: 'Foreslå et samarbejde' }).click();
  await b.getByLabel('Et par ord til din kollega (frivilligt)').fill('Skal vi tage en følgedag?');
  await b.getByRole('button', { name: 'Send forslaget' }).click();
  await b.getByText('Dit forslag er sendt.', { exact: false }).waitFor();

  const jonas = await signIn('Jonas Holm');
  const jb = board(jonas.page);
  await jb
    .getByText('Mette Larsen (Hjemmeplejen) foreslår, at I lærer af hinanden om Sygedagpenge')
    .waitFor();
  await jb.getByText('Skal vi tage en følgedag?').waitFor();
  await jb.getByRole('button', { name: 'Ja tak, start en kontrakt' }).click();
  // The contract opens above the board, with Jonas as party B and Mette's name as party A.
  await jonas.page.locator('learning-contract #title').waitFor();
  const id = decodeURIComponent(new URL(jonas.page.url()).hash.slice(1));
  assert.match(id, /^partnerskab-/);

  const asMette = await mette.page.evaluate(
    async (contractId) =>
      (
        await fetch(`/api/contracts/${contractId}`, {
          headers: { 'X-Kollegalaering-Dev-User': 'mette.larsen@soeby.dk' },
        })
      ).json(),
    id,
  );
  assert.equal(asMette.parties.a.name, 'Mette Larsen');
  assert.equal(asMette.parties.b.name, 'Jonas Holm');
  assert.equal(asMette.parties.b.department, 'Jobcentret');
  assert.equal(asMette.settings.theme, 'Sygedagpenge');
  assert.deepEqual([...mette.errors, ...jonas.errors], []);
});
