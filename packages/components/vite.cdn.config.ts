// The CDN build: one self-contained ES module that registers every element.
// Everything is bundled, and Lit runs in its production mode.
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
      output: { codeSplitting: false },
    },
  },
});
