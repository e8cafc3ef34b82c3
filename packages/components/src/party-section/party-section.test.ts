import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import type { ContractChangeEvent } from '../events.js';
import { filledAgreement } from '../test-support/contracts.js';
import { settled, text, type } from '../test-support/dom.js';
import type { PartySectionElement } from './party-section.js';

async function section(party: 'a' | 'b', lang = 'da', perspective = `party-${party}`) {
  const el = await fixture<PartySectionElement>(
    html`<party-section
      party=${party}
      lang=${lang}
      perspective=${perspective}
      .contract=${filledAgreement()}
    ></party-section>`,
  );
  await settled(el);
  return el;
}

describe('<party-section>', () => {
  it('passes an axe check in both languages', async () => {
    await expect(await section('a')).to.be.accessible();
    await expect(await section('b', 'en')).to.be.accessible();
  });

  it('shows one party’s identity, goals and leader, and nothing of the other party', async () => {
    const el = await section('b', 'en');
    expect(
      Array.from(el.shadowRoot!.querySelectorAll('fieldset.group > legend'), text),
    ).to.deep.equal(['Party B', 'Your goals', 'Your leader']);
    expect(el.shadowRoot!.querySelector('#f-parties-a-name')).to.equal(null);
  });

  it('on its own, applies an edit through core and fires contract-change', async () => {
    const el = await section('b');
    const changed = oneEvent<ContractChangeEvent>(el, 'contract-change');
    type(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-goals-b-0-text')!, 'Nyt mål');
    expect((await changed).detail.contract.goals.b[0]?.text).to.equal('Nyt mål');
    expect(el.contract?.goals.b[0]?.text).to.equal('Nyt mål');
  });

  it('lets party A read, but not change, party B’s goals', async () => {
    const el = await section('b', 'da', 'party-a');
    expect(
      el.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-goals-b-0-text')!.readOnly,
    ).to.equal(true);
    expect(el.shadowRoot!.querySelector('#add-goals-b')).to.equal(null);
  });
});
