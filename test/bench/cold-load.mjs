// The first render as a person gets it: from navigation, with a cold cache (a
// fresh browser context each time), fetching, parsing and compiling the
// scripts included, until every control of the filled contract is in the DOM
// and painted. The same fields as <learning-contract> (the CDN file as
// shipped, the contract in localStorage as a returning person has it), a
// static HTML form, and SurveyJS. Interleaved, so that a noisy moment on a
// shared machine hits all three alike.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cdnRoutes, serve } from '../e2e/static-server.mjs';

/**
 * Reports, on the page, when the form was first painted: the presentation time
 * of the first paint (Chromium's paint timing: the frame drawn on screen, not
 * the main thread's end of it) at or after the frame in which all `count` form
 * controls exist, looking inside shadow roots. A paint timing entry comes for
 * the first contentful paint and for each larger element painted after it
 * (largest contentful paint, which counts text inside shadow roots), so a
 * loading message painted before the form does not stop the clock. Inlined in
 * the page's head, so that it runs before anything the page fetches.
 */
const measure = (count, selector) => `{
const controls = (root) => {
  let found = root.querySelectorAll(${JSON.stringify(selector)}).length;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found += controls(element.shadowRoot);
  }
  return found;
};
const paints = [];
const observer = new PerformanceObserver((list) => {
  // paintTime: the main thread's paint of that frame; startTime (renderTime): when it was drawn.
  for (const entry of list.getEntries()) {
    paints.push({ painted: entry.paintTime ?? entry.startTime, drawn: entry.renderTime || entry.startTime });
  }
  settle();
});
observer.observe({ type: 'paint', buffered: true });
observer.observe({ type: 'largest-contentful-paint', buffered: true });
let formFrame;
const settle = () => {
  if (formFrame === undefined) return;
  const drawn = paints.filter((paint) => paint.painted >= formFrame).map((paint) => paint.drawn);
  if (drawn.length) window.coldDone = Math.min(...drawn);
};
const check = (frame) => {
  if (controls(document) < ${count}) return requestAnimationFrame(check);
  formFrame = frame;
  settle();
};
requestAnimationFrame(check);
}`;

const CONTROLS = 'input:not([type=file]), textarea, select';

const page = (head, body, check) =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kold start</title>` +
  `<link rel="icon" href="data:,"><script>${check}</script>${head}</head><body><main>${body}</main></body></html>`;

/**
 * Serves the three pages. `inputs` comes from the benchmark page: the static
 * form's HTML, the SurveyJS JSON and data, how many controls each shows, and
 * the stored contract (localStorage key and value).
 */
async function coldSite(root, inputs, define) {
  const surveyEntry = `
import { Model } from '${join(root, 'node_modules/survey-core/fesm/survey-core.mjs')}';
import { renderSurvey } from '${join(root, 'node_modules/survey-js-ui/fesm/survey-js-ui.mjs')}';
const model = new Model(${JSON.stringify(inputs.survey.json)});
model.data = ${JSON.stringify(inputs.survey.data)};
renderSurvey(model, document.querySelector('#survey'));`;
  const survey = await build({
    stdin: { contents: surveyEntry, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define,
    logLevel: 'silent',
  });
  const script = (body) => ({ type: 'text/javascript', body });
  const check = measure(inputs.fieldCount, CONTROLS);
  // Cross-origin isolated, so that the browser reports paint times to the microsecond, not to 4 ms.
  const isolated = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  return serve({
    '/element': {
      type: 'text/html; charset=utf-8',
      headers: isolated,
      body: page(
        '<script type="module" src="/kollegalaering.js"></script>',
        `<learning-contract contract-id="${inputs.stored.id}" perspective="party-a"></learning-contract>`,
        check,
      ),
    },
    '/static': {
      type: 'text/html; charset=utf-8',
      headers: isolated,
      body: page('', inputs.formHtml, check),
    },
    '/survey': {
      type: 'text/html; charset=utf-8',
      headers: isolated,
      body: page(
        '<link rel="stylesheet" href="/survey.css"><script type="module" src="/survey.js"></script>',
        '<div id="survey"></div>',
        // SurveyJS draws some questions (a dropdown, a yes/no switch) without a
        // native control: count its questions instead.
        measure(inputs.fieldCount, '.sd-question'),
      ),
    },
    '/survey.js': script(survey.outputFiles[0].contents),
    '/survey.css': {
      type: 'text/css',
      body: await readFile(join(root, 'node_modules/survey-core/survey-core.min.css')),
    },
    ...(await cdnRoutes()),
  });
}

/** Milliseconds from navigation to the painted form, per kind, over `runs` cold loads each. */
export async function coldLoads(browser, { root, inputs, runs, define }) {
  const site = await coldSite(root, inputs, define);
  const times = { element: [], static: [], survey: [] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const kind of Object.keys(times)) {
        const context = await browser.newContext();
        // A person returning to their contract: it is in this browser's localStorage.
        await context.addInitScript(
          ([key, value]) => localStorage.setItem(key, value),
          [inputs.stored.key, inputs.stored.value],
        );
        const tab = await context.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.goto(`${site.url}/${kind}`);
        await tab.waitForFunction(() => typeof window.coldDone === 'number', null, {
          timeout: 30_000,
        });
        times[kind].push(await tab.evaluate(() => window.coldDone));
        await context.close();
        if (errors.length) throw new Error(`${kind}: ${errors.join('; ')}`);
      }
    }
  } finally {
    await site.close();
  }
  return times;
}
