// The seed's process as four people live it, on four "PCs": four browser
// contexts signed in as party A, party B and their two leaders through the
// reference server's dev login, on the demo page that `npm start` serves. They
// take one contract from empty to completed, each doing only their own part,
// and no page ever receives another person's private notes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { readConfig, startServer } from '../../packages/server/dist/index.js';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NOTES = { a: 'METTES-EGNE-NOTER', b: 'JONAS-EGNE-NOTER' };

let server;
let browser;
let dataDir;
before(async () => {
  execFileSync('npx', ['vite', 'build', '--config', 'demo/vite.shared.config.ts'], { cwd: root });
  dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-e2e-'));
  server = await startServer(
    readConfig({
      AUTH: 'dev',
      ADMIN_EMAILS: 'birgitte.munk@soeby.dk',
      PORT: '0',
      LOG: 'silent',
      DATA_DIR: dataDir,
      STATIC_DIR: join(root, 'demo/shared/dist'),
    }),
  );
  browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** One person at their own PC: a browser context of their own, signed in by name. */
async function signIn(name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Everything the server sends this person, to search for what is not theirs.
  const received = [];
  page.on('response', async (response) => {
    if (response.url().includes('/api/')) received.push(await response.text().catch(() => ''));
  });
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: 'Dine læringskontrakter' }).waitFor();
  return { name, page, errors, received };
}

/** Opens the contract from the person's own list, as they would after a colleague's change. */
async function open({ page }, id) {
  await page.goto(`${server.url}/#${id}`);
  await page.reload();
  await page.locator('#title').waitFor();
  await page.locator('process-tracker').waitFor();
}

const fill = ({ page }, id, value) => page.locator(`#${id}`).fill(value);
const save = ({ page }) => page.evaluate(() => document.querySelector('learning-contract').save());

/**
 * Presses an action button and waits until the server has taken it. A step
 * that cannot be undone asks first (`asked`: the question's words), and the
 * person says yes with the same button.
 */
async function act(person, action, asked) {
  const answered = person.page.waitForResponse(
    (response) => response.url().includes('/actions') && response.request().method() === 'POST',
  );
  await person.page.locator(`button[data-action="${action}"]`).click();
  if (asked) {
    await person.page.getByRole('group', { name: asked }).waitFor();
    await person.page.locator(`button[data-action="${action}"][data-confirmed]`).click();
  }
  const response = await answered;
  assert.equal(response.status(), 200, `${person.name}: ${action} → ${await response.text()}`);
}

