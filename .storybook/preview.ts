import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import customElements from '../packages/components/custom-elements.json';

// API tables in the docs pages come from the manifest the analyzer writes from the JSDoc.
setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
