import { expect } from '@open-wc/testing';
import { createEmptyContract } from '@kollegalaering/core';
import { typedOnShown, withConflict } from './rebase-part.js';

const withPurpose = (purpose: string) => ({ ...createEmptyContract({ id: 'typed' }), purpose });

// A keystroke in a control the screen had not redrawn since a colleague's
// words were merged into its field: the control's value lacks their words.
describe('typedOnShown', () => {
  it('puts the keystroke onto the colleague’s words instead of over them', () => {
    const shown = withPurpose('Vi lærer jonasOrd');
    const typed = typedOnShown(
      shown,
      { op: 'set', path: ['purpose'], value: 'Vi lærer m' },
      'Vi lærer',
    );
    expect(typed).to.deep.equal({
      // Mette's " m" where she typed it, Jonas's word after it, where he goes on typing.
      edit: { op: 'set', path: ['purpose'], value: 'Vi lærer m jonasOrd' },
    });
  });

  it('leaves the edit as it is where the screen showed what the field holds', () => {
    const edit = { op: 'set', path: ['purpose'], value: 'Vi lærer m' } as const;
    expect(typedOnShown(withPurpose('Vi lærer'), edit, 'Vi lærer')).to.deep.equal({ edit });
  });

  it('keeps each one’s word whole where both went on with one word, the person typing on at the end of theirs', () => {
    // A fresh tester's case: a box popping up here sent the next letters after the colleague's word.
    const shown = withPurpose('Vi lærer samtidig');
    const edit = { op: 'set', path: ['purpose'], value: 'Vi lærer sammen om' } as const;
    expect(typedOnShown(shown, edit, 'Vi lærer sam')).to.deep.equal({
      edit: { ...edit, value: 'Vi lærer samtidig sammen om' },
    });
  });

  it('keeps both texts as a conflict where the person rewrote the words the colleague changed', () => {
    const shown = withPurpose('Vi lærer om hjemmepleje');
    const typed = typedOnShown(
      shown,
      { op: 'set', path: ['purpose'], value: 'Vi lærer om jobcentre' },
      'Vi lærer om pleje',
    );
    expect(typed).to.deep.equal({
      conflict: {
        path: ['purpose'],
        before: 'Vi lærer om pleje',
        theirs: 'Vi lærer om hjemmepleje',
        mine: 'Vi lærer om jobcentre',
      },
    });
  });
});

// The person's text held apart in a conflict is nowhere else: a second
// conflict at the field must not put it out of the box.
describe('withConflict', () => {
  const first = {
    path: ['purpose'],
    before: 'Vi lærer jo',
    theirs: 'Vi lærer jona',
    mine: 'Vi lærer jo m',
  };

  it('folds a new conflict at a field into the one held there, with the person’s words of both', () => {
    const next = {
      path: ['purpose'],
      before: 'Vi lærer jona',
      theirs: 'Vi lærer jonas01 jo',
      mine: 'Vi lærer jonae',
    };
    expect(withConflict([first], next)).to.deep.equal([{ ...next, mine: 'Vi lærer jonae m' }]);
  });

  it('keeps the person’s own words of the older box where the newer text has the colleague’s', () => {
    // An outside tester's case: Jonas's "klare" was held apart; the field showed Mette's
    // "korte", and Jonas's next change there ("hver dag") met Mette's "i teamet".
    const S = 'Vi vil lære at skrive';
    const older = {
      path: ['purpose'],
      before: `${S} gode notater sammen`,
      theirs: `${S} korte notater sammen`,
      mine: `${S} klare notater sammen`,
    };
    const next = {
      path: ['purpose'],
      before: `${S} korte notater sammen`,
      theirs: `${S} korte notater i teamet`,
      mine: `${S} korte notater hver dag`,
    };
    expect(withConflict([older], next)).to.deep.equal([
      { ...next, mine: `${S} klare notater hver dag` },
    ]);
  });

  it('keeps a conflict at another field beside it', () => {
    const other = { path: ['timeFrame'], before: 'maj', theirs: 'juni', mine: 'juli' };
    expect(withConflict([first], other)).to.deep.equal([first, other]);
  });
});
