import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { caretAfterChange, caretOfFocused } from './caret-after-change.js';
import { caretRule, textValue } from './text-value.js';
import { noteTyping } from './typed-caret.js';

describe('textValue: a colleague’s words arrive while the person types', () => {
  // The part that merges a colleague's change sets this rule as it loads.
  beforeEach(() => (caretRule.after = caretAfterChange));

  it('keeps the caret beside the words it was beside', () => {
    // Typing at the start while a colleague's words are added at the end.
    expect(caretAfterChange('mette-01 Purpose', 'mette-01 Purpose jonas-01', 9)).to.equal(9);
    // Typing at the end while a colleague's words are added at the start.
    expect(caretAfterChange('Purpose jonas-01', 'mette-01 Purpose jonas-01', 16)).to.equal(25);
    // The caret inside what changed goes after the new text.
    expect(caretAfterChange('a bc d', 'a XYZ d', 3)).to.equal(5);
  });

  it('stays after what was typed where words came in both before and after it', () => {
    // Jonas typed "j1" at the end; Mette's words came in at the start and behind his.
    const old = 'Vi lærer m1 j1w1 j1w2 j1w3 j1';
    const next = 'Vi lærer m1w1 m1w2 j1w1 j1w2 j1w3 j1 m1w3 m1w4';
    expect(next.slice(0, caretAfterChange(old, next, old.length))).to.equal(
      'Vi lærer m1w1 m1w2 j1w1 j1w2 j1w3 j1',
    );
    // Mette's half word just before his finished meanwhile.
    const older = 'Vi m7w2 m7 j7w2 j7';
    const newer = 'Vi m7w2 m7w3 j7w2 j7 m7w4';
    expect(newer.slice(0, caretAfterChange(older, newer, older.length))).to.equal(
      'Vi m7w2 m7w3 j7w2 j7',
    );
    // The same last letter by chance ("6") is not where the caret was.
    const half = 'Vi m6 j6w1 j6w3 j6';
    const both = 'Vi m6w1 j6w1 j6w3 j6 m6w3 m6';
    expect(both.slice(0, caretAfterChange(half, both, half.length))).to.equal(
      'Vi m6w1 j6w1 j6w3 j6',
    );
    // A word finished with a space, and the colleague's word came in right there: before it,
    // where the colleague goes on typing after it.
    expect(caretAfterChange('Vi m1w4 ', 'Vi m1w4 m1 ', 8)).to.equal(8);
    // The first letter of a word, and the colleague's word came in before it: after the letter.
    expect(caretAfterChange('Vi m1w4 j', 'Vi m1w4 m1 j', 9)).to.equal(12);
    // Mid-word: the person's word goes on before the colleague's.
    expect(caretAfterChange('Vi m1w4 j', 'Vi m1w4 j m1', 9)).to.equal(9);
    // Behind the caret all is as it was: it stays there, whatever short text repeats before it.
    const typing = 'm1w5 m1w6 j1w5 m1';
    const merged = 'm1w5 m1w6 j1w5 j1w6 j1 m1';
    expect(caretAfterChange(typing, merged, typing.length)).to.equal(merged.length);
    // A short text typed just before the caret ("1 m") that is found earlier on too: not there.
    const mine = 'Vi j1w1 m1w1 m1w3 j1 m';
    const words = 'Vi j1w1 m1w1 m1w3 j1w4 j1w5 m';
    expect(caretAfterChange(mine, words, mine.length)).to.equal(words.length);
    // Half words typed before the text by both: after the person's own.
    expect(caretAfterChange('m1wVi lærer', 'j1w1 m1wVi lærer', 3)).to.equal(8);
    // A word finished with a space, and the colleague's half word came in right there and
    // elsewhere: before it, where Jonas goes on typing, not glued onto it.
    const finished = 'Vi j6 m6w3 m6w4 ';
    const behind = 'Vi j6w1 j6w3 m6w3 m6w4  j6w4 j6';
    expect(behind.slice(0, caretAfterChange(finished, behind, finished.length))).to.equal(
      'Vi j6w1 j6w3 m6w3 m6w4 ',
    );
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

  it('a word the colleague adds right at the caret: after it where the person typed, before it where they clicked', async () => {
    noteTyping();
    caretRule.after = caretOfFocused;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const show = (text: string) =>
      render(html`<textarea aria-label="Formål" .value=${textValue(text)}></textarea>`, host);
    show('Vi m1w5');
    const area = host.querySelector('textarea')!;
    area.focus();
    area.setSelectionRange(7, 7);
    // Mette types a space; Jonas's word comes in right there: she goes on in front of it.
    await sendKeys({ type: ' ' });
    show('Vi m1w5  j1');
    expect(area.selectionStart).to.equal(8);
    await sendKeys({ type: 'm1w6' });
    expect(area.value).to.equal('Vi m1w5 m1w6 j1');
    // She clicks at the end; Jonas's next word comes in there before she types: she writes
    // after it, as if she had clicked a moment later.
    area.setSelectionRange(area.value.length, area.value.length);
    show('Vi m1w5 m1w6 j1 j2');
    expect(area.selectionStart).to.equal(area.value.length);
    await sendKeys({ type: ' m1w7' });
    expect(area.value).to.equal('Vi m1w5 m1w6 j1 j2 m1w7');
  });
});
