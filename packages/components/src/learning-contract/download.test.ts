import { expect } from '@open-wc/testing';
import { filledAgreement } from '../test-support/contracts.js';
import { shownContract } from '../test-support/shown-contract.js';
import { copyFileName } from './download.js';

describe('a downloaded copy', () => {
  it('is named by the contract, whose copy it is and the day', () => {
    const day = new Date('2026-12-01T10:00:00Z');
    expect(copyFileName('k1', 'Mette Larsen', day)).to.equal(
      'laeringskontrakt-k1-mette-larsen-2026-12-01.json',
    );
    expect(copyFileName('k1', 'Søren Ågård', day)).to.equal(
      'laeringskontrakt-k1-soeren-aagaard-2026-12-01.json',
    );
    expect(copyFileName('', '', day)).to.equal('laeringskontrakt-ny-2026-12-01.json');
  });

  it('from the element carries the person’s name, and their copy holds every signature', async () => {
    const el = await shownContract(filledAgreement(), 'party-b', 'da');
    let fileName = '';
    // The link is clicked inside the page's body: hear the click, and stop the download.
    const listener = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      fileName = link.download;
      event.preventDefault();
    };
    document.body.addEventListener('click', listener);
    try {
      await el.download();
    } finally {
      document.body.removeEventListener('click', listener);
    }
    expect(fileName).to.match(/^laeringskontrakt-ny-jonas-holm-\d{4}-\d{2}-\d{2}\.json$/);
    const copy = el.exportContract() as { approvals: unknown; privateNotes: { a?: string } };
    expect(copy.approvals).to.deep.equal(filledAgreement().approvals);
    expect(copy.privateNotes.a, 'never the other party’s notes').to.equal(undefined);
  });
});
