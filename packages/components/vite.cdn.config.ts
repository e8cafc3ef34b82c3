// The CDN build: the ES module a page loads with one <script> (it registers
// every element), and beside it the chunks it imports only when a page needs
// them (the HTTP and IndexedDB adapters). Lit runs in its production mode.
// Library mode leaves whitespace in ES output, so rolldown minifies the output
// itself; the lazy chunks import what they share from the entry
// ('allow-extension'), rather than from a common chunk every page would fetch.
// Rolldown still makes such a chunk when a lazy part imports core modules the
// storage adapters share (rolldown/rolldown#10731): keep lazy parts to Lit,
// i18n and their own code, and let the element hand them what else they need.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { compactLiterals } from '../../scripts/compact-literals.mjs';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  plugins: [compactLiterals()],
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
      entry: { kollegalaering: 'src/define.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: '[name]-[hash].js' },
    },
  },
});
