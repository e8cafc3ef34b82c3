import type { Plugin } from 'vite';

/** Folds whitespace in html`` and css`` and drops msg() descriptions; see compact-literals.mjs. */
export function compactLiterals(): Plugin;
