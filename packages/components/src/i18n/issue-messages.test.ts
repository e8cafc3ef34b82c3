// Every issue core can give reaches people as a sentence, in Danish and in
// English, and never as its code ("(learning-not-ended)"): codes are for
// developers, and nobody can act on one.
import { ISSUE_CODES, issue } from '@kollegalaering/core';
import { expect } from '@open-wc/testing';
import { issueMessage } from './issue-messages.js';
import { setRenderingLocale } from './msg.js';

const names = { a: 'Mette Larsen', b: 'Jonas Holm' };
const params = { party: 'b', end: '2026-09-30', number: 2 };

describe('issueMessage', () => {
  afterEach(() => setRenderingLocale('da'));

  for (const locale of ['da', 'en'] as const) {
    it(`says every code core has as a sentence, never as the code (${locale})`, () => {
      setRenderingLocale(locale);
      for (const code of ISSUE_CODES) {
        for (const field of ['Slutdato', undefined]) {
          const text = issueMessage(issue(['plan'], code, params), field, names, locale);
          expect(text, code).to.match(/\p{L}{2}/u);
          expect(text, code).not.to.contain(code);
          expect(text, code).not.to.match(/undefined|NaN|Invalid Date|\$\{/);
        }
      }
    });
  }

  it('says when the evaluation starts: on the learning’s last day', () => {
    const waiting = issue(['plan', 'timeFrame', 'end'], 'learning-not-ended', {
      end: '2026-09-30',
    });
    setRenderingLocale('da');
    expect(issueMessage(waiting, 'Slutdato', names, 'da')).to.equal(
      'Evalueringen begynder, når læringen slutter den 30. september 2026.',
    );
    setRenderingLocale('en');
    expect(issueMessage(waiting, 'End date', names, 'en')).to.equal(
      'The evaluation starts when the learning ends on September 30, 2026.',
    );
  });
});
