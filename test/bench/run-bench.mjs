// npm run bench: where we stand against SurveyJS and a plain HTML form, on this
// machine, in one Chromium session. Prints a table and writes docs/performance.md.
// `--quick` (run by npm test) does a few runs of each to show the benchmark still
// works, asserts no times, and writes nothing.
import { build, transform } from 'esbuild';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build as viteBuild } from 'vite';
import { compactLiterals } from '../../scripts/compact-literals.mjs';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { serve } from '../e2e/static-server.mjs';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 25;
const KEYSTROKES = quick ? 10 : 100;
const ACTIVITIES = quick ? 30 : 300;
const ENTRIES = quick ? 200 : 2000;
const STORED = quick ? 50 : 1000;
/** A contract as two colleagues fill it in over a few months. */
const TYPICAL = { activities: 6, entries: 24 };
const root = new URL('../../', import.meta.url).pathname;

const CONDITIONS = ['kollegalaering-source', 'production', 'module', 'browser'];
const DEFINE = { 'process.env.NODE_ENV': '"production"' };

/** Minified by esbuild (ES module), gzipped at level 9: how scripts/size-budget.mjs counts. */
async function minifiedAndGzipped(code) {
  const minified = (await transform(code, { minify: true, format: 'esm', target: 'es2022' })).code;
  return { minified: minified.length, gzipped: gzipSync(minified, { level: 9 }).length };
}

