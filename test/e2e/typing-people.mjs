// What the end-to-end tests of people typing into one contract on the
// reference server share (four-at-once, two-typists): PostgreSQL with server
// instances on loopback serving the demo, a browser context per person signed
// in by the dev login, a watcher in every page that reports its status and
// the conflicts it shows, and typing, waiting and reading as those tests do.
//
// The DOM read here (the contract of #23): learning-contract's shadow root has
// `[part="status"]` with `data-status` (idle|pending|saving|saved|offline|failed);
// at a field, inside contract-form's shadow root, `[part="conflict"]` and
// `[part="refused"]` with the field's `data-path`; never `[part="choice"]`, the
// old whole-contract panel. Nothing here measures time: every wait is bounded.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { readConfig, startServer, DEV_USER_HEADER } from '../../packages/server/dist/index.js';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { postgresBin, startPostgres } from './postgres-cluster.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the demo, starts PostgreSQL and `instances` servers on it (dev login,
 * one after the other: the first runs the migrations). Returns `{ skip }` where
 * PostgreSQL is not installed; `stop()` stops them all.
 */
export async function startShared(instances) {
  const bin = postgresBin();
  if (!bin) return { skip: 'no initdb/pg_ctl on this machine', servers: [], stop: async () => {} };
  execFileSync('npx', ['vite', 'build', '--config', 'demo/vite.shared.config.ts'], { cwd: root });
  const postgres = await startPostgres(bin);
  const env = {
    AUTH: 'dev',
    PORT: '0',
    LOG: 'silent',
    DATABASE_URL: postgres.url,
    STATIC_DIR: join(root, 'demo/shared/dist'),
  };
  const servers = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop().catch(() => undefined)));
    servers.length = 0;
    postgres.stop();
  };
  try {
    for (let i = 0; i < instances; i += 1) servers.push(await startServer(readConfig(env)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { skip: false, servers, stop };
}

/**
 * A test file's Chromium and servers (`startShared`), started before its tests
 * and stopped after them: read `browser`, `servers` and `skip` in a test.
 */
export function withServers(instances) {
  const shared = { browser: undefined, servers: [], skip: false, stop: async () => {} };
  before(
    async () => {
      shared.browser = await chromium.launch({
        executablePath: findBrowser().path,
        args: BROWSER_ARGS,
      });
      Object.assign(shared, await startShared(instances));
    },
    { timeout: 90_000 },
  );
  after(
    async () => {
      await shared.browser?.close().catch(() => undefined);
      await shared.stop();
    },
    { timeout: 30_000 },
  );
  return shared;
}

/**
 * One person at their own PC: a new browser context signed in as `email` on
 * the server at `url` (the demo's login is per tab, in sessionStorage), with
 * the page watcher, and a first tab.
 */
export async function signIn(browser, { key, name, email, url }) {
  const context = await browser.newContext();
  const me = {
    key,
    name,
    email,
    url,
    context,
    page: undefined,
    watch: newWatch(),
    errors: [],
    typed: [],
    notTyped: [],
  };
  await context.addInitScript(
    ([origin, who]) => {
      if (location.origin === origin) sessionStorage.setItem('demo-user', who);
    },
    [url, email],
  );
  await context.exposeBinding('__e2eSees', ({ page }, seen) => record(me.watch, page, seen));
  await context.addInitScript(watchPage);
  me.page = await newTab(me);
  return me;
}

/** A field a person types into: the control's id, the path it writes, and where words go. */
export const field = (path, at = 'end') => ({ id: `f-${path.join('-')}`, path, at });

/** A small seeded random source, so that one run's bursts and pauses can be repeated. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs in every page: every 100 ms it looks through the open shadow roots for
 * the status, the whole-contract panel, conflicts and refusals at fields, and
 * tells the test when what it sees changes (through a binding, so that it
 * survives reloads and new tabs).
 */
export function watchPage() {
  const deep = (node, selector, found = []) => {
    found.push(...node.querySelectorAll(selector));
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) deep(element.shadowRoot, selector, found);
    }
    return found;
  };
  // The code before #23 has no data-status: read its words, to report what it showed.
  const fromText = (text) => {
    const t = (text ?? '').trim();
    if (t === '') return 'idle';
    if (/^Gemt kl/.test(t)) return 'saved';
    if (/^Gemmer/.test(t)) return 'saving';
    if (/^Offline/.test(t)) return 'offline';
    if (/anden udgave|Vælg nedenfor/.test(t)) return 'conflict';
    if (/^Ikke gemt/.test(t)) return 'failed';
    return `text:${t.slice(0, 40)}`;
  };
  let last = '';
  setInterval(() => {
    const host = document.querySelector('learning-contract');
    const shadow = host?.shadowRoot;
    if (!shadow || typeof window.__e2eSees !== 'function') return;
    const statusElement = shadow.querySelector('[part="status"]');
    const dataStatus = statusElement?.getAttribute('data-status');
    const seen = {
      status: dataStatus ?? fromText(statusElement?.textContent),
      dataStatus: dataStatus !== null && dataStatus !== undefined,
      choice: deep(shadow, '[part="choice"]').length > 0,
      conflicts: deep(shadow, '[part="conflict"]').map((e) => e.getAttribute('data-path')),
      refused: deep(shadow, '[part="refused"]').map((e) => e.getAttribute('data-path')),
    };
    const text = JSON.stringify(seen);
    if (text !== last) {
      last = text;
      void window.__e2eSees(seen);
    }
  }, 100);
}

