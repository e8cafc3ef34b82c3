/** The languages the elements speak. Danish is the default; English is the source. */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'da';

/**
 * Maps a `lang` value to a locale we have: `en-GB` → `en`, `da-DK` → `da`.
 * Any other language falls back to Danish, the default for a Danish intranet.
 */
export function toLocale(lang: string | null | undefined): Locale | undefined {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0];
  if (!primary) return undefined;
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : DEFAULT_LOCALE;
}

/** Whether a `lang` value is one of ours (`en-GB` is; `de` is not, and is shown in Danish). */
export const speaks = (lang: string | undefined): boolean =>
  (LOCALES as readonly string[]).includes((lang ?? '').trim().toLowerCase().split('-')[0] ?? '');
