// Builds each framework host the way its own toolchain would: type-checked by
// the framework's compiler (tsc, vue-tsc, Angular's ngc with strict templates),
// then bundled by vite from the packages' published `exports` (dist/, not src/).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';

const run = promisify(execFile);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const bin = (name) => here(`../../node_modules/.bin/${name}`);

/** Our tags, for the Vue compiler: they are custom elements, not Vue components. */
const OUR_TAGS = [
  'learning-contract',
  'contract-form',
  'party-section',
  'evaluation-checklist',
  'process-tracker',
  'contract-list',
];

async function typecheck(command, project) {
  try {
    await run(bin(command), ['-p', project], { maxBuffer: 10_000_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (
      error
    );
    throw new Error(`${command} -p ${project} failed:\n${stdout}${stderr}`);
  }
}

/**
 * @param {string} root the app's folder
 * @param {string} outDir
 * @param {import('vite').InlineConfig} [extra]
 */
function bundle(root, outDir, extra = {}) {
  return build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { outDir, emptyOutDir: true, target: 'es2022' },
    ...extra,
  });
}

/** @param {string} outDir */
export async function buildReactHost(outDir) {
  await typecheck('tsc', here('react/tsconfig.json'));
  await bundle(here('react/'), outDir, {
    oxc: { jsx: { runtime: 'automatic' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  });
}

/** @param {string} outDir */
export async function buildVueHost(outDir) {
  await typecheck('vue-tsc', here('vue/tsconfig.json'));
  await bundle(here('vue/'), outDir, {
    plugins: [
      vue({ template: { compilerOptions: { isCustomElement: (tag) => OUR_TAGS.includes(tag) } } }),
    ],
  });
}

/**
 * Angular's compiler (ngc) checks the templates and compiles them ahead of
 * time; the Angular packages arrive partly compiled, and its linker finishes
 * them while vite bundles, as the Angular CLI does.
 * @param {string} outDir
 */
export async function buildAngularHost(outDir) {
  const compiled = here('.build/angular-ngc/');
  await rm(compiled, { recursive: true, force: true });
  await typecheck('ngc', here('angular/tsconfig.json'));
  await mkdir(compiled, { recursive: true });
  await copyFile(here('angular/index.html'), `${compiled}index.html`);
  await bundle(compiled, outDir, {
    plugins: [await angularLinker()],
    define: { ngDevMode: 'false', ngJitMode: 'false' },
  });
}

async function angularLinker() {
  const { transformAsync } = await import('@babel/core');
  const { createEs2015LinkerPlugin } = await import('@angular/compiler-cli/linker/babel');
  const { NodeJSFileSystem, ConsoleLogger, LogLevel } = await import('@angular/compiler-cli');
  const linker = createEs2015LinkerPlugin({
    fileSystem: new NodeJSFileSystem(),
    logger: new ConsoleLogger(LogLevel.warn),
    linkerJitMode: false,
  });
  return {
    name: 'angular-linker',
    async transform(code, id) {
      if (!id.includes('/@angular/') || !code.includes('ɵɵngDeclare')) return null;
      const result = await transformAsync(code, {
        filename: id,
        plugins: [linker],
        compact: false,
        sourceMaps: false,
        configFile: false,
        babelrc: false,
      });
      return result?.code ?? null;
    },
  };
}
