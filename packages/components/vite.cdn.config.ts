// The CDN build: one self-contained ES module that registers every element.
// Everything is bundled, and Lit runs in its production mode.
import { defineConfig } from 'vite';

export default defineConfig({
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
