import { expect } from '@open-wc/testing';
import { setRenderingLocale } from './msg.js';
import { namesJoined } from './names-joined.js';

describe('namesJoined', () => {
  afterEach(() => setRenderingLocale('da'));

  it('joins names as a Danish sentence does', () => {
    setRenderingLocale('da');
    expect(namesJoined([], 'or')).to.equal('');
    expect(namesJoined(['Mette Larsen'], 'or')).to.equal('Mette Larsen');
    expect(namesJoined(['Mette Larsen', 'Jonas Holm'], 'or')).to.equal(
      'Mette Larsen eller Jonas Holm',
    );
    expect(namesJoined(['Mette Larsen', 'Jonas Holm', 'supervisoren'], 'and')).to.equal(
      'Mette Larsen, Jonas Holm og supervisoren',
    );
  });

  it('and as an English one does', () => {
    setRenderingLocale('en');
    expect(namesJoined(['Mette Larsen', 'Jonas Holm', 'the supervisor'], 'or')).to.equal(
      'Mette Larsen, Jonas Holm or the supervisor',
    );
    expect(namesJoined(['Mette Larsen', 'Jonas Holm'], 'and')).to.equal(
      'Mette Larsen and Jonas Holm',
    );
  });
});
