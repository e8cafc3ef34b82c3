// What a host and a person get from the elements' surface, as in the model
// codebases: parts reachable through <learning-contract>, fields that show
// what the contract holds, keyed list items, and autocomplete for one's own details.
import { MAX_TEXT_LENGTH } from '@kollegalaering/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import type { ContractErrorEvent } from '../events.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, settled } from '../test-support/dom.js';
import { shownContract } from '../test-support/shown-contract.js';
import type { ContractFormElement } from './contract-form.js';

describe('the elements’ surface', () => {
  it('a refused edit leaves the field showing what the contract holds', async () => {
    const contract = filledAgreement();
    const el = await fixture<ContractFormElement>(
      html`<contract-form perspective="party-a" .contract=${contract}></contract-form>`,
    );
    await settled(el);
    const purpose = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-purpose')!;
    const refused = oneEvent<ContractErrorEvent>(el, 'contract-error');
    // Past the cap, which maxlength stops at the keyboard but not a script or an old browser.
    purpose.value = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    purpose.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect((await refused).detail.code).to.equal('edit-refused');
    expect(purpose.value).to.equal(contract.purpose);
    expect(el.contract?.purpose).to.equal(contract.purpose);
  });

  it('offers autocomplete for the person’s own name, email and job, and not for anyone else’s', async () => {
    const el = await shownContract(filledAgreement(), 'party-a', 'en');
    expect(deep(el, '#f-parties-a-name').getAttribute('autocomplete')).to.equal('name');
    expect(deep(el, '#f-parties-a-email').getAttribute('autocomplete')).to.equal('email');
    expect(deep(el, '#f-parties-a-position').getAttribute('autocomplete')).to.equal(
      'organization-title',
    );
    expect(deep(el, '#f-parties-b-name').hasAttribute('autocomplete')).to.equal(false);
    expect(deep(el, '#f-leaders-a-name').hasAttribute('autocomplete')).to.equal(false);
  });

  it('keeps each list item’s fields with the item when one before it is removed', async () => {
    const contract = filledAgreement();
    const goals = [
      { id: 'g1', text: 'Første', subGoals: [], preset: false },
      { id: 'g2', text: 'Andet', subGoals: [], preset: false },
    ];
    const el = await shownContract(
      { ...contract, goals: { ...contract.goals, a: goals } },
      'party-a',
    );
    const second = deep(el, '#f-goals-a-1-text');
    deep<HTMLButtonElement>(el, 'button[data-item-id="g1"]').click();
    await settled(el);
    expect(deep(el, '#f-goals-a-0-text')).to.equal(second, 'the same field, moved with its goal');
    expect(second.value).to.equal('Andet');
  });

  it('lets a host style the steps, the error summary and the progress through <learning-contract>', async () => {
    const style = document.createElement('style');
    style.textContent = `learning-contract::part(steps) { outline: 3px solid rgb(200, 0, 0); }`;
    document.head.append(style);
    try {
      const el = await shownContract(filledAgreement(), 'party-a', 'en');
      const steps = deep(el, 'process-tracker').shadowRoot!.querySelector('[part="list"]')!;
      expect(getComputedStyle(steps).outlineColor).to.equal('rgb(200, 0, 0)');
      const form = deep(el, 'contract-form');
      expect(form.getAttribute('exportparts')).to.contain('error-summary');
    } finally {
      style.remove();
    }
  });
});
