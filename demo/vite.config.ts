// `npm start`: the demo intranet page, served from the packages' sources.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    conditions: ['kollegalaering-source', 'module', 'browser', 'development|production'],
  },
  server: { port: 5173, open: false },
});
