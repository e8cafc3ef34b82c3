import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/introduction.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => {
    // Stories use the packages' TypeScript sources, so no build is needed while writing them.
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['kollegalaering-source', 'module', 'browser', 'development|production'],
    };
    return viteConfig;
  },
};

export default config;
