// What `npm pack` puts in each package is what a municipality installs: it
// must hold what a user needs and nothing more, install into an empty
// project, import, and its CDN bundle must work in a plain page.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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
        (file) =>
          file.startsWith('src/') ||
          /\.test\./.test(file) ||
          file.includes('test-support') ||
          file.includes('arbitraries'),
      ),
      [],
      name,
    );
  }
  const components = filesOf('@kollegalaering/components');
  for (const file of [
    'dist/cdn/kollegalaering.js',
    'dist/cdn/kollegalaering-partner-board.js',
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
  const allowed = [
    '@kollegalaering/core',
    '@lit/context',
    '@lit/localize',
    'lit',
    'node-diff3',
    'zod',
  ];
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
    'organisation-overview',
    'organisation-settings',
    'partner-board',
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

const installed = (name) => join(project, 'node_modules', name);
const PACKAGES = ['@kollegalaering/core', '@kollegalaering/components'];

test('each package carries its licence and a README: what it is, how to install it, its module format, a first example', async () => {
  for (const name of PACKAGES) {
    const files = filesOf(name);
    assert.ok(files.includes('LICENSE'), `${name} has a LICENSE`);
    assert.ok(files.includes('README.md'), `${name} has a README`);
    const licence = await readFile(join(installed(name), 'LICENSE'), 'utf8');
    assert.match(licence, /^MIT License/);
    const manifest = JSON.parse(await readFile(join(installed(name), 'package.json'), 'utf8'));
    assert.equal(manifest.license, 'MIT');
    assert.equal(manifest.type, 'module');
    const readme = await readFile(join(installed(name), 'README.md'), 'utf8');
    assert.ok(readme.includes(`npm install ${name}`), `${name}: how to install`);
    assert.match(readme, /ES modules only/, `${name}: the module format`);
    assert.match(readme, /```(js|html)\n/, `${name}: a first example`);
  }
});

test('the first example in core’s README runs as written', async () => {
  const readme = await readFile(join(installed('@kollegalaering/core'), 'README.md'), 'utf8');
  const example = readme.match(/```js\n([\s\S]*?)```/)[1];
  const { stdout } = await run('node', ['--input-type=module', '-e', example], { cwd: project });
  assert.match(stdout, /required/, 'it prints what is still missing');
  assert.match(stdout, /Mette Larsen/, 'and party A’s copy');
});

/** Every file under a folder, as paths relative to it. */
const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => !file.includes('node_modules'));

test('every source map carries its sources, so a stack trace opens the code it came from', async () => {
  for (const name of PACKAGES) {
    const maps = filesUnder(installed(name)).filter((file) => file.endsWith('.map'));
    assert.ok(maps.length > 0, `${name} ships source maps`);
    for (const file of maps) {
      const map = JSON.parse(await readFile(join(installed(name), file), 'utf8'));
      const embedded =
        map.sourcesContent?.length === map.sources.length &&
        map.sourcesContent.every((content) => typeof content === 'string');
      const present = map.sources.every((source) =>
        existsSync(join(installed(name), file, '..', map.sourceRoot ?? '', source)),
      );
      assert.ok(embedded || present, `${name}/${file} points at sources that are not there`);
    }
  }
});

test('exports, sideEffects and the elements manifest point only at files in the package', async () => {
  for (const name of PACKAGES) {
    const manifest = JSON.parse(await readFile(join(installed(name), 'package.json'), 'utf8'));
    const targets = [];
    const walk = (value) => {
      if (typeof value === 'string') targets.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(manifest.exports);
    const files = new Set(filesUnder(installed(name)).map((file) => `./${file}`));
    for (const target of targets) {
      const found = target.includes('*')
        ? [...files].some((file) => new RegExp(`^${target.replace('*', '[^/]+')}$`).test(file))
        : files.has(target);
      assert.ok(found, `${name} exports ${target}, which is not in the package`);
    }
    for (const path of Array.isArray(manifest.sideEffects) ? manifest.sideEffects : []) {
      assert.ok(!path.startsWith('./src/'), `${name} sideEffects names ${path}`);
    }
  }
  const elements = JSON.parse(
    await readFile(join(installed('@kollegalaering/components'), 'custom-elements.json'), 'utf8'),
  );
  for (const module of elements.modules) {
    assert.ok(
      existsSync(join(installed('@kollegalaering/components'), module.path)),
      `custom-elements.json names ${module.path}`,
    );
  }
  // Each element's own define.js (dist/define.js registers six of them as well; not the partner board).
  const registered = new Map(
    elements.modules
      .filter((module) => module.path !== 'dist/define.js')
      .flatMap((module) =>
        (module.exports ?? [])
          .filter((entry) => entry.kind === 'custom-element-definition')
          .map((entry) => [entry.name, module.path]),
      ),
  );
  assert.equal(registered.get('learning-contract'), 'dist/learning-contract/define.js');
  assert.equal(registered.get('partner-board'), 'dist/partner-board/define.js');
  // The organisation's two elements are registered by their own entry, not by dist/define.js.
  assert.equal(registered.get('organisation-overview'), 'dist/organisation/define.js');
  assert.equal(registered.size, 9, 'each tag says which module registers it');
});

test('the declarations import only what the package depends on', async () => {
  for (const name of PACKAGES) {
    const manifest = JSON.parse(await readFile(join(installed(name), 'package.json'), 'utf8'));
    // The React and Vue typings name their framework, an optional peer.
    const allowed = new Set(
      Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }),
    );
    for (const file of filesUnder(installed(name)).filter((f) => f.endsWith('.d.ts'))) {
      const text = await readFile(join(installed(name), file), 'utf8');
      const specifiers = [...text.matchAll(/(?:from |import\()['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const specifier of specifiers.filter((s) => !s.startsWith('.'))) {
        const packageName = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0];
        assert.ok(
          allowed.has(packageName),
          `${name}/${file} imports ${specifier}, not a dependency`,
        );
      }
    }
  }
});

test('TypeScript in a stranger’s project types the CDN file, the elements and every event', async () => {
  await writeFile(
    join(project, 'check.ts'),
    `import '@kollegalaering/components/cdn/kollegalaering.js';
     import { createEmptyContract } from '@kollegalaering/core';
     const element = document.createElement('learning-contract');
     element.contract = createEmptyContract({ id: 'x' });
     element.addEventListener('contract-delete', (event) => console.log(event.detail.id.length));
     element.addEventListener('contract-error', (event) => console.log(event.detail.code.length));
     element.addEventListener('contract-change', (event) => console.log(event.detail.contract.id));
     document.createElement('contract-list').addEventListener('contract-open', (event) =>
       console.log(event.detail.perspective),
     );`,
  );
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
        noEmit: true,
        skipLibCheck: true,
      },
      files: ['check.ts'],
    }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const result = await run('node', [tsc, '-p', project], { cwd: project }).catch((error) => error);
  assert.equal(result.stdout?.trim() ?? '', '', String(result.stdout));
});
