// The demo page that `npm start` serves from the reference server: built from
// the packages' sources into demo/shared/dist.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./shared', import.meta.url)),
  resolve: {
    conditions: ['kollegalaering-source', 'module', 'browser', 'production'],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  logLevel: 'error',
});