/** What one person's pages showed over the whole test, page by page. */
export function newWatch() {
  return {
    pages: new Map(),
    choiceShown: 0,
    conflictsShown: [],
    refusedShown: [],
    statuses: [],
    withoutDataStatus: 0,
  };
}

export function record(watch, page, seen) {
  const before = watch.pages.get(page) ?? {
    status: undefined,
    choice: false,
    conflicts: [],
    refused: [],
  };
  if (seen.choice && !before.choice) watch.choiceShown += 1;
  for (const path of seen.conflicts) {
    if (!before.conflicts.includes(path)) watch.conflictsShown.push(path);
  }
  for (const path of seen.refused) {
    if (!before.refused.includes(path)) watch.refusedShown.push(path);
  }
  if (seen.status !== before.status) watch.statuses.push(seen.status);
  if (!seen.dataStatus) watch.withoutDataStatus += 1;
  watch.pages.set(page, seen);
}

export async function newTab(me) {
  const page = await me.context.newPage();
  page.on('pageerror', (error) => me.errors.push(error.message));
  return page;
}

/** Opens the contract on the person's page and waits until `id` is a field they may write. */
export async function open(me, contractId, readyField) {
  await me.page.goto(`${me.url}/#${encodeURIComponent(contractId)}`);
  await editable(me, readyField);
}

export async function editable(me, id, timeout = 15_000) {
  const control = me.page.locator(`#${id}`);
  await control.waitFor({ timeout });
  const until = Date.now() + timeout;
  while (!(await control.isEditable().catch(() => false))) {
    if (Date.now() > until) throw new Error(`${me.name}: #${id} is not editable`);
    await sleep(100);
  }
}

/** The conflicts a person's page still shows, as its watcher last saw them. */
export const conflictsLeft = (me) =>
  (me.watch.pages.get(me.page)?.conflicts ?? []).map((path) => `${me.name}: ${path}`);

/** The status the page shows now, as its watcher last saw it. */
export const statusOf = (watch, page) => watch.pages.get(page)?.status ?? null;

export const elementContract = (page) =>
  page.evaluate(() => document.querySelector('learning-contract')?.contract ?? null);

/**
 * Types `word` into a field at its start or end, or (`on`) where the person's
 * caret is (after their last word), key by key; records whether it got there.
 * `pause` (ms) stops halfway through the word for that long, as a person
 * thinking mid-word does: long enough for the half word to be saved.
 */
export async function typeWord(me, { id, path, at }, word, delay, pause = 0) {
  const control = me.page.locator(`#${id}`);
  try {
    await control.waitFor({ timeout: 10_000 });
    await control.evaluate((element, place) => {
      element.focus();
      if (place === 'on') return;
      const position = place === 'start' ? 0 : element.value.length;
      element.setSelectionRange(position, position);
    }, at);
    const text = at === 'end' ? ` ${word}` : `${word} `;
    const half = pause > 0 ? Math.ceil(text.length / 2) : text.length;
    await me.page.keyboard.type(text.slice(0, half), { delay });
    await sleep(pause);
    await me.page.keyboard.type(text.slice(half), { delay });
    me.typed.push({ word, path });
  } catch (error) {
    me.notTyped.push({ word, path, why: String(error.message).split('\n')[0] });
  }
}

/**
 * Waits (bounded) until every page says saved and holds the stored revision.
 * Returns what each page showed when it stopped waiting.
 */
export async function settle(people, contractId, { timeout = 45_000, quiet = ['saved'] } = {}) {
  const until = Date.now() + timeout;
  let last = [];
  for (;;) {
    const stored = await read(people[0], contractId);
    last = await Promise.all(
      people.map(async (me) => {
        const contract = await elementContract(me.page).catch(() => null);
        return { name: me.name, status: statusOf(me.watch, me.page), revision: contract?.revision };
      }),
    );
    const done = last.every(
      (shown) => quiet.includes(shown.status) && shown.revision === stored.body?.revision,
    );
    if (done || Date.now() > until)
      return { settled: done, shown: last, revision: stored.body?.revision };
    await sleep(250);
  }
}

/** The stored contract as this person may see it, straight from the server (the dev login header). */
export async function read(me, contractId, suffix = '') {
  const response = await fetch(
    `${me.url}/api/contracts/${encodeURIComponent(contractId)}${suffix}`,
    {
      headers: { [DEV_USER_HEADER]: me.email },
    },
  );
  return { status: response.status, body: response.ok ? await response.json() : null };
}

export const at = (value, path) => path.reduce((node, key) => node?.[key], value);
export const hasWord = (text, word) =>
  typeof text === 'string' && new RegExp(`(^|\\s)${word}(\\s|$)`).test(text);

/**
 * Whether the page shows `stored` in a field: as a control's value, or, where
 * the person only reads it, as text (an empty value reads as a dash).
 */
export async function shows(page, id, stored) {
  const shown = await page
    .locator(`#${id}`)
    .first()
    .evaluate((element) =>
      'value' in element
        ? { control: true, value: element.value }
        : { control: false, value: element.textContent.trim() },
    )
    .catch(() => null);
  if (!shown) return { ok: false, value: null };
  const ok = shown.control
    ? shown.value === stored
    : shown.value === (stored?.trim() === '' ? '—' : stored?.trim());
  return { ok, value: shown.value };
}
