import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bothTexts, settleText } from './merge-text.js';

const X = 'Vi vil lære af hinanden om samarbejde ';

test('“use my text” puts the person’s change where both changed the same letters, and keeps every other word', () => {
  // Rewritten by both: the person's rewrite stands; words the colleague wrote on after it stay.
  assert.equal(
    settleText('about care', 'about home care', 'about job centres', 'mine'),
    'about job centres',
  );
  assert.equal(
    settleText('about care', 'about home care and more', 'about job centres', 'mine'),
    'about job centres and more',
  );
  assert.equal(
    settleText('we samarbejde', 'we samarbejder', 'we samarbejdet', 'mine'),
    'we samarbejdet',
  );
  // The colleague wrote on after the person's text was held apart: those words stay.
  assert.equal(
    settleText('We learn. Then', 'We teach. Then more by them', 'We study. Then', 'mine'),
    'We study. Then more by them',
  );
  // The outside tester's case: Mette typed on from Jonas's half word "jo" and wrote on;
  // Jonas chose his text. His word stands, every word Mette wrote after it stays.
  assert.equal(
    settleText(`${X}jo`, `${X}jomette01 mette02 mette03  jonas02`, `${X}jonas01`, 'mine'),
    `${X}jonas01 mette02 mette03  jonas02`,
  );
});

test('“keep both” keeps every word of both texts, the words they share once', () => {
  assert.equal(
    settleText(`${X}jo`, `${X}jonas01 jona`, `${X}jonas01 joe`, 'both'),
    `${X}jonas01 jona joe`,
  );
  assert.equal(
    settleText('about care', 'about home care', 'about job centres', 'both'),
    'about home care job centres',
  );
  // A word both finished in their own way: each way.
  assert.equal(
    settleText('we samarbejde', 'we samarbejder', 'we samarbejdet', 'both'),
    'we samarbejder samarbejdet',
  );
  assert.equal(
    settleText(`${X}jo`, `${X}jomette01 mette02`, `${X}jonas01`, 'both'),
    `${X}jomette01 mette02 jonas01`,
  );
  // A word one removed and the other rewrote stays as rewritten.
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
