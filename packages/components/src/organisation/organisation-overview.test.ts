import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import { settled, text } from '../test-support/dom.js';
import type { OrganisationOverviewElement } from './organisation-overview.js';
import { SAMPLE_OVERVIEW } from './sample-overview.js';

async function overview(lang: string) {
  const el = await fixture<OrganisationOverviewElement>(
    html`<organisation-overview lang=${lang} .overview=${SAMPLE_OVERVIEW}></organisation-overview>`,
  );
  await settled(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;

describe('<organisation-overview>', () => {
  it('passes an axe check in Danish and in English', async () => {
    await expect(await overview('da')).to.be.accessible();
    await expect(await overview('en')).to.be.accessible();
  });

  it('has a table with the same figures for every chart, and shows a missing figure as "under 5"', async () => {
    const el = await overview('en');
    const tables = root(el).querySelectorAll('table');
    expect(tables.length).to.equal(6);
    const steps = Array.from(tables[0]!.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => text(cell)),
    );
    expect(steps[1]).to.deep.equal(['Agreement', '8']);
    expect(steps[0]).to.deep.equal(['Introduction', 'under 5']);
    const matrix = Array.from(tables[5]!.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => text(cell)),
    );
    expect(matrix).to.deep.equal([
      ['Hjemmeplejen', '9', 'under 5'],
      ['IT', 'under 5', '6'],
    ]);
  });

  it('speaks Danish by default, and the charts are hidden from screen readers beside their tables', async () => {
    const el = await overview('da');
    expect(text(root(el).querySelector('h2'))).to.equal('Ordningen i tal');
    expect(text(root(el).querySelector('tbody td'))).to.equal('under 5');
    for (const chart of Array.from(root(el).querySelectorAll('.bars'))) {
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
    }
    // Bars drawn with inline styles would be refused under a strict Content-Security-Policy.
    expect(root(el).querySelectorAll('[style]').length).to.equal(0);
  });

  it('offers each chart as a CSV file with the same figures', async () => {
    const el = await overview('en');
    let offered = '';
    const click = (event: Event) => {
      const link = event.target;
      if (!(link instanceof HTMLAnchorElement)) return;
      offered = decodeURIComponent(link.href.replace(/^data:text\/csv;charset=utf-8,/, ''));
      expect(link.download).to.equal('kontrakter-pr-trin.csv');
      event.preventDefault();
    };
    document.addEventListener('click', click, true);
    try {
      root(el).querySelector<HTMLButtonElement>('section button')!.click();
    } finally {
      document.removeEventListener('click', click, true);
    }
    const csv = offered;
    expect(csv).to.contain('Step,Contracts\r\n');
    expect(csv).to.contain('Agreement,8\r\n');
    expect(csv).to.contain('Introduction,under 5\r\n');
  });

  it('says so when the server refuses a person who is not an administrator', async () => {
    const original = window.fetch.bind(window);
    window.fetch = () => Promise.resolve(new Response('{"code":"forbidden"}', { status: 403 }));
    try {
      const el = await fixture<OrganisationOverviewElement>(
        html`<organisation-overview lang="en" endpoint="/api"></organisation-overview>`,
      );
      await el.load();
      await settled(el);
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Only the organisation');
    } finally {
      window.fetch = original;
    }
  });
});
