// Storage faults as a person meets them, against the real localStorage of
// Chromium: each test shows that what the person typed is still there after.
import { DEFAULT_KEY_PREFIX, type LearningContract } from '@kollegalaering/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, deepQueryAll, settled, text, type, until } from '../test-support/dom.js';
import type { LearningContractElement } from './learning-contract.js';

let counter = 0;
const freshId = () => `storage-${Date.now()}-${counter++}`;
const keyOf = (id: string) => `${DEFAULT_KEY_PREFIX}${id}`;
const stored = (id: string) =>
  JSON.parse(localStorage.getItem(keyOf(id)) ?? 'null') as LearningContract | null;

async function open(id: string, lang = 'da') {
  const el = await fixture<LearningContractElement>(
    html`<learning-contract contract-id=${id} lang=${lang}></learning-contract>`,
  );
  await until(el, () => el.contract !== undefined || text(el.shadowRoot).includes('.'));
  await settled(el);
  return el;
}

const status = (el: Element) => text(el.shadowRoot!.querySelector('[role="status"]'));
const alertText = (el: Element) => text(el.shadowRoot!.querySelector('[role="alert"]'));
const choice = (el: Element) => el.shadowRoot!.querySelector('.choice');
/** The conflict at a field, inside the form's own shadow root. */
const conflictIn = (el: Element) => deepQueryAll(el, '[part="conflict"]')[0] ?? null;

/** Fills localStorage until it refuses even a short value, and says how to undo it. */
function fillStorage(): () => void {
  const keys: string[] = [];
  for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10]) {
    try {
      for (;;) {
        const key = `filler-${keys.length}`;
        localStorage.setItem(key, 'x'.repeat(size));
        keys.push(key);
      }
    } catch {
      // full at this size; go on with a smaller one
    }
  }
  return () => keys.forEach((key) => localStorage.removeItem(key));
}

