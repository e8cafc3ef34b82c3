// A host page that configures @lit/localize for its own messages must keep
// working, and so must our elements beside it.
import { configureLocalization, msg } from '@lit/localize';
import { expect, fixture, html } from '@open-wc/testing';
import '@kollegalaering/components/define.js';
import type { LearningContractElement } from '@kollegalaering/components';

const { setLocale, getLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: () => Promise.resolve({ templates: { 'host.greeting': 'Willkommen im Intranet' } }),
});

async function settle(el: LearningContractElement) {
  for (
    let i = 0;
    i < 100 && !el.shadowRoot?.querySelector('contract-form')?.shadowRoot?.querySelector('label');
    i++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a host page with its own @lit/localize', () => {
  it('keeps its own translations, and our elements keep theirs', async () => {
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    expect(msg('Welcome to the intranet', { id: 'host.greeting' })).to.equal(
      'Willkommen im Intranet',
    );

    const da = await fixture<LearningContractElement>(
      html`<learning-contract storage="memory" lang="da"></learning-contract>`,
    );
    const en = await fixture<LearningContractElement>(
      html`<learning-contract storage="memory" lang="en"></learning-contract>`,
    );
    await settle(da);
    await settle(en);
    expect(da.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Læringskontrakt');
    expect(en.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Learning contract');
    await expect(da).to.be.accessible();
    expect(msg('Welcome to the intranet', { id: 'host.greeting' })).to.equal(
      'Willkommen im Intranet',
    );
  });
});
