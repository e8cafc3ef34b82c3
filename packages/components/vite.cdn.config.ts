// The CDN build: one self-contained ES module that registers every element.
// Everything is bundled, and Lit runs in its production mode.
import { defineConfig } from 'vite';
import { compactLiterals } from '../../scripts/compact-literals.mjs';

export default defineConfig({
  plugins: [compactLiterals()],
  resolve: {
    conditions: ['kollegalaering-source', 'production', 'module', 'browser'],
  },
  define: {
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
