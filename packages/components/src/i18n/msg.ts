import { str, type MsgFn, type MsgOptions, type StrResult } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { templates as daTemplates } from '../locales/da.js';
import { fetchEnglishTexts } from './english-texts.js';
import type { Locale } from './locales.js';

export { str };

/**
 * Why not @lit/localize's own `configureLocalization`: it keeps one locale for
 * the whole page and may be configured only once. Our elements take their
 * language from their own `lang` (two elements in two languages can sit on one
 * page), and a host page that configures @lit/localize for itself must keep
 * working. So we keep lit-localize's tooling (extraction, XLIFF, the generated
 * runtime templates) and look our templates up here, in the locale of the
 * element being rendered. `msg` carries lit-localize's type brand, so
 * `lit-localize extract` finds every call.
 */
const TEMPLATES: Record<Locale, Readonly<Record<string, unknown>> | undefined> = {
  en: undefined,
  da: daTemplates,
};

/**
 * Adds the translations of a part loaded when needed (see
 * scripts/split-dictionaries.mjs): its messages are not in the main dictionary.
 */
export function addTemplates(locale: Locale, templates: Readonly<Record<string, unknown>>): void {
  TEMPLATES[locale] = { ...TEMPLATES[locale], ...templates };
}

/** For a part loaded by import(): registers the Danish texts it brings, and gives the part. */
export function withDanish<T extends { danish: Readonly<Record<string, unknown>> }>(part: T): T {
  addTemplates('da', part.danish);
  return part;
}

/**
 * Whether a host may render in this locale now. In the CDN file English is a
 * dictionary of its own, fetched by the first element that is to speak it;
 * until it is here (or if it cannot be fetched), elements speak Danish.
 */
export function canSpeak(locale: Locale): boolean {
  return locale !== 'en' || !fetchEnglishTexts || TEMPLATES.en !== undefined;
}

let english: Promise<boolean> | undefined;

/**
 * Fetches the English dictionary once, and says whether it came. A failed
 * fetch (offline) is tried again by the next element that asks.
 */
export function fetchEnglish(): Promise<boolean> {
  english ??= (fetchEnglishTexts?.() ?? Promise.reject(new Error('no English file'))).then(
    ({ templates }) => {
      addTemplates('en', templates);
      return true;
    },
    () => {
      english = undefined;
      return false;
    },
  );
  return english;
}

let renderingLocale: Locale = 'da';

/** Called by LocaleController just before its host renders. */
export function setRenderingLocale(locale: Locale): void {
  renderingLocale = locale;
}

const isStrResult = (value: unknown): value is StrResult =>
  typeof value === 'object' && value !== null && 'strTag' in value;

const join = (strings: ReadonlyArray<string>, values: readonly unknown[], order?: number[]) =>
  strings.reduce(
    (text, part, index) =>
      text + String(values[order ? (order[index - 1] ?? 0) : index - 1]) + part,
  );

/**
 * Our messages are plain strings or str`` templates (never html``), so those
 * are the two kinds looked up; anything else is returned as written.
 */
function lookUp(template: string | StrResult | TemplateResult, options?: MsgOptions): unknown {
  const translated = options?.id ? TEMPLATES[renderingLocale]?.[options.id] : undefined;
  if (typeof translated === 'string') return translated;
  if (isStrResult(template)) {
    // A translation holds the index of each source value, in its own order.
    return isStrResult(translated)
      ? join(translated.strings, template.values, translated.values as number[])
      : join(template.strings, template.values);
  }
  return template;
}

export const msg = lookUp as MsgFn;
