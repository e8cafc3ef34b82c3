import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bothTexts, settleText } from './merge-text.js';

const X = 'Vi vil lære af hinanden om samarbejde ';

test('“use my text” puts the person’s words where both changed the same words, and keeps the colleague’s elsewhere', () => {
  assert.equal(
    settleText('about care', 'about home care', 'about job centres', 'mine'),
    'about job centres',
  );
  // The colleague wrote on at the end after the person's text was held apart: those words stay.
  assert.equal(
    settleText('We learn. Then', 'We teach. Then more by them', 'We study. Then', 'mine'),
    'We study. Then more by them',
  );
});

test('“keep both” keeps every word of both texts, the words they share once', () => {
  // The outside tester's case: both went on with the colleague's half word "jo".
  assert.equal(
    settleText(`${X}jo`, `${X}jonas01 jona`, `${X}jonas01 joe`, 'both'),
    `${X}jonas01 jona joe`,
  );
  assert.equal(
    settleText('about care', 'about home care', 'about job centres', 'both'),
    'about home care job centres',
  );
  // A word one removed and the other kept stays.
  assert.equal(settleText('a b c', 'a c', 'a x c', 'both'), 'a x c');
});

test('where the two texts can be put together after all, both settle to that text', () => {
  for (const keep of ['mine', 'both'] as const) {
    assert.equal(settleText('A B', 'A B jonas', 'mette A B', keep), 'mette A B jonas');
    assert.equal(settleText('same', 'same', 'same', keep), 'same');
  }
});

test('both texts with nothing known of what they were made from: shared words once', () => {
  assert.equal(bothTexts('The saved purpose', 'The page’s purpose'), 'The saved page’s purpose');
  assert.equal(bothTexts('', 'mine only'), 'mine only');
  assert.equal(bothTexts('same words', 'same words'), 'same words');
});
