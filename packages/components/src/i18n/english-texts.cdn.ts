/**
 * In the CDN file, in english-texts.ts's place: its code has no English
 * (scripts/compact-literals.mjs), so the texts are a file of their own,
 * fetched when an element is to speak English.
 */
export const fetchEnglishTexts = () => import('../locales/en.js');
