// The CDN file has no English in its code: pages in English fetch
// src/locales/en.ts, written from the XLIFF by scripts/english-dictionary.mjs.
// Here the elements render each screen from the English in the code, then
// again from that dictionary, and must read the same, word for word.
import { createEmptyContract, type LearningContract } from '@kollegalaering/core';
import { contractAt } from '@kollegalaering/core/testing';
import { expect } from '@open-wc/testing';
import { templates } from '../locales/en.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deepQueryAll, settled } from '../test-support/dom.js';
import { shownContract } from '../test-support/shown-contract.js';
import { addTemplates } from './msg.js';

/** Every text a person can read or hear: text, and the labels and hints in attributes. */
function everythingSaid(root: Element): string[] {
  const said: string[] = [];
  for (const element of [root, ...deepQueryAll(root, '*')]) {
    for (const name of ['aria-label', 'title', 'placeholder', 'value']) {
      const value = element.getAttribute(name);
      if (value) said.push(`${element.localName}[${name}]: ${value}`);
    }
    const scope = element.shadowRoot ?? element;
    for (const node of Array.from(scope.childNodes)) {
      const text = node.nodeType === Node.TEXT_NODE ? node.textContent!.trim() : '';
      if (text) said.push(text);
    }
  }
  return said;
}

const screens: [string, LearningContract, string][] = [
  ['a new contract', createEmptyContract({ id: 'new' }), 'party-a'],
  ['an agreement, as a party', filledAgreement(), 'party-a'],
  ['an agreement, as a leader', filledAgreement(), 'leader-b'],
  ['the learning', contractAt('learning'), 'party-b'],
  ['the closing conversation', contractAt('closing'), 'leader-a'],
  ['a completed contract', contractAt('completed'), 'supervisor'],
];

describe('the English dictionary of the CDN file', () => {
  it('has the English of the code, value for value, on every screen', async () => {
    const shown = [];
    for (const [, contract, perspective] of screens) {
      const el = await shownContract(contract, perspective, 'en');
      shown.push({ el, fromTheCode: everythingSaid(el) });
    }

    addTemplates('en', templates);
    for (const { el } of shown) el.setAttribute('lang', 'en-GB');
    for (const [index, { el, fromTheCode }] of shown.entries()) {
      await settled(el);
      expect(everythingSaid(el), screens[index]![0]).to.deep.equal(fromTheCode);
      expect(fromTheCode.length, 'the screen says something').to.be.greaterThan(20);
    }
  });
});