test('four people on four PCs take one contract from empty to completed', async () => {
  const mette = await signIn('Mette Larsen');
  const jonas = await signIn('Jonas Holm');
  const hanne = await signIn('Hanne Berg');
  const peter = await signIn('Peter Friis');

  // Mette starts the contract and invites Jonas and her leader by their emails.
  await mette.page.getByRole('button', { name: 'Start en ny kontrakt' }).click();
  await mette.page.locator('#f-parties-a-name').waitFor();
  const id = decodeURIComponent(new URL(mette.page.url()).hash.slice(1));
  for (const [field, value] of [
    ['f-parties-a-name', 'Mette Larsen'],
    ['f-parties-a-department', 'Hjemmeplejen Nord'],
    ['f-parties-a-position', 'Sygeplejerske'],
    ['f-parties-b-email', 'jonas.holm@soeby.dk'],
    ['f-leaders-a-name', 'Hanne Berg'],
    ['f-leaders-a-email', 'hanne.berg@soeby.dk'],
    ['f-purpose', 'At forstå hinandens arbejde med fælles borgere'],
    ['f-plan-approach', 'Vi følger hinanden en dag om måneden'],
    ['f-plan-timeFrame-start', '2027-01-04'],
    ['f-plan-timeFrame-end', '2027-06-30'],
    ['f-privateNotes-a', NOTES.a],
  ]) {
    await fill(mette, field, value);
  }
  await mette.page.locator('#f-supervisor-decision').selectOption('none');
  await mette.page.locator('#add-goals-a').click();
  await fill(mette, 'f-goals-a-0-text', 'Kende reglerne for sygedagpenge');
  await save(mette);

  // Jonas finds it in his own list, and fills in his part and his leader.
  await jonas.page.reload();
  await jonas.page.getByRole('link', { name: /Mette Larsen/ }).click();
  await jonas.page.locator('#f-parties-b-name').waitFor();
  assert.equal(await jonas.page.locator('#f-parties-a-name').inputValue(), 'Mette Larsen');
  for (const [field, value] of [
    ['f-parties-b-name', 'Jonas Holm'],
    ['f-parties-b-department', 'Jobcentret'],
    ['f-parties-b-position', 'Sagsbehandler'],
    ['f-leaders-b-name', 'Peter Friis'],
    ['f-leaders-b-email', 'peter.friis@soeby.dk'],
    ['f-privateNotes-b', NOTES.b],
  ]) {
    await fill(jonas, field, value);
  }
  await jonas.page.locator('#add-goals-b').click();
  await fill(jonas, 'f-goals-b-0-text', 'Vide hvad hjemmeplejen kan og ikke kan');
  await save(jonas);

  // Both accept; then each leader approves, from their own PC.
  await open(mette, id);
  await act(mette, 'accept');
  await open(jonas, id);
  await act(jonas, 'accept');
  // Hanne's own list puts the contract first, under what waits for her.
  await hanne.page.reload();
  const waitingForHanne = hanne.page.getByRole('region', { name: /^Venter på dig/ });
  await waitingForHanne.getByText('Du skal godkende kontrakten').waitFor();
  await waitingForHanne.getByRole('link', { name: 'Mette Larsen og Jonas Holm' }).click();
  await hanne.page.waitForURL(`**/#${id}`);
  await open(hanne, id);
  await hanne.page.locator('#approve-comment').fill('God plan – I får tiden.');
  await act(hanne, 'approve');
  await open(peter, id);
  await act(peter, 'approve');

  // The learning runs until 30 June 2027: no one is told to move on, and the
  // leaders have nothing to do. The partners agree to end it early: one asks,
  // the other agrees, each after a question.
  await open(mette, id);
  await act(mette, 'advance');
  const panel = (person) => person.page.locator('.turn');
  await panel(mette).getByText('Læringen er i gang').waitFor();
  assert.equal(await mette.page.locator('button[data-action="advance"]').count(), 0);
  await open(hanne, id);
  await panel(hanne).getByText('Intet venter på dig').waitFor();
  await act(mette, 'end-early', /^Vil du bede Jonas Holm om at slutte læringen før tid\?/);
  await open(jonas, id);
  await panel(jonas).getByText('Din læringspartner beder om at slutte læringen før tid').waitFor();
  await act(jonas, 'end-early', /^Vil du slutte læringen nu, før 30\. juni 2027\?/);
  for (const question of ['goals', 'collaboration', 'nextTime', 'keepingKnowledge']) {
    await fill(jonas, `f-jointEvaluation-${question}-text`, `Jonas om ${question}`);
  }
  await save(jonas);
  await act(jonas, 'advance', /^Vil I gå videre til den afsluttende samtale\?/);

  // Each party's closing conversation with their own leader, written by the leader.
  for (const [leader, party] of [
    [hanne, 'a'],
    [peter, 'b'],
  ]) {
    await open(leader, id);
    await fill(leader, `f-leaderEvaluations-${party}-conversation-date`, '2026-11-02');
    for (const point of ['results', 'leaderEffort', 'employeeEffort']) {
      await fill(leader, `f-leaderEvaluations-${party}-${point}-text`, `${point} (${party})`);
    }
    await fill(leader, `f-leaderEvaluations-${party}-keepingPlan-what`, 'Deles på teammødet');
    await save(leader);
  }
  // Mette's page holds only her own evaluation, and says whom the closing waits for.
  await open(mette, id);
  await panel(mette).getByText('Intet venter på dig').waitFor();
  const metteReads = await panel(mette).innerText();
  assert.match(metteReads, /Venter på, at Hanne Berg bekræfter den afsluttende samtale/);
  assert.match(metteReads, /Venter på, at Peter Friis bekræfter den afsluttende samtale/);
  assert.doesNotMatch(metteReads, /udfylder/);
  assert.equal(await mette.page.locator('.actions button[data-action="advance"]').count(), 0);
  // Each leader confirms the conversation; the second completes the contract.
  await open(hanne, id);
  await act(
    hanne,
    'confirm-closing',
    /^Bekræfter du, at du holdt den afsluttende samtale med Mette Larsen den 2\. november 2026\?/,
  );
  await open(peter, id);
  await act(
    peter,
    'confirm-closing',
    /^Bekræfter du, at du holdt den afsluttende samtale med Jonas Holm/,
  );

  // Everyone sees it completed; the approvals name the leaders' logins.
  for (const person of [mette, jonas, hanne, peter]) {
    await open(person, id);
    const contract = await person.page.evaluate(
      () => document.querySelector('learning-contract').contract,
    );
    assert.equal(contract.process.state, 'completed', person.name);
    assert.equal(contract.approvals.leaders.a.by, 'hanne.berg@soeby.dk');
    assert.equal(contract.approvals.leaders.a.comment, 'God plan – I får tiden.');
    assert.deepEqual(person.errors, [], `${person.name} had no errors on the page`);
  }
  // Each party's notes reached their own browser, and no one else's.
  const everything = (person) => person.received.join('\n');
  assert.ok(everything(mette).includes(NOTES.a));
  assert.ok(everything(jonas).includes(NOTES.b));
  assert.ok(!everything(mette).includes(NOTES.b), 'Mette never received Jonas’ notes');
  assert.ok(!everything(jonas).includes(NOTES.a), 'Jonas never received Mette’s notes');
  for (const leader of [hanne, peter]) {
    assert.ok(!everything(leader).includes(NOTES.a) && !everything(leader).includes(NOTES.b));
  }
});