describe('<learning-contract> storage faults', () => {
  afterEach(() => localStorage.clear());

  it('keeps unreadable stored data aside, says so, and never writes over the kept copy', async () => {
    const id = freshId();
    localStorage.setItem(keyOf(id), '{"schemaVersion":1, "purpose": "Mettes tekst…');
    const el = await open(id);
    // Said by a part fetched when something is wrong.
    await until(el, () => alertText(el).includes('kunne ikke læses'));
    const backups = Object.keys(localStorage).filter((key) => key.startsWith(`${keyOf(id)}:`));
    expect(backups).to.have.length(1);

    type(deep(el, '#f-parties-a-name'), 'Mette');
    await el.save();
    expect(stored(id)?.parties.a.name).to.equal('Mette');
    expect(localStorage.getItem(backups[0]!)).to.equal(
      '{"schemaVersion":1, "purpose": "Mettes tekst…',
    );
    await expect(el).to.be.accessible();
  });

  it('opens a contract from a newer version read-only, explains why, and never writes it', async () => {
    const id = freshId();
    const raw = JSON.stringify({ ...filledAgreement(), id, schemaVersion: 99, newThing: 1 });
    localStorage.setItem(keyOf(id), raw);
    const el = await open(id, 'en');
    await until(el, () => alertText(el).includes('newer version'));
    expect(deep(el, '#f-parties-a-name').value).to.equal('Mette Larsen');
    expect(deep(el, '#f-parties-a-name').readOnly).to.equal(true);
    expect(deepQueryAll(el, 'button[data-action]')).to.have.length(0);
    await el.save();
    expect(localStorage.getItem(keyOf(id))).to.equal(raw);
    await expect(el).to.be.accessible();
  });

  it('says plainly when the browser’s storage is full, keeps the text, offers a download, and saves once there is room', async () => {
    const id = freshId();
    const el = await open(id, 'en');
    const makeRoom = fillStorage();
    try {
      type(deep(el, '#f-purpose'), 'What we both want to learn');
      await el.save();
      await until(el, () => status(el).includes('storage is full'));
      expect(deep(el, '#f-purpose').value).to.equal('What we both want to learn');
      const download = deepQueryAll(el, 'header button').map(text);
      expect(download).to.deep.equal(['Download everything as a file']);
      expect((el.exportContract('whole') as LearningContract).purpose).to.equal(
        'What we both want to learn',
      );
      await expect(el).to.be.accessible();
    } finally {
      makeRoom();
    }
    type(deep(el, '#f-purpose'), 'What we both want to learn, and more');
    await el.save();
    await settled(el);
    expect(status(el)).to.contain('Saved');
    expect(stored(id)?.purpose).to.equal('What we both want to learn, and more');
  });

  it('two tabs on one contract: each takes the other’s save into what it shows, and no word is lost or asked about', async () => {
    const id = freshId();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <learning-contract contract-id=${id} lang="en"></learning-contract>
        <learning-contract contract-id=${id} lang="en"></learning-contract>
      </div>`,
    );
    const [first, second] = Array.from(
      wrapper.querySelectorAll<LearningContractElement>('learning-contract'),
    ) as [LearningContractElement, LearningContractElement];
    await until(first, () => first.contract !== undefined && second.contract !== undefined);

    type(deep(first, '#f-parties-a-name'), 'Mette');
    await first.save();
    // The second tab typed before it heard of the first tab's save: its save is merged onto it.
    type(deep(second, '#f-parties-a-department'), 'Jobcentret');
    await second.save();
    await until(second, () => stored(id)?.parties.a.department === 'Jobcentret');
    expect(stored(id)?.parties.a.name).to.equal('Mette');
    // The first tab takes the second's change in, without asking anything.
    await until(
      first,
      () => deep<HTMLInputElement>(first, '#f-parties-a-department').value === 'Jobcentret',
    );
    expect(deep<HTMLInputElement>(second, '#f-parties-a-name').value).to.equal('Mette');
    for (const el of [first, second]) {
      expect(deepQueryAll(el, '.choice, [part="conflict"], [part="refused"]')[0] ?? null).to.equal(
        null,
      );
    }
    await until(first, () => status(first).includes('Saved') || status(first) === '');
    await expect(second).to.be.accessible();
  });

  it('two tabs writing the same words of one field: both texts kept at the field until the person chooses', async () => {
    const id = freshId();
    localStorage.setItem(
      keyOf(id),
      JSON.stringify({ ...filledAgreement(), id, revision: 1, purpose: 'We learn about care' }),
    );
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <learning-contract contract-id=${id} lang="en"></learning-contract>
        <learning-contract contract-id=${id} lang="en"></learning-contract>
      </div>`,
    );
    const [first, second] = Array.from(
      wrapper.querySelectorAll<LearningContractElement>('learning-contract'),
    ) as [LearningContractElement, LearningContractElement];
    await until(first, () => first.contract?.revision === 1 && second.contract?.revision === 1);
    // Both replace the same word while the other's save is on its way.
    type(deep(first, '#f-purpose'), 'We learn about home care');
    type(deep(second, '#f-purpose'), 'We learn about job centres');
    await first.save();
    await second.save();
    await until(second, () => conflictIn(second) !== null);
    const conflict = conflictIn(second)!;
    expect(text(conflict))
      .to.contain('We learn about home care')
      .and.contain('We learn about job centres');
    expect(stored(id)?.purpose).to.equal('We learn about home care');
    await expect(second).to.be.accessible();
    conflict.querySelector<HTMLButtonElement>('button[data-resolve="mine"]')!.click();
    await until(second, () => conflictIn(second) === null);
    await second.save();
    expect(stored(id)?.purpose).to.equal('We learn about job centres');
    await until(
      first,
      () => deep<HTMLTextAreaElement>(first, '#f-purpose').value === 'We learn about job centres',
    );
    expect(conflictIn(second)).to.equal(null);
  });
});

