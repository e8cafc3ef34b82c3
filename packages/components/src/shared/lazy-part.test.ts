import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { LazyPart } from './lazy-part.js';

let answer: () => Promise<string> = () => Promise.reject(new Error('offline'));

/** A host that shows its part, or says it could not be fetched. */
class PartHost extends LitElement {
  readonly lazy = new LazyPart(this, () => answer(), true);
  override render() {
    return html`${this.lazy.value ?? (this.lazy.failed ? 'could not load' : '')}`;
  }
}
customElements.define('lazy-part-host', PartHost);

describe('LazyPart', () => {
  it('says when the part could not be fetched, and fetches it again when connected again', async () => {
    answer = () => Promise.reject(new Error('offline'));
    const host = await fixture<PartHost>(testHtml`<lazy-part-host></lazy-part-host>`);
    await host.lazy.ready;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.contain('could not load');

    answer = () => Promise.resolve('the part');
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    await host.lazy.ready;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.contain('the part');
  });
});
