/**
 * Where the English texts come from when the code has none: nowhere here, for
 * the npm build keeps them in each msg() call. The CDN build puts
 * english-texts.cdn.ts in this module's place (scripts/compact-literals.mjs,
 * `englishApart`), which fetches them.
 */
export const fetchEnglishTexts:
  (() => Promise<{ templates: Readonly<Record<string, unknown>> }>) | undefined = undefined;
