// The npm build: one ES module per source file, with lit, @lit/* and core left
// as imports so that an application bundles them once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { compactLiterals } from '../../scripts/compact-literals.mjs';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Each element's folder has a define.ts that registers it: one entry each, found, not listed.
const elementEntries = Object.fromEntries(
  readdirSync(new URL('src/', import.meta.url))
    .filter((folder) => existsSync(new URL(`src/${folder}/define.ts`, import.meta.url)))
    .map((folder) => [`${folder}/define`, `src/${folder}/define.ts`]),
);

export default defineConfig({
  plugins: [compactLiterals()],
  // The version the two-copies warning names (shared/define-element.ts).
  define: { __KOLLEGALAERING_VERSION__: JSON.stringify(version) },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts', ...elementEntries },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@kollegalaering\//, /^zod(\/|$)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
