import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from './define-element.js';

/** What console.warn was given while `action` ran and its microtasks settled. */
async function warningsDuring(action: () => void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    action();
    await Promise.resolve();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement with two copies of the library on one page', () => {
  it('keeps the first definition and warns once, naming both versions and every tag', async () => {
    class FirstCopy extends HTMLElement {}
    class SecondCopyA extends HTMLElement {}
    class SecondCopyB extends HTMLElement {}
    defineElement('lc-test-first', FirstCopy);
    defineElement('lc-test-other', class extends HTMLElement {});
    // An older copy registered these: the mark is what it would have left.
    (FirstCopy as unknown as Record<symbol, string>)[Symbol.for('kollegalaering.version')] =
      '0.9.0';

    const warnings = await warningsDuring(() => {
      defineElement('lc-test-first', SecondCopyA);
      defineElement('lc-test-other', SecondCopyB);
    });

    expect(customElements.get('lc-test-first')).to.equal(FirstCopy);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`Kollegalæring ${VERSION}`);
    expect(warnings[0]).to.contain('Kollegalæring 0.9.0');
    expect(warnings[0]).to.contain('<lc-test-first>, <lc-test-other>');
  });

  it('says so when the tag belongs to another script', async () => {
    customElements.define('lc-test-foreign', class extends HTMLElement {});
    const warnings = await warningsDuring(() =>
      defineElement('lc-test-foreign', class extends HTMLElement {}),
    );
    expect(warnings).to.deep.equal([
      `Kollegalæring ${VERSION}: <lc-test-foreign> already defined by another script, which stays in use. Load the library once per page.`,
    ]);
  });

  it('is silent when the same copy registers again', async () => {
    class Once extends HTMLElement {}
    defineElement('lc-test-once', Once);
    expect(await warningsDuring(() => defineElement('lc-test-once', Once))).to.deep.equal([]);
  });
});
