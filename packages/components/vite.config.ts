// The npm build: one ES module per source file, with lit, @lit/* and core left
// as imports so that an application bundles them once.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { compactLiterals } from '../../scripts/compact-literals.mjs';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

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
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'learning-contract/define': 'src/learning-contract/define.ts',
        'contract-form/define': 'src/contract-form/define.ts',
        'party-section/define': 'src/party-section/define.ts',
        'evaluation-checklist/define': 'src/evaluation-checklist/define.ts',
        'process-tracker/define': 'src/process-tracker/define.ts',
        'contract-list/define': 'src/contract-list/define.ts',
        'organisation/define': 'src/organisation/define.ts',
      },
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
