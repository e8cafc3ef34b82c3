// Both shipped themes, loaded as a municipality would with a <link>, keep the
// whole contract free of axe violations (contrast included).
import { expect, fixture, html } from '@open-wc/testing';
import '@kollegalaering/components/define.js';
import type { LearningContractElement } from '@kollegalaering/components';
import { withTheme } from './with-theme.js';

for (const theme of ['default.css', 'dkfds.css']) {
  describe(`the ${theme} theme`, () => {
    it('sets the tokens, and the contract still passes axe in both languages', async () => {
      const link = await withTheme(theme);
      try {
        for (const lang of ['da', 'en']) {
          const el = await fixture<LearningContractElement>(
            html`<learning-contract storage="memory" lang=${lang}></learning-contract>`,
          );
          await el.updateComplete;
          expect(getComputedStyle(el).getPropertyValue('--lc-color-primary').trim()).to.match(
            /^#[0-9a-f]{6}$/,
          );
          await expect(el).to.be.accessible();
        }
      } finally {
        link.remove();
      }
    });
  });
}
