// The benchmark's page: bundled with our elements (production Lit), SurveyJS and
// a plain HTML form, so that all three are measured in the same browser session.
// test/bench/run-bench.mjs drives it through Playwright.
import {
  createLocalStorageAdapter,
  type LearningContract,
  type StorageAdapter,
} from '@kollegalaering/core';
import { createIndexedDbAdapter } from '@kollegalaering/core/indexeddb';
import { contractAt, filledContract } from '@kollegalaering/core/testing';
import '@kollegalaering/components/define.js';
import type { LearningContractElement } from '@kollegalaering/components';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

/** Resolves after the next frame has been painted. */
const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const stage = document.querySelector<HTMLElement>('#stage')!;

/** Waits until an element and every Lit element inside it have rendered. */
async function rendered(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const all = [root, ...deepAll(root)].filter(
      (element): element is LearningContractElement => 'updateComplete' in element,
    );
    const done = await Promise.all(all.map((element) => element.updateComplete));
    if (done.every(Boolean)) return;
  }
}

function deepAll(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const start = root instanceof Element && root.shadowRoot ? [root.shadowRoot] : [root];
  for (const scope of start) {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) found.push(...deepAll(element));
    }
  }
  return found;
}

/** One form control as a person sees it: its label, its kind and its value. */
interface Field {
  label: string;
  kind: 'text' | 'longtext' | 'date' | 'checkbox' | 'select';
  value: string | boolean;
  options?: string[];
}

/** The fields <learning-contract> shows for a contract, read from its rendered form. */
function fieldsOf(element: Element): Field[] {
  const controls = deepAll(element).filter(
    (node): node is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
      node.matches('input:not([type=file]), textarea, select') && !node.closest('.print-view'),
  );
  return controls.map((control) => {
    const root = control.getRootNode() as ShadowRoot;
    const label = root.querySelector(`label[for="${control.id}"]`)?.textContent?.trim() ?? '';
    if (control instanceof HTMLSelectElement) {
      return {
        label,
        kind: 'select',
        value: control.value,
        options: Array.from(control.options, (option) => option.value),
      };
    }
    if (control instanceof HTMLTextAreaElement)
      return { label, kind: 'longtext', value: control.value };
    if (control.type === 'checkbox') return { label, kind: 'checkbox', value: control.checked };
    return { label, kind: control.type === 'date' ? 'date' : 'text', value: control.value };
  });
}

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
  );

/** The floor: a static HTML form with the same fields and values. */
function staticFormHtml(fields: Field[]): string {
  const rows = fields.map((field, index) => {
    const id = `s${index}`;
    const value = String(field.value);
    const control =
      field.kind === 'longtext'
        ? `<textarea id="${id}">${escape(value)}</textarea>`
        : field.kind === 'checkbox'
          ? `<input id="${id}" type="checkbox"${field.value ? ' checked' : ''}>`
          : field.kind === 'select'
            ? `<select id="${id}">${(field.options ?? []).map((option) => `<option${option === value ? ' selected' : ''}>${escape(option)}</option>`).join('')}</select>`
            : `<input id="${id}" type="${field.kind}" value="${escape(value)}">`;
    return `<p><label for="${id}">${escape(field.label)}</label> ${control}</p>`;
  });
  return `<form>${rows.join('')}</form>`;
}

/** The same fields as a SurveyJS form, and the values as its data. */
function surveyJson(fields: Field[]) {
  const elements = fields.map((field, index) => ({
    name: `q${index}`,
    title: field.label || `q${index}`,
    ...(field.kind === 'longtext'
      ? { type: 'comment' }
      : field.kind === 'checkbox'
        ? { type: 'boolean' }
        : field.kind === 'select'
          ? { type: 'dropdown', choices: field.options }
          : { type: 'text', inputType: field.kind === 'date' ? 'date' : 'text' }),
  }));
  const data = Object.fromEntries(fields.map((field, index) => [`q${index}`, field.value]));
  return { json: { elements, showQuestionNumbers: 'off' }, data };
}

let fields: Field[] = [];
let formHtml = '';
let survey: ReturnType<typeof surveyJson> | undefined;

/** Renders the element once to learn its fields, and prepares the other two forms from them. */
async function prepare(): Promise<number> {
  const element = document.createElement('learning-contract');
  element.setAttribute('storage', 'memory');
  element.contract = filledContract();
  stage.replaceChildren(element);
  await rendered(element);
  fields = fieldsOf(element);
  formHtml = staticFormHtml(fields);
  survey = surveyJson(fields);
  stage.replaceChildren();
  return fields.length;
}

/**
 * What the cold-load pages need (see cold-load.mjs): the static form, the
 * SurveyJS form, how many controls they show, and the filled contract as
 * localStorage holds it for a person who comes back to it.
 */
async function coldInputs() {
  localStorage.clear();
  const id = 'kold-start';
  const saved = await createLocalStorageAdapter().save({ ...filledContract(), id });
  if (!saved.ok) throw new Error(saved.error.code);
  const key = Object.keys(localStorage).find((name) => name.endsWith(id))!;
  const value = localStorage.getItem(key)!;
  localStorage.clear();
  return { formHtml, survey, fieldCount: fields.length, stored: { id, key, value } };
}

