// Every story of the built Storybook, opened in Chromium in Danish and in
// English, passes axe with the WCAG 2.1 A and AA rules.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { serveFolder } from '../e2e/static-server.mjs';

const folder = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const index = JSON.parse(await readFile(`${folder}index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

let server;
let browser;
before(async () => {
  server = await serveFolder(folder);
  browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the Storybook has stories for all nine elements', () => {
  const elements = new Set(stories.map((story) => story.title));
  assert.deepEqual([...elements].sort(), [
    'Elements/contract-form',
    'Elements/contract-list',
    'Elements/evaluation-checklist',
    'Elements/learning-contract',
    'Elements/organisation-overview',
    'Elements/organisation-settings',
    'Elements/partner-board',
    'Elements/party-section',
    'Elements/process-tracker',
  ]);
});

for (const locale of ['da', 'en']) {
  test(`every story passes axe (WCAG 2.1 AA) in ${locale}`, async () => {
    const page = await browser.newPage();
    const failures = [];
    for (const story of stories) {
      await page.goto(
        `${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`,
      );
      await page.waitForFunction(
        (lang) =>
          document.documentElement.lang === lang &&
          document.querySelector('#storybook-root')?.children.length,
        locale,
      );
      // Let the elements load and render before looking.
      await page.waitForTimeout(150);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // Storybook's a11y addon runs axe on each story by itself; wait for it to finish.
        for (let attempt = 0; ; attempt++) {
          try {
            const results = await window.axe.run(document.querySelector('#storybook-root'), {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            });
            return results.violations.map(
              (violation) => `${violation.id} (${violation.nodes.length})`,
            );
          } catch (error) {
            if (attempt > 100 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      if (violations.length > 0) failures.push(`${story.id}: ${violations.join(', ')}`);
    }
    await page.close();
    assert.deepEqual(failures, []);
  });
}

for (const [storage, kept] of [
  ['local', true],
  ['indexeddb', true],
  ['memory', false],
]) {
  test(`the toolbar's storage choice "${storage}" ${kept ? 'keeps' : 'does not keep'} typing across a reload`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(
        `${server.url}/iframe.html?id=elements-learning-contract--empty&viewMode=story&globals=locale:en;storage:${storage}`,
      );
      const name = page.getByRole('group', { name: 'Party A', exact: true }).getByLabel('Name');
      await name.fill('Toolbar test');
      await page.evaluate(() => document.querySelector('learning-contract').save());
      await page.reload();
      await page.getByRole('heading', { name: 'Learning contract' }).waitFor();
      // A stored contract arrives after the first render: wait up to 5 s for it.
      let value = '';
      for (let tries = 0; tries < 50 && value !== 'Toolbar test'; tries++) {
        await page.waitForTimeout(100);
        value = await name.inputValue();
      }
      assert.equal(value, kept ? 'Toolbar test' : '');
    } finally {
      await context.close();
    }
  });
}

test('each element’s docs page shows its API table, generated from custom-elements.json', async () => {
  const page = await browser.newPage();
  try {
    const expected = {
      'learning-contract': [
        'contract-id',
        'perspective',
        'contract-change',
        'step-change',
        '--lc-color-primary',
        'actions',
      ],
      'contract-form': ['perspective', 'contract-change'],
      'party-section': ['party', 'contract-change'],
      'evaluation-checklist': ['kind', 'contract-change'],
      'process-tracker': ['perspective', 'readonly'],
    };
    for (const [tag, names] of Object.entries(expected)) {
      await page.goto(`${server.url}/iframe.html?id=elements-${tag}--docs&viewMode=docs`);
      const table = page.locator('table.docblock-argstable').first();
      await table.waitFor();
      const shown = await table.textContent();
      for (const name of names) assert.ok(shown.includes(name), `${tag}: ${name} in the API table`);
      // The analyzer's guessed events (named after variables) are gone.
      const rowNames = await table.locator('tbody tr td:first-child').allTextContents();
      for (const guessed of ['problem', 'next']) {
        assert.ok(!rowNames.some((name) => name.trim().startsWith(guessed)), `${tag}: ${guessed}`);
      }
    }
    await page.goto(`${server.url}/iframe.html?id=introduction--docs&viewMode=docs`);
    await page.getByRole('heading', { name: 'Embed it: one script, one tag' }).waitFor();
  } finally {
    await page.close();
  }
});

test('a docs page speaks the toolbar’s language, inside Storybook’s own lang="en"', async () => {
  const page = await browser.newPage();
  try {
    for (const [locale, heading] of [
      ['da', 'Læringskontrakt'],
      ['en', 'Learning contract'],
    ]) {
      await page.goto(
        `${server.url}/iframe.html?id=elements-learning-contract--docs&viewMode=docs&globals=locale:${locale}`,
      );
      const headings = await page.waitForFunction(
        (expected) => {
          const texts = [...document.querySelectorAll('learning-contract')].map((element) =>
            element.shadowRoot?.querySelector('h2')?.textContent?.trim(),
          );
          return texts.length > 0 && texts.every((text) => text === expected) && texts;
        },
        heading,
        { timeout: 10_000 },
      );
      assert.ok((await headings.jsonValue()).length > 3, `every story on the page, in ${locale}`);
    }
  } finally {
    await page.close();
  }
});
