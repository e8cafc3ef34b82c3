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
let loadedFirst: Set<string> | undefined;
function intoTheEntry(id: string, ctx: ChunkingContext): string | null {
  if (!loadedFirst) {
    loadedFirst = new Set();
    const queue = [ENTRY];
    while (queue.length > 0) {
      const next = queue.pop()!;
      if (loadedFirst.has(next)) continue;
      loadedFirst.add(next);
      queue.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return loadedFirst.has(id) ? 'kollegalaering' : null;
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
      entry: { kollegalaering: ENTRY },
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
          groups: [{ name: intoTheEntry, debugName: 'the entry and what it imports statically' }],
        },
      },
    },
  },
});
