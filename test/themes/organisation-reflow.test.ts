// WCAG 2.1 1.4.10 Reflow for the administrator's page: at 320 CSS pixels wide the
// overview and the settings read without scrolling sideways, and no figure beside a
// bar is cut, in both languages and both themes.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '@kollegalaering/components/organisation/define.js';
import type { OrganisationSettings } from '@kollegalaering/core/organisation';
import { SAMPLE_OVERVIEW } from '../../packages/components/src/organisation/sample-overview.js';
import { settled } from '../../packages/components/src/test-support/dom.js';
import { overflowing } from './overflowing.js';
import { withTheme } from './with-theme.js';

const SETTINGS: OrganisationSettings = {
  sections: {
    process: {
      mode: 'formal',
      themes: [{ da: 'Velfærdsteknologi', en: 'Welfare technology' }],
      introduction: { text: { da: 'Velkommen til ordningen.' } },
    },
    retention: { monthsAfterCompletion: 24 },
  },
  supervisors: [{ name: 'Lone Dahl', email: 'lone.dahl@soeby.dk' }],
  links: [{ label: { da: 'Slides fra mødet' }, url: 'https://intra.soeby.dk/slides' }],
  presetGoals: { Velfærdsteknologi: ['Kende de digitale arbejdsgange'] },
};

/** More departments than fit side by side: the matrix the demo's seed gives, and then some. */
const DEPARTMENTS = ['Hjemmeplejen', 'IT', 'Skoleområdet', 'Borgerservice', 'Jobcentret'];
const OVERVIEW = {
  ...SAMPLE_OVERVIEW,
  departments: DEPARTMENTS.flatMap((from, i) =>
    DEPARTMENTS.map((to, j) => ({ from, to, count: (i + j) % 3 === 0 ? 12 : null })),
  ),
};

/** The bars not drawn, and the figures beside them not shown whole: cut by their box, or past the chart's edge. */
function cutFigures(el: Element): string[] {
  const chartsRight = Math.min(el.getBoundingClientRect().right, 320);
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.bars .bar')).flatMap((bar) => {
    const figure = bar.querySelector<HTMLElement>('.figure');
    if (!figure) return [`no figure in "${bar.textContent?.trim()}"`];
    // The bar itself is drawn: an SVG rectangle with a width (an HTML <rect> shows nothing).
    const rect = bar.querySelector('rect');
    if (!(rect instanceof SVGRectElement) || rect.getBoundingClientRect().width === 0) {
      return [`no bar beside "${figure.textContent?.trim()}"`];
    }
    const box = figure.getBoundingClientRect();
    const cut =
      figure.scrollWidth > figure.clientWidth + 0.5 ||
      box.width === 0 ||
      box.right > chartsRight + 0.5 ||
      box.right > bar.getBoundingClientRect().right + 0.5;
    return cut ? [`${figure.textContent?.trim()} (${Math.round(box.right)}px)`] : [];
  });
}

/**
 * Renders an element in each language with a theme loaded, every chart's table opened, and
 * checks that the page at 320 px does not scroll sideways; then `check`, for what else it must show.
 */
async function inEachLanguage(
  theme: string,
  render: (lang: string) => TemplateResult,
  check: (el: Element, lang: string) => void = () => {},
) {
  const link = await withTheme(theme);
  try {
    for (const lang of ['da', 'en']) {
      const el = await fixture(render(lang));
      await settled(el);
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await new Promise(requestAnimationFrame);
      expect(document.documentElement.scrollWidth, `page width (${lang})`).to.be.at.most(320);
      expect(overflowing(document, 320, '.scroll'), lang).to.deep.equal([]);
      check(el, lang);
    }
  } finally {
    link.remove();
  }
}

for (const theme of ['default.css', 'dkfds.css']) {
  describe(`the organisation's elements at 320 CSS px with ${theme}`, () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('show the overview without sideways scrolling and every bar and figure whole, in both languages', () =>
      inEachLanguage(
        theme,
        (lang) =>
          html`<organisation-overview lang=${lang} .overview=${OVERVIEW}></organisation-overview>`,
        (el, lang) => {
          expect(el.shadowRoot!.querySelectorAll('.bars .figure').length).to.be.above(20);
          expect(cutFigures(el), lang).to.deep.equal([]);
        },
      ));

    it('show the settings without sideways scrolling, in both languages', () =>
      inEachLanguage(
        theme,
        (lang) =>
          html`<organisation-settings
            lang=${lang}
            .settings=${SETTINGS}
            version="3"
          ></organisation-settings>`,
      ));
  });
}

describe('the department matrix at 320 CSS px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('scrolls, where it is wider than the page, in a box of its own that the keyboard reaches and its caption names', async () => {
    const el = await fixture(
      html`<organisation-overview lang="da" .overview=${OVERVIEW}></organisation-overview>`,
    );
    await settled(el);
    await expect(el).to.be.accessible();
    const box = el.shadowRoot!.querySelector<HTMLElement>('.matrix')!.parentElement!;
    expect(box.getAttribute('role')).to.equal('group');
    expect(box.tabIndex).to.equal(0);
    const caption = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!);
    expect(caption?.textContent?.trim()).to.equal('Hvilke afdelinger lærer af hvilke');
    expect(box.scrollWidth, 'the matrix is wider than the page').to.be.above(320);
    expect(box.getBoundingClientRect().right).to.be.at.most(320);
  });
});
