// What `npm pack` puts in each package is what a municipality installs: it
// must hold what a user needs and nothing more, install into an empty
// project, import, and its CDN bundle must work in a plain page.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { build } from 'vite';
import { cdnRoutes, serve, serveFolder } from '../e2e/static-server.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

let project;
let packed;
before(async () => {
  project = await mkdtemp(join(tmpdir(), 'kollegalaering-pack-'));
  const { stdout } = await run(
    'npm',
    [
      'pack',
      '--json',
      '--pack-destination',
      project,
      '-w',
      'packages/core',
      '-w',
      'packages/components',
    ],
    { cwd: root, maxBuffer: 10_000_000 },
  );
  packed = JSON.parse(stdout);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'intranet', private: true, type: 'module' }),
  );
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', ...packed.map((pack) => `./${pack.filename}`)],
    { cwd: project, maxBuffer: 10_000_000 },
  );
});
after(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

const filesOf = (name) => packed.find((pack) => pack.name === name).files.map((file) => file.path);

test('each package holds its built code, types and docs metadata, and no sources or tests', () => {
  for (const name of ['@kollegalaering/core', '@kollegalaering/components']) {
    const files = filesOf(name);
    assert.ok(files.includes('dist/index.js') && files.includes('dist/index.d.ts'), name);
    assert.deepEqual(
      files.filter(
        (file) => file.startsWith('src/') || /\.test\./.test(file) || file.includes('test-support'),
      ),
      [],
      name,
    );
  }
  const components = filesOf('@kollegalaering/components');
  for (const file of [
    'dist/cdn/kollegalaering.js',
    'custom-elements.json',
    'themes/default.css',
    'themes/dkfds.css',
    'dist/frameworks/react.d.ts',
    'dist/frameworks/vue.d.ts',
  ]) {
    assert.ok(components.includes(file), file);
  }
  assert.ok(filesOf('@kollegalaering/core').includes('dist/testing/index.js'));
  for (const entry of ['dist/storage/http-adapter.js', 'dist/storage/indexeddb-adapter.js']) {
    assert.ok(filesOf('@kollegalaering/core').includes(entry), entry);
  }
});

test('runtime dependencies stay few: lit, @lit/localize, zod, and only what docs/security.md explains', async () => {
  const allowed = ['@kollegalaering/core', '@lit/context', '@lit/localize', 'lit', 'zod'];
  const security = await readFile(join(root, 'docs/security.md'), 'utf8');
  for (const name of ['@kollegalaering/core', '@kollegalaering/components']) {
    const manifest = JSON.parse(
      await readFile(join(root, 'packages', name.split('/')[1], 'package.json'), 'utf8'),
    );
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      assert.ok(allowed.includes(dependency), `${name} depends on ${dependency}`);
      assert.ok(security.includes(`\`${dependency}\``), `docs/security.md names ${dependency}`);
    }
  }
});

test('core installs into an empty project and works from Node', async () => {
  const script = `import { createEmptyContract, parseContract } from '@kollegalaering/core';
    import { filledContract } from '@kollegalaering/core/testing';
    const contract = createEmptyContract({ id: 'x' });
    console.log(JSON.stringify([parseContract(contract).ok, parseContract(filledContract()).ok]));`;
  const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: project });
  assert.equal(stdout.trim(), '[true,true]');
});

test('the components package declares its elements for editors and bundlers', async () => {
  const manifest = JSON.parse(
    await readFile(join(project, 'node_modules/@kollegalaering/components/package.json'), 'utf8'),
  );
  assert.equal(manifest.customElements, 'custom-elements.json');
  assert.ok(manifest.sideEffects.includes('./dist/define.js'));
  const elements = JSON.parse(
    await readFile(
      join(project, 'node_modules/@kollegalaering/components/custom-elements.json'),
      'utf8',
    ),
  );
  const tags = elements.modules.flatMap((module) =>
    (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean),
  );
  assert.deepEqual(tags.sort(), [
    'contract-form',
    'contract-list',
    'evaluation-checklist',
    'learning-contract',
    'party-section',
    'process-tracker',
  ]);
});

test('the CDN bundle from the installed package works in a plain page', async () => {
  const server = await serve({
    '/': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title><link rel="icon" href="data:,">
        <script type="module" src="/kollegalaering.js"></script></head>
        <body><learning-contract storage="memory"></learning-contract></body></html>`,
    },
    ...(await cdnRoutes(join(project, 'node_modules/@kollegalaering/components/dist/cdn'))),
  });
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Learning contract' }).waitFor();
    await page
      .getByRole('group', { name: 'Party A', exact: true })
      .getByLabel('Name')
      .fill('Mette');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('an application bundles the installed npm build, and it works in a page', async () => {
  // What an intranet's own build does: import the packages by name and bundle them.
  await writeFile(
    join(project, 'main.js'),
    `import '@kollegalaering/components/define.js';
     import { createEmptyContract } from '@kollegalaering/core';
     const contract = createEmptyContract({ id: 'packed' });
     contract.purpose = 'Lære af hinanden';
     const element = document.createElement('learning-contract');
     element.storage = 'memory';
     element.contract = contract;
     element.addEventListener('contract-change', (event) => {
       document.title = event.detail.contract.parties.a.name;
     });
     document.body.append(element);`,
  );
  await writeFile(
    join(project, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>
      <link rel="icon" href="data:,"><script type="module" src="./main.js"></script></head><body></body></html>`,
  );
  const outDir = join(project, 'built');
  await build({ configFile: false, logLevel: 'silent', root: project, build: { outDir } });
  const server = await serveFolder(outDir);
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    // The property the application set is what the person sees.
    const purpose = page.getByLabel('What do you want to achieve together?');
    await purpose.waitFor();
    assert.equal(await purpose.inputValue(), 'Lære af hinanden');
    await page
      .getByRole('group', { name: 'Party A', exact: true })
      .getByLabel('Name')
      .fill('Mette');
    await page.waitForFunction(() => document.title === 'Mette');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
