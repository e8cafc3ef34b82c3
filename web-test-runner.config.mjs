import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.mjs';

export default {
  files: [
    'packages/components/src/**/*.test.ts',
    'packages/core/src/**/*.browser.test.ts',
    'test/**/*.test.ts',
    'test/**/*.test.html',
  ],
  nodeResolve: { exportConditions: ['kollegalaering-source', 'development', 'browser'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser().path, args: BROWSER_ARGS },
    }),
  ],
  plugins: [
    // The plugin reads this tsconfig without following `extends`, so it repeats
    // the decorator settings; `target: es2022` because its `auto` does not know
    // current Chromium and emits broken code.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.wtr.json' }),
  ],
};
