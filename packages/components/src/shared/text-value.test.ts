import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { caretAfterChange, textValue } from './text-value.js';

describe('textValue: a colleague’s words arrive while the person types', () => {
  it('keeps the caret beside the words it was beside', () => {
    // Typing at the start while a colleague's words are added at the end.
    expect(caretAfterChange('mette-01 Purpose', 'mette-01 Purpose jonas-01', 9)).to.equal(9);
    // Typing at the end while a colleague's words are added at the start.
    expect(caretAfterChange('Purpose jonas-01', 'mette-01 Purpose jonas-01', 16)).to.equal(25);
    // The caret inside what changed goes after the new text.
    expect(caretAfterChange('a bc d', 'a XYZ d', 3)).to.equal(5);
  });

  it('in a focused textarea: the next keystroke lands where the person was typing', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const show = (text: string) =>
      render(html`<textarea aria-label="Formål" .value=${textValue(text)}></textarea>`, host);
    show('Purpose');
    const area = host.querySelector('textarea')!;
    await expect(host).to.be.accessible();
    area.focus();
    area.setSelectionRange(0, 0);
    area.setRangeText('mette ', 0, 0, 'end');
    show('mette Purpose jonas');
    expect(area.value).to.equal('mette Purpose jonas');
    expect(area.selectionStart).to.equal(6);
    // What the control holds already is not written again (the caret is left alone).
    area.setSelectionRange(2, 2);
    show('mette Purpose jonas');
    expect(area.selectionStart).to.equal(2);
  });
});
