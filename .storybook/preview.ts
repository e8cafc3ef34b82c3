/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../packages/components/custom-elements.json';
import { publicApi } from './public-api.mjs';
import defaultTheme from '../packages/components/themes/default.css?url';
import dkfdsTheme from '../packages/components/themes/dkfds.css?url';

// API tables in the docs pages come from the manifest the analyzer writes from
// the JSDoc, with only what a host page can use.
setCustomElementsManifest(publicApi(customElements));

const THEMES: Record<string, string> = { default: defaultTheme, dkfds: dkfdsTheme };

/** The theme chosen in the toolbar, as the one stylesheet link a host page would have. */
function useTheme(theme: string): void {
  let link = document.querySelector<HTMLLinkElement>('link#lc-theme');
  if (!link) {
    link = document.createElement('link');
    link.id = 'lc-theme';
    link.rel = 'stylesheet';
    document.head.append(link);
  }
  const href = THEMES[theme] ?? defaultTheme;
  if (link.getAttribute('href') !== href) link.href = href;
}

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'default', title: 'Default' },
          { value: 'dkfds', title: 'DKFDS look' },
        ],
      },
    },
    storage: {
      description: 'Where stories that start empty keep their contract',
      toolbar: {
        title: 'Storage',
        icon: 'database',
        dynamicTitle: true,
        items: [
          { value: 'memory', title: 'Memory (gone on reload)' },
          { value: 'local', title: 'localStorage' },
          { value: 'indexeddb', title: 'IndexedDB' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'da', theme: 'default', storage: 'memory' },
  decorators: [
    (story, context) => {
      // The elements follow the nearest lang, as they do on an intranet page.
      // Docs pages put stories inside Storybook's own lang="en", so the
      // toolbar's language goes on a wrapper around each story as well.
      const locale = String(context.globals['locale'] ?? 'da');
      document.documentElement.lang = locale;
      useTheme(String(context.globals['theme'] ?? 'default'));
      return html`<div lang=${locale}>${story()}</div>`;
    },
  ],
  tags: ['autodocs'],
};

export default preview;
