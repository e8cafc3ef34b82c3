import type { Plugin } from 'vite';

/**
 * Folds whitespace in html`` and css``, drops msg() descriptions and, with
 * `englishApart`, msg()'s English texts; with `shortIds`, gives messages short
 * ids; see compact-literals.mjs.
 */
export function compactLiterals(options?: { englishApart?: boolean; shortIds?: boolean }): Plugin[];