/** One element's own entry, built the way vite.cdn.config.ts builds the CDN bundle. */
async function elementBundle(element) {
  const outDir = await mkdtemp(join(tmpdir(), `size-${element}-`));
  await viteBuild({
    configFile: false,
    root: join(root, 'packages/components'),
    logLevel: 'silent',
    plugins: [compactLiterals()],
    resolve: { conditions: CONDITIONS },
    define: DEFINE,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: `src/${element}/define.ts`, formats: ['es'], fileName: () => 'element.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return minifiedAndGzipped(await readFile(join(outDir, 'element.js'), 'utf8'));
}

async function sizes() {
  const cdn = await readFile(join(root, 'packages/components/dist/cdn/kollegalaering.js'), 'utf8');
  const rows = [{ what: 'CDN bundle (all six elements)', ...(await minifiedAndGzipped(cdn)) }];
  for (const element of [
    'learning-contract',
    'contract-form',
    'party-section',
    'evaluation-checklist',
    'process-tracker',
    'contract-list',
  ]) {
    rows.push({
      what: `\`<${element}>\` on its own, with Lit and core`,
      ...(await elementBundle(element)),
    });
  }
  const surveyEntry = join(await mkdtemp(join(tmpdir(), 'survey-size-')), 'survey.mjs');
  await writeFile(
    surveyEntry,
    `export { Model } from '${join(root, 'node_modules/survey-core/fesm/survey-core.mjs')}';\n` +
      `export { renderSurvey } from '${join(root, 'node_modules/survey-js-ui/fesm/survey-js-ui.mjs')}';\n`,
  );
  const survey = await build({
    entryPoints: [surveyEntry],
    bundle: true,
    format: 'esm',
    write: false,
    define: DEFINE,
    logLevel: 'silent',
  });
  rows.push({
    what: 'SurveyJS (survey-core + survey-js-ui, no CSS)',
    ...(await minifiedAndGzipped(survey.outputFiles[0].text)),
  });
  const surveyCss = await readFile(join(root, 'node_modules/survey-core/survey-core.min.css'));
  rows.push({
    what: 'SurveyJS CSS (survey-core.min.css)',
    minified: surveyCss.length,
    gzipped: gzipSync(surveyCss, { level: 9 }).length,
  });
  return rows;
}

/** The page: our elements from source (production Lit), SurveyJS and its CSS. */
async function benchPage() {
  const bundled = await build({
    entryPoints: [join(root, 'test/bench/bench-page.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: CONDITIONS,
    define: DEFINE,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const css = await readFile(join(root, 'node_modules/survey-core/survey-core.min.css'));
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Benchmark</title>
<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/survey.css">
<script type="module" src="/bench.js"></script></head><body><main id="stage"></main></body></html>`;
  return serve({
    '/': { type: 'text/html; charset=utf-8', body: html },
    '/favicon.ico': { type: 'image/x-icon', body: '' },
    '/bench.js': { type: 'text/javascript', body: bundled.outputFiles[0].contents },
    '/survey.css': { type: 'text/css', body: css },
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function measure(tab) {
  const fieldCount = await tab.evaluate(() => window.bench.prepare());
  const renders = { element: [], static: [], survey: [] };
  // Interleaved, so that a noisy moment on a shared machine hits all three alike.
  for (let run = 0; run < RUNS + 2; run++) {
    for (const kind of Object.keys(renders)) {
      const time = await tab.evaluate((k) => window.bench.firstRender(k), kind);
      if (run >= 2) renders[kind].push(time); // the first two runs warm the page up
    }
  }

  const text = 'Vi lærte at se borgeren fra to sider. '.repeat(5).slice(0, KEYSTROKES);
  /** Types `text` into the last logbook entry of a contract of the given size. */
  async function typeInto(activities, entries) {
    const field = await tab.evaluate(
      ([a, e]) => window.bench.prepareTyping(a, e),
      [activities, entries],
    );
    await tab.locator(field).click();
    await tab.evaluate(([a, e]) => window.bench.prepareTyping(a, e), [activities, entries]);
    await tab.locator(field).click();
    await tab.keyboard.type(text, { delay: 60 });
    const typed = await tab.evaluate(() => window.bench.typingResults());
    if (!(await tab.locator(field).inputValue()).endsWith(text)) {
      throw new Error('the typed text did not arrive in the field');
    }
    return typed;
  }
  const typical = await typeInto(TYPICAL.activities, TYPICAL.entries);
  const typing = await typeInto(ACTIVITIES, ENTRIES);

  // The floor: the same keystrokes into a text area of the static HTML form.
  const staticField = await tab.evaluate(() => window.bench.prepareStaticTyping());
  await tab.locator(staticField).click();
  await tab.evaluate(() => window.bench.prepareStaticTyping());
  await tab.locator(staticField).click();
  await tab.keyboard.type(text, { delay: 60 });
  const staticTyping = await tab.evaluate(() => window.bench.typingResults());

  const idb = await tab.evaluate(
    ([count, runs]) => window.bench.indexedDb(count, runs),
    [STORED, Math.max(5, Math.round(RUNS / 2))],
  );
  return { fieldCount, renders, typical, typing, staticTyping, idb };
}

function report(sizeRows, results, browserVersion) {
  const { fieldCount, renders, typical, typing, staticTyping, idb } = results;
  const element = median(renders.element);
  const staticForm = median(renders.static);
  const survey = median(renders.survey);
  const cdn = sizeRows[0].gzipped;
  const surveyTotal = sizeRows.at(-2).gzipped + sizeRows.at(-1).gzipped;
  const p50 = percentile(typing.latencies, 50);
  const p95 = percentile(typing.latencies, 95);
  const perSave = median(typing.saves.durations.length ? typing.saves.durations : [0]);
  const verdict = (ok) => (ok ? 'met' : '**not met**');
  const lines = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` (test/bench/) on ${new Date().toISOString().slice(0, 10)}, all in one run:`,
  ];
  lines.push(
    `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB memory,`,
    `Node ${process.version}, Chromium ${browserVersion} (headless). Shared machines are noisy: read ratios, not`,
    'single figures, and compare runs from the same machine only.',
    '',
    '## Size (minified by esbuild, gzip -9)',
    '',
    '| What | Minified | Gzipped |',
    '| --- | ---: | ---: |',
    ...sizeRows.map((row) => `| ${row.what} | ${kb(row.minified)} | ${kb(row.gzipped)} |`),
    '',
    `Target: CDN bundle at most 30 KB gzipped: ${kb(cdn)}, ${verdict(cdn <= 30 * 1024)}. Against SurveyJS with its CSS (${kb(surveyTotal)}): ${((cdn / surveyTotal) * 100).toFixed(0)} %.`,
    '',
    `## First render of a filled contract (median of ${renders.element.length} runs each, interleaved)`,
    '',
    `The same ${fieldCount} fields with the same values: \`<learning-contract>\` with a filled contract, a static HTML form, and SurveyJS (survey-js-ui, default theme) rendering an equivalent JSON form. Time from starting to render to the next painted frame.`,
    '',
    '| Form | Median | Ratio to static | Ratio to SurveyJS |',
    '| --- | ---: | ---: | ---: |',
    `| \`<learning-contract>\` | ${ms(element)} | ${(element / staticForm).toFixed(2)} × | ${(element / survey).toFixed(2)} × |`,
    `| Static HTML form | ${ms(staticForm)} | 1.00 × | ${(staticForm / survey).toFixed(2)} × |`,
    `| SurveyJS | ${ms(survey)} | ${(survey / staticForm).toFixed(2)} × | 1.00 × |`,
    '',
    `Targets: at most 2× the static form: ${verdict(element <= 2 * staticForm)}; at most a third of SurveyJS: ${verdict(element <= survey / 3)}.`,
    '',
    `## Typing in a large contract (${ACTIVITIES} activities, ${ENTRIES} logbook entries)`,
    '',
    `${typing.latencies.length} keystrokes into the last logbook entry, typed by Playwright 60 ms apart; from keydown to the next painted frame (Playwright inserts æ without a key press, so those are not counted). The same keystrokes into a contract of ordinary size, and into the static form, for comparison.`,
    '',
    '| Form | p50 | p95 | Target p95 |',
    '| --- | ---: | ---: | --- |',
    `| \`<learning-contract>\`, ${ACTIVITIES} activities, ${ENTRIES} entries | ${ms(p50)} | ${ms(p95)} | within one frame (16 ms): ${verdict(p95 <= 16)} |`,
    `| \`<learning-contract>\`, ${TYPICAL.activities} activities, ${TYPICAL.entries} entries | ${ms(percentile(typical.latencies, 50))} | ${ms(percentile(typical.latencies, 95))} | ${verdict(percentile(typical.latencies, 95) <= 16)} |`,
    `| Static HTML form (the floor: the browser alone) | ${ms(percentile(staticTyping.latencies, 50))} | ${ms(percentile(staticTyping.latencies, 95))} | |`,
    '',
    'The time to the next painted frame includes waiting for that frame, which alone can take up to 16.7 ms at 60 Hz: the static form shows that part.',
    '',
    '## Autosave during that typing (localStorage)',
    '',
    '| Writes per 100 keystrokes | Time per save (median) | Most writes in flight at once |',
    '| ---: | ---: | ---: |',
    `| ${((typing.saves.writes / typing.latencies.length) * 100).toFixed(1)} | ${ms(perSave)} | ${typing.saves.maxInFlight} |`,
    '',
    `## IndexedDB with ${STORED} stored contracts (median of ${idb.list.length} runs)`,
    '',
    '| List all (summaries) | Load one |',
    '| ---: | ---: |',
    `| ${ms(median(idb.list))} | ${ms(median(idb.load))} |`,
    '',
    'The reference server under several hundred people: [server-load.md](./server-load.md) (`npm run load`).',
    '',
  );
  return lines.join('\n');
}

const browser = await chromium.launch({ executablePath: findBrowser().path, args: BROWSER_ARGS });
const server = await benchPage();
try {
  const sizeRows = await sizes();
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(server.url);
  await tab.waitForFunction(() => 'bench' in window);
  const results = await measure(tab);
  if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  const markdown = report(sizeRows, results, browser.version());
  console.log(markdown);
  if (!quick) {
    await writeFile(join(root, 'docs/performance.md'), markdown);
    console.log('Written to docs/performance.md');
  }
} finally {
  await server.close();
  await browser.close();
}
