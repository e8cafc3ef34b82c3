// The CDN build: the ES module a page loads with one <script> (it registers
// every element), and beside it the chunks it imports only when a page needs
// them (the HTTP and IndexedDB adapters). Lit runs in its production mode.
// Library mode leaves whitespace in ES output, so rolldown minifies the output
// itself. The lazy chunks import what they share from the entry
// ('allow-extension', and intoTheEntry below), never from a common chunk that
// every page would have to fetch as well.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { ChunkingContext } from 'rolldown';
import { compactLiterals } from '../../scripts/compact-literals.mjs';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Every module the entry imports statically, directly or not, goes into the
 * entry file itself: rolldown would otherwise move the ones a lazy part also
 * uses into a shared chunk that every page fetches first, right after the
 * entry (rolldown/rolldown#10731). What only import() reaches stays in chunks.
 */
const ENTRY = fileURLToPath(new URL('src/define.ts', import.meta.url));
/** The organisation's elements, for administrators' pages only: it imports Lit and the rest from the entry. */
const ORGANISATION = fileURLToPath(new URL('src/organisation/define.ts', import.meta.url));
/** The partner board's own CDN file: pages without the board never fetch it. */
const PARTNER_BOARD = fileURLToPath(new URL('src/partner-board/define.ts', import.meta.url));
const TURN_PART = fileURLToPath(new URL('src/learning-contract/turn-part.ts', import.meta.url));
const CORE_INDEX = fileURLToPath(new URL('../core/src/index.ts', import.meta.url));

/**
 * What a module imports statically, directly or not. Core's index only
 * re-exports: following it would pull every core module into the entry, also
 * those only a lazy part uses (the turn rules, the merge), so the walk stops
 * there and core's modules count where they are really imported.
 */
function staticallyFrom(start: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    if (next === CORE_INDEX) continue;
    queue.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
  }
  return seen;
}

let loadedFirst: Set<string> | undefined;
function intoTheEntry(id: string, ctx: ChunkingContext): string | null {
  loadedFirst ??= staticallyFrom(ENTRY, ctx);
  return loadedFirst.has(id) ? 'kollegalaering' : null;
}

/**
 * Every page fetches the turn part as it connects; what it needs beyond the
 * entry (core's turn rules, which a list's summary shares) goes into that one
 * file rather than a second one fetched after it.
 */
let turnPart: Set<string> | undefined;
function intoTheTurnPart(id: string, ctx: ChunkingContext): string | null {
  turnPart ??= staticallyFrom(TURN_PART, ctx);
  loadedFirst ??= staticallyFrom(ENTRY, ctx);
  return turnPart.has(id) && !loadedFirst.has(id) ? 'turn-part' : null;
}

export default defineConfig({
  // The English texts leave the code for a dictionary of their own (src/i18n/msg.ts),
  // and messages get short ids.
  plugins: [compactLiterals({ englishApart: true, shortIds: true })],
  resolve: {
    conditions: ['kollegalaering-source', 'production', 'module', 'browser'],
  },
  define: {
    __KOLLEGALAERING_VERSION__: JSON.stringify(version),
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        kollegalaering: ENTRY,
        'kollegalaering-organisation': ORGANISATION,
        'kollegalaering-partner-board': PARTNER_BOARD,
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // Pure annotations help a bundler that bundles this again; the CDN file is what
        // browsers run, so they are 248 comments (247 bytes gzipped) for nothing.
        comments: { legal: false, annotation: false, jsdoc: false },
        chunkFileNames: '[name]-[hash].js',
        codeSplitting: {
          groups: [
            { name: intoTheEntry, debugName: 'the entry and what it imports statically' },
            { name: intoTheTurnPart, debugName: 'the turn part and what only it brings' },
          ],
        },
      },
    },
  },
});
