// WCAG 2.1 1.4.10 Reflow: at 320 CSS pixels wide (a phone, or 400 % zoom on a
// laptop) the whole contract reads without scrolling sideways, in both themes.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@kollegalaering/components/define.js';
import type { LearningContractElement } from '@kollegalaering/components';
import { filledContract } from '@kollegalaering/core/testing';
import { overflowing } from './overflowing.js';
import { withTheme } from './with-theme.js';

for (const theme of ['default.css', 'dkfds.css']) {
  describe(`reflow at 320 CSS px with ${theme}`, () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('shows a long, filled contract without sideways scrolling, in both languages', async () => {
      const link = await withTheme(theme);
      try {
        for (const lang of ['da', 'en']) {
          const el = await fixture<LearningContractElement>(
            html`<learning-contract
              storage="memory"
              lang=${lang}
              .contract=${filledContract()}
            ></learning-contract>`,
          );
          await el.updateComplete;
          await new Promise(requestAnimationFrame);
          expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
          expect(overflowing(document, 320)).to.deep.equal([]);
        }
      } finally {
        link.remove();
      }
    });
  });
}
