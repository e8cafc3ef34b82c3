import { DEFAULT_LOCALE, toLocale } from '../i18n/locales.js';
import { canSpeak, fetchEnglish } from '../i18n/msg.js';

/** Set by the npm and CDN builds from package.json; sources run as 'source'. */
declare const __KOLLEGALAERING_VERSION__: string | undefined;

export const VERSION =
  typeof __KOLLEGALAERING_VERSION__ === 'string' ? __KOLLEGALAERING_VERSION__ : 'source';

/** Where each registered class records the library version it came from. */
const VERSION_MARK = Symbol.for('kollegalaering.version');

type MarkedClass = CustomElementConstructor & { [VERSION_MARK]?: string };

/** Tags this copy found taken, reported together once the define calls of one load are done. */
const taken: string[] = [];
let definedBy = '';

/**
 * Registers a tag once. When a tag is already defined (another copy of the
 * library on the page), this copy changes nothing, since redefining would throw,
 * and warns once, naming both versions, so the developer can load it only once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing: MarkedClass | undefined = customElements.get(tag);
  if (!existing) {
    (element as MarkedClass)[VERSION_MARK] = VERSION;
    onceThePageCanBeSpoken(() => {
      if (!customElements.get(tag)) customElements.define(tag, element);
    });
    return;
  }
  if (existing === element) return;
  const version = existing[VERSION_MARK];
  definedBy ||= version ? `Kollegalæring ${version}` : 'another script';
  if (taken.push(tag) === 1) queueMicrotask(warnTaken);
}

/**
 * On a page in English, the CDN file registers its elements once the English
 * texts have arrived (or could not be fetched), so that nothing is shown in
 * Danish first; everywhere else at once (see canSpeak in i18n/msg.ts).
 */
function onceThePageCanBeSpoken(register: () => void): void {
  const locale = toLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
  if (canSpeak(locale)) register();
  else void fetchEnglish().then(register);
}

function warnTaken(): void {
  console.warn(
    `Kollegalæring ${VERSION}: <${taken.join('>, <')}> already defined by ${definedBy}, which stays in use. Load the library once per page.`,
  );
  taken.length = 0;
  definedBy = '';
}
