import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, toLocale, type Locale } from './locales.js';
import { canSpeak, fetchEnglish, setRenderingLocale } from './msg.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest `lang`, walking out of shadow roots: the element's own, an ancestor's, then `<html>`'s. */
function nearestLang(element: HTMLElement): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (toLocale(lang)) return lang!;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}

// One observer for the whole document: `lang` rarely changes, so each change
// simply asks every connected controller to look again.
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Gives its host a locale from the nearest `lang`, re-renders the host when
 * that changes, and makes `msg()` speak the host's locale while it renders.
 */
export class LocaleController implements ReactiveController {
  /** The locale the host renders in now. */
  locale: Locale = DEFAULT_LOCALE;
  /** The nearest `lang` as the page wrote it; Danish is spoken where it is one we do not speak. */
  lang: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLangChanges();
    this.lang = nearestLang(this.host);
    this.locale = this.spoken(this.lang);
  }

  /** The locale for a `lang`; Danish while its texts are still on their way (see msg.ts). */
  private spoken(lang: string | undefined): Locale {
    const locale = toLocale(lang) ?? DEFAULT_LOCALE;
    if (canSpeak(locale)) return locale;
    void fetchEnglish().then((arrived) => arrived && this.refresh());
    return DEFAULT_LOCALE;
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  hostUpdate(): void {
    setRenderingLocale(this.locale);
  }

  /** Looks for the nearest `lang` again; re-renders the host if the locale changed. */
  refresh(): void {
    const lang = nearestLang(this.host);
    const locale = this.spoken(lang);
    if (lang === this.lang && locale === this.locale) return;
    this.lang = lang;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
