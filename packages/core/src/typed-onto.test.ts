import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeText } from './merge-text.js';
import { typedOnto } from './typed-onto.js';

// Two people typing at one place in a text at the same moment: each one's
// change is put beside the other's by place, mid-word included, where a merge
// by words sees two changes to one word.

test('a keystroke goes after the colleague’s words merged in before the word being typed', () => {
  assert.equal(typedOnto('X j', 'X mettePur008 j', 'X jo'), 'X mettePur008 jo');
});

test('where both added a word at one place, the colleague’s comes first', () => {
  assert.equal(
    typedOnto('Vi lærer', 'Vi lærer om borgere', 'Vi lærer sammen'),
    'Vi lærer om borgere sammen',
  );
  assert.equal(typedOnto('X ', 'X jonas', 'X mette'), 'X jonas mette');
});

test('a half-typed word goes on in front of a word the colleague added behind it', () => {
  // Mette's "metteP" was saved; Jonas added a word; Mette goes on typing hers.
  assert.equal(typedOnto('X metteP', 'X metteP jonasW', 'X mettePur0'), 'X mettePur0 jonasW');
  assert.equal(typedOnto('X metteP', 'X mettePur0', 'X metteP jonasW'), 'X mettePur0 jonasW');
  assert.equal(typedOnto('X m', 'X m jonas', 'X me'), 'X me jonas');
});

test('a word typed in front of the next one stays beside it, never glued to the other’s', () => {
  assert.equal(typedOnto('Vi', 'j1 Vi', 'm1Vi'), 'j1 m1Vi');
  assert.equal(typedOnto('Vi', 'j1Vi', 'm1 Vi'), 'm1 j1Vi');
});

test('changes at the start and at the end stay apart', () => {
  assert.equal(typedOnto('lærer', 'Vi lærer', 'lærer sammen'), 'Vi lærer sammen');
});

test('changes to the same words are left to the person', () => {
  // One word finished two ways: for the person to settle, not a glued word.
  assert.equal(typedOnto('Vi lærer sam', 'Vi lærer samtidig', 'Vi lærer sammen om'), undefined);
  assert.equal(typedOnto('X met', 'X mette', 'X metro'), undefined);
  assert.equal(typedOnto('Vi lærer', 'Vi lærer om', 'Vi lærer og'), 'Vi lærer om og');
  // A word rewritten beside a colleague's new word before it: theirs may belong to it.
  assert.equal(typedOnto('about care', 'about home care', 'about job centres'), undefined);
});

test('mergeText puts two people’s typing together at each place they met', () => {
  // Mette's half word goes on while Jonas added words behind it, and changed the start too.
  assert.equal(
    mergeText('m1 j1w1 j1', 'm1 j1w1 j1 m1w3', 'm1w1 m1w2 j1w1 j1'),
    'm1w1 m1w2 j1w1 j1 m1w3',
  );
  assert.equal(
    mergeText('Vi lærer j1 og m', 'Vi lærer j1w2 og m', 'Vi lærer j1 og mette'),
    'Vi lærer j1w2 og mette',
  );
  assert.equal(
    mergeText('Vi lærer m1w4 og', 'Start: Vi lærer m1w4 jonas og', 'Vi lærer m1w4w4 og'),
    'Start: Vi lærer m1w4w4 jonas og',
  );
  assert.equal(mergeText('Vi lærer sam', 'Vi lærer samtidig', 'Vi lærer sammen om'), undefined);
});

test('a colleague’s words on both sides of the word being typed', () => {
  // Jonas's words came in before and after Mette's "m8" while she went on typing it.
  assert.equal(
    mergeText('X j8w4 j8 m8', 'X j8w4 j8w5 j8w6 m8 j8w7 j8w8', 'X j8w4 j8 m8w5 m8w6 m8w7 m8w8'),
    'X j8w4 j8w5 j8w6 m8w5 m8w6 m8w7 m8w8 j8w7 j8w8',
  );
});