describe('<learning-contract> export and import', () => {
  afterEach(() => localStorage.clear());

  /** Puts a file into the import field the way picking one does. */
  async function pick(el: LearningContractElement, name: string, content: string) {
    const input = deep(el, '#import-file');
    const files = new DataTransfer();
    files.items.add(new File([content], name, { type: 'application/json' }));
    input.files = files.files;
    const before = alertText(el);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(el, () => alertText(el) !== before || choice(el) !== null);
  }

  it('exports a party’s own copy without the other party’s private notes', async () => {
    const el = await open(freshId(), 'en');
    el.contract = { ...filledAgreement(), privateNotes: { a: 'Mine', b: 'Not for A' } };
    const own = el.exportContract('own') as { privateNotes: Record<string, string> };
    expect(own.privateNotes).to.deep.equal({ a: 'Mine' });
    const whole = el.exportContract('whole') as LearningContract;
    expect(whole.privateNotes.b).to.equal('Not for A');
  });

  it('refuses a file that is not a contract with a clear message, and changes nothing', async () => {
    const el = await open(freshId(), 'en');
    el.contract = filledAgreement();
    await settled(el);
    const before = el.contract;
    await pick(el, 'notes.json', '{"purpose": 42');
    expect(alertText(el)).to.equal('The file is not a JSON file. Nothing was changed.');
    expect(deep(el, '#import-file').getAttribute('aria-describedby')).to.equal('import-error');
    await pick(el, 'other.json', JSON.stringify({ hello: 'world' }));
    expect(alertText(el)).to.contain('not a learning contract');
    expect(el.contract).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('reads a copy back: shows what the file changes, and applies it only when asked', async () => {
    const id = freshId();
    const el = await open(id, 'en');
    el.contract = { ...filledAgreement(), id };
    await settled(el);
    const file = { ...(el.exportContract('own') as object), purpose: 'From the file' };
    await pick(el, 'copy.json', JSON.stringify(file));
    expect(text(choice(el))).to.contain('The file holds 1 changes you may make');
    expect(text(choice(el)!.querySelector('tbody'))).to.contain('From the file');
    expect(deep(el, '#f-purpose').value).not.to.equal('From the file');
    await expect(el).to.be.accessible();

    deep<HTMLButtonElement>(el, 'button[data-choice="use-theirs"]').click();
    await settled(el);
    expect(deep(el, '#f-purpose').value).to.equal('From the file');
    await el.save();
    expect(stored(id)?.purpose).to.equal('From the file');
  });
});

describe('<learning-contract> personal data', () => {
  afterEach(() => localStorage.clear());

  it('flags a contract past its retention date, and deleting it leaves nothing of it in localStorage', async () => {
    const id = freshId();
    // Completed on 1 April 2026; the organisation keeps contracts one month after completion.
    const completed = {
      ...filledAgreement(),
      id,
      process: { state: 'completed' as const, reached: { completed: '2026-04-01T10:00:00.000Z' } },
    };
    localStorage.setItem(keyOf(id), JSON.stringify(completed));
    localStorage.setItem(`${keyOf(id)}:unreadable:2026-04-02T00:00:00.000Z`, '{"kept": "aside"}');
    const el = await fixture<LearningContractElement>(
      html`<learning-contract contract-id=${id} lang="en"
        ><script type="application/json">
          { "retention": { "monthsAfterCompletion": 1 } }
        </script></learning-contract
      >`,
    );
    await until(el, () => el.shadowRoot!.querySelector('.retention') !== null);
    const notice = el.shadowRoot!.querySelector('.retention')!;
    expect(text(notice)).to.contain('may be kept until May 1, 2026');
    // The copy to keep is the printed one, not a backup file.
    expect(text(notice)).to.contain('Print it or save it as a PDF if you need a copy');
    expect(text(notice.querySelector('button[data-retention="print"]'))).to.equal(
      'Print or save as PDF',
    );
    await expect(el).to.be.accessible();

    deep<HTMLButtonElement>(el, 'button[data-retention="ask"]').click();
    await settled(el);
    expect(text(notice)).to.contain('It cannot be brought back');
    const deleted = new Promise((resolve) => el.addEventListener('contract-delete', resolve));
    deep<HTMLButtonElement>(el, 'button[data-retention="delete"]').click();
    await deleted;
    await settled(el);
    expect(Object.keys(localStorage).filter((key) => key.includes(id))).to.deep.equal([]);
    expect(text(el.shadowRoot)).to.contain('The contract has been deleted.');
    expect(deepQueryAll(el, 'form')).to.have.length(0);
  });

  it('shows the organisation’s https help link, and refuses a configuration with another kind of link', async () => {
    const el = await fixture<LearningContractElement>(
      html`<learning-contract lang="en"></learning-contract>`,
    );
    el.config = { sections: [{ id: 'purpose', helpUrl: 'https://intranet.example.dk/guide' }] };
    await settled(el);
    const link = deep<HTMLAnchorElement>(el, '.help-link a');
    expect(link.href).to.equal('https://intranet.example.dk/guide');
    expect(link.rel).to.equal('noopener noreferrer');

    el.config = { sections: [{ id: 'purpose', helpUrl: 'javascript:alert(1)' }] };
    await settled(el);
    expect(deepQueryAll(el, '.help-link a')).to.have.length(0);
    expect(text(el.shadowRoot)).to.contain('helpUrl');
  });
});

describe('<learning-contract> given a contract by the page, with a contract-id', () => {
  afterEach(() => localStorage.clear());

  async function given(id: string, contract: LearningContract) {
    const el = await fixture<LearningContractElement>(
      html`<learning-contract
        contract-id=${id}
        lang="en"
        .contract=${contract}
      ></learning-contract>`,
    );
    // Shown once what is stored is known and the page's contract is on it.
    await until(el, () => deepQueryAll(el, '#f-purpose').length > 0);
    await settled(el);
    return el;
  }

  it('shows the page’s contract when nothing is stored, and saves it under the id once edited', async () => {
    const id = freshId();
    const el = await given(id, { ...filledAgreement(), id });
    expect(deep<HTMLInputElement>(el, '#f-parties-a-name').value).to.equal('Mette Larsen');
    expect(stored(id)).to.equal(null); // shown, not saved: nothing was edited
    type(deep(el, '#f-purpose'), 'Vi lærer af hinanden');
    await el.save();
    expect(stored(id)?.parties.a.name).to.equal('Mette Larsen');
    expect(stored(id)?.purpose).to.equal('Vi lærer af hinanden');
  });

  it('keeps both texts at the field when storage holds a newer copy, and writes nothing until the person chooses', async () => {
    const id = freshId();
    localStorage.setItem(
      keyOf(id),
      JSON.stringify({ ...filledAgreement(), id, revision: 3, purpose: 'The saved purpose' }),
    );
    const before = localStorage.getItem(keyOf(id));
    const el = await given(id, { ...filledAgreement(), id, purpose: 'The page’s purpose' });
    const conflict = () => conflictIn(el);
    await until(el, () => conflict() !== null);
    expect(text(conflict())).to.contain('The page’s purpose').and.contain('The saved purpose');
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal('The saved purpose');
    expect(choice(el)).to.equal(null);
    await el.save();
    expect(localStorage.getItem(keyOf(id))).to.equal(before);
    await expect(el).to.be.accessible();

    conflict()!.querySelector<HTMLButtonElement>('button[data-resolve="mine"]')!.click();
    await until(el, () => conflict() === null);
    await el.save();
    expect(stored(id)?.purpose).to.equal('The page’s purpose');
    expect(stored(id)?.revision).to.equal(4);
  });

  it('takes the saved text when the person chooses it', async () => {
    const id = freshId();
    localStorage.setItem(
      keyOf(id),
      JSON.stringify({ ...filledAgreement(), id, revision: 3, purpose: 'The saved purpose' }),
    );
    const el = await given(id, { ...filledAgreement(), id, purpose: 'The page’s purpose' });
    await until(el, () => conflictIn(el) !== null);
    deep<HTMLButtonElement>(el, 'button[data-resolve="theirs"]').click();
    await settled(el);
    await el.save();
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal('The saved purpose');
    expect(conflictIn(el)).to.equal(null);
    expect(stored(id)?.revision).to.equal(3);
  });

  it('says nothing when the stored copy is the same as the page’s', async () => {
    const id = freshId();
    localStorage.setItem(keyOf(id), JSON.stringify({ ...filledAgreement(), id, revision: 2 }));
    const el = await given(id, { ...filledAgreement(), id });
    expect(choice(el)).to.equal(null);
    type(deep(el, '#f-purpose'), 'Changed');
    await el.save();
    expect(stored(id)?.revision).to.equal(3); // based on the stored copy: no conflict
  });
});