/** Milliseconds from starting to render to the next painted frame. */
async function firstRender(kind: 'element' | 'static' | 'survey'): Promise<number> {
  stage.replaceChildren();
  await nextPaint();
  const start = performance.now();
  if (kind === 'element') {
    const element = document.createElement('learning-contract');
    element.setAttribute('storage', 'memory');
    element.contract = filledContract();
    stage.append(element);
    await rendered(element);
  } else if (kind === 'static') {
    stage.innerHTML = formHtml;
  } else {
    const model = new Model(survey!.json);
    model.data = survey!.data;
    const host = document.createElement('div');
    stage.append(host);
    renderSurvey(model, host);
  }
  await nextPaint();
  return performance.now() - start;
}

/** A contract in the learning step with many activities and logbook entries. */
function bigContract(activities: number, entries: number): LearningContract {
  const contract = contractAt('learning');
  return {
    ...contract,
    plan: {
      ...contract.plan,
      activities: Array.from({ length: activities }, (_, index) => ({
        id: `a${index}`,
        what: `Aktivitet nummer ${index}: følgedag, møde eller læsning`,
        who: index % 2 ? 'a' : 'b',
        when: 'Uge 17',
        done: index % 3 === 0,
      })),
      logbook: Array.from({ length: entries }, (_, index) => ({
        id: `l${index}`,
        date: '2026-05-01',
        author: index % 2 ? 'a' : 'b',
        text: `Logbogsnotat ${index}: hvad vi så, hvad vi lærte, og hvad vi vil prøve næste gang.`,
      })),
    },
  };
}

const keyLatencies: number[] = [];
document.addEventListener(
  'keydown',
  () => {
    const start = performance.now();
    void nextPaint().then(() => keyLatencies.push(performance.now() - start));
  },
  { capture: true },
);

interface SaveStats {
  writes: number;
  durations: number[];
  maxInFlight: number;
}
const saves: SaveStats = { writes: 0, durations: [], maxInFlight: 0 };

/** localStorage, the default, counted: how many writes, how long each, how many at once. */
function countingAdapter(inner: StorageAdapter): StorageAdapter {
  let inFlight = 0;
  return {
    ...inner,
    async save(contract, options) {
      inFlight++;
      saves.maxInFlight = Math.max(saves.maxInFlight, inFlight);
      const start = performance.now();
      try {
        return await inner.save(contract, options);
      } finally {
        saves.durations.push(performance.now() - start);
        saves.writes++;
        inFlight--;
      }
    },
  };
}

/** Puts the big contract on the page, stored, and returns the id of the field to type into. */
async function prepareTyping(activities: number, entries: number): Promise<string> {
  localStorage.clear();
  const adapter = countingAdapter(createLocalStorageAdapter());
  const contract = { ...bigContract(activities, entries), id: `typing-${Date.now()}` };
  const stored = await adapter.save(contract);
  if (!stored.ok) throw new Error(`could not store the big contract: ${stored.error.code}`);
  const element = document.createElement('learning-contract');
  element.storage = adapter;
  element.setAttribute('contract-id', contract.id);
  stage.replaceChildren(element);
  for (
    let i = 0;
    i < 500 && !deepAll(element).some((node) => node.id === 'f-plan-logbook-0-text');
    i++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await rendered(element);
  keyLatencies.length = 0;
  Object.assign(saves, { writes: 0, durations: [], maxInFlight: 0 });
  return `#f-plan-logbook-${entries - 1}-text`;
}

/** The floor for typing: the static form, and the id of its last text area. */
async function prepareStaticTyping(): Promise<string> {
  stage.innerHTML = formHtml;
  await nextPaint();
  keyLatencies.length = 0;
  const areas = stage.querySelectorAll('textarea');
  return `#${areas[areas.length - 1]!.id}`;
}

async function typingResults() {
  // The last keystroke's frame first, then what autosave still holds.
  await nextPaint();
  await nextPaint();
  const element = stage.querySelector<LearningContractElement>('learning-contract');
  await element?.save();
  return { latencies: [...keyLatencies], saves: { ...saves } };
}

/** Lists and loads among `count` contracts stored in IndexedDB. */
async function indexedDb(count: number, runs: number) {
  const adapter = createIndexedDbAdapter({ databaseName: `bench-${Date.now()}` });
  const base = filledContract();
  for (let index = 0; index < count; index++) {
    const saved = await adapter.save({ ...base, id: `c${index}` });
    if (!saved.ok) throw new Error(saved.error.code);
  }
  const list: number[] = [];
  const load: number[] = [];
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    const listed = await adapter.list();
    list.push(performance.now() - start);
    if (!listed.ok || listed.value.length !== count) throw new Error('list is wrong');
    start = performance.now();
    const loaded = await adapter.load(`c${Math.floor(Math.random() * count)}`);
    load.push(performance.now() - start);
    if (!loaded.ok || !loaded.value) throw new Error('load is wrong');
  }
  return { list, load };
}

Object.assign(window, {
  bench: {
    prepare,
    coldInputs,
    firstRender,
    prepareTyping,
    prepareStaticTyping,
    typingResults,
    indexedDb,
  },
});