test('one leader for both parties chooses which of them she works as, and nothing else', async () => {
  const mette = await signIn('Mette Larsen');
  const jonas = await signIn('Jonas Holm');
  const hanne = await signIn('Hanne Berg');
  await mette.page.getByRole('button', { name: 'Start en ny kontrakt' }).click();
  await mette.page.locator('#f-parties-a-name').waitFor();
  const id = decodeURIComponent(new URL(mette.page.url()).hash.slice(1));
  await fill(mette, 'f-parties-b-email', 'jonas.holm@soeby.dk');
  await fill(mette, 'f-leaders-a-email', 'hanne.berg@soeby.dk');
  await save(mette);
  // Jonas names the same leader: Hanne leads them both.
  await open(jonas, id);
  await fill(jonas, 'f-leaders-b-email', 'hanne.berg@soeby.dk');
  await save(jonas);

  await open(hanne, id);
  const choice = hanne.page.locator('#perspective-choice');
  await choice.waitFor();
  const options = await choice.locator('option').evaluateAll((all) => all.map((o) => o.value));
  assert.deepEqual(options, ['leader-a', 'leader-b'], 'only what her login holds');
  const asked = hanne.page.waitForRequest((request) => request.url().includes('as=leader-b'));
  await choice.selectOption('leader-b');
  await asked;
  const perspective = () =>
    hanne.page.evaluate(() => document.querySelector('learning-contract').perspective);
  assert.equal(await perspective(), 'leader-b');
  // A page that claims a perspective she does not hold is moved back to one she does.
  await hanne.page.evaluate(() =>
    document.querySelector('learning-contract').setAttribute('perspective', 'party-a'),
  );
  await hanne.page.waitForFunction(
    () => document.querySelector('learning-contract').perspective !== 'party-a',
  );
  assert.match(await perspective(), /^leader-[ab]$/);
  assert.deepEqual(hanne.errors, []);
});

test('a contract is shown with the settings it started under, a new one with the newest', async () => {
  const admin = { 'X-Kollegalaering-Dev-User': 'birgitte.munk@soeby.dk' };
  /** The administrator changes the organisation's introduction, as the settings page would. */
  const introduce = async (text) => {
    const current = await fetch(`${server.url}/api/organisation/settings`, { headers: admin });
    const { version, settings } = await current.json();
    const process = { ...settings.sections?.process, introduction: { text: { da: text } } };
    const answer = await fetch(`${server.url}/api/organisation/settings`, {
      method: 'PUT',
      headers: {
        ...admin,
        'Content-Type': 'application/json',
        'If-Match': `"${version}"`,
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({ ...settings, sections: { ...settings.sections, process } }),
    });
    assert.equal(answer.status, 200, await answer.text());
  };
  const THEN = 'Introduktionen, som den lød, da kontrakten startede.';
  const NOW = 'Introduktionen, som den lyder nu.';
  // The introduction is in the contract, though folded away once the contract is under way.
  await introduce(THEN);
  const mette = await signIn('Mette Larsen');
  const start = async () => {
    await mette.page.getByRole('button', { name: 'Start en ny kontrakt' }).click();
    await mette.page.locator('#f-parties-a-name').waitFor();
    return decodeURIComponent(new URL(mette.page.url()).hash.slice(1));
  };
  const older = await start();
  await mette.page.getByText(THEN).waitFor({ state: 'attached' });
  await introduce(NOW);

  await open(mette, older);
  await mette.page.getByText(THEN).waitFor({ state: 'attached' });
  assert.equal(await mette.page.getByText(NOW).count(), 0, 'not the newest settings');
  await mette.page.goto(`${server.url}/`);
  await mette.page.reload();
  await start();
  await mette.page.getByText(NOW).waitFor({ state: 'attached' });
  assert.equal(await mette.page.getByText(THEN).count(), 0);
  assert.deepEqual(mette.errors, []);
});
