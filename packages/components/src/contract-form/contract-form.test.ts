import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { settled, text } from '../test-support/dom.js';
import type { ContractChangeEvent } from '../events.js';
import type { ContractFormElement } from './contract-form.js';

const config = {
  sections: [
    {
      id: 'kompetencer',
      label: { da: 'Kompetenceplan', en: 'Competence plan' },
      fields: [
        {
          id: 'area',
          kind: 'choice',
          label: { da: 'Område', en: 'Area' },
          help: {
            da: 'Vælg det område, I lærer mest om.',
            en: 'Pick the area you learn most about.',
          },
          options: [{ value: 'pleje', label: { da: 'Pleje og omsorg', en: 'Care' } }],
        },
        {
          id: 'topics',
          kind: 'checklist',
          label: { da: 'Emner' },
          help: { da: 'Sæt kryds ved alle, der passer.' },
          options: [{ value: 'samtale', label: { da: 'Samtaler' } }],
        },
      ],
    },
    { id: 'plan', label: { da: 'Sådan gør vi', en: 'How we do it' } },
    { id: 'supervisor', hidden: true },
  ],
};

async function form(lang = 'da', options: { config?: unknown; readonly?: boolean } = {}) {
  const el = await fixture<ContractFormElement>(
    html`<contract-form
      lang=${lang}
      ?readonly=${options.readonly ?? false}
      .config=${options.config}
      .contract=${filledAgreement()}
    ></contract-form>`,
  );
  await settled(el);
  return el;
}

const headings = (el: ContractFormElement) =>
  Array.from(el.shadowRoot!.querySelectorAll('section > h3'), text);

describe('<contract-form>', () => {
  it('on its own, changes its contract by the same path as <learning-contract>: the retention date follows', async () => {
    const el = await form('da', { config: { retention: { monthsAfterCompletion: 12 } } });
    const changed = oneEvent<ContractChangeEvent>(el, 'contract-change');
    const purpose = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-purpose')!;
    purpose.value = 'Forstå hinandens fag';
    purpose.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const { detail } = await changed;
    expect(detail.contract.purpose).to.equal('Forstå hinandens fag');
    expect(detail.contract.retainUntil, 'set by the organisation’s retention').to.match(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    expect(el.contract?.retainUntil).to.equal(detail.contract.retainUntil);
  });

  it('on its own, re-renders after the frame that shows a typed character, not before it', async () => {
    const el = await form('en');
    let renders = 0;
    el.addController({ hostUpdated: () => renders++ });
    const purpose = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-purpose')!;
    purpose.value = 'Understand each other’s work';
    purpose.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(el.contract?.purpose, 'the contract has the text at once').to.equal(
      'Understand each other’s work',
    );
    await new Promise(requestAnimationFrame);
    expect(renders, 'no render before that paint').to.equal(0);
    await settled(el);
    expect(renders).to.equal(1);
  });

  it('passes an axe check filled and read-only, in both languages', async () => {
    await expect(await form('da')).to.be.accessible();
    await expect(await form('en', { readonly: true })).to.be.accessible();
  });

  it('applies a section configuration: own sections first, relabelled, hidden ones gone', async () => {
    const el = await form('en', { config });
    expect(headings(el)).to.deep.equal([
      'Competence plan',
      'How we do it',
      'The partners',
      'Purpose and goals',
      'Leaders (sponsors)',
      'Your own notes',
    ]);
    await expect(el).to.be.accessible();
    const area = el.shadowRoot!.querySelector<HTMLSelectElement>('#f-custom-area')!;
    expect(Array.from(area.options, (option) => text(option))).to.deep.equal(['—', 'Care']);
  });

  it('reads the organisation’s help with its field: tied to the control, and to a checklist’s group', async () => {
    const el = await form('en', { config });
    const description = (element: Element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => text(el.shadowRoot!.getElementById(id)))
        .join(' ');
    const area = el.shadowRoot!.querySelector('#f-custom-area')!;
    expect(description(area)).to.equal('Pick the area you learn most about.');
    const topics = el.shadowRoot!.querySelector('#f-custom-topics-samtale')!.closest('fieldset')!;
    expect(description(topics)).to.equal('Sæt kryds ved alle, der passer.');
  });

  it('keeps a choice in a custom field, and a checklist of several', async () => {
    const el = await form('da', { config });
    const area = el.shadowRoot!.querySelector<HTMLSelectElement>('#f-custom-area')!;
    area.value = 'pleje';
    area.dispatchEvent(new Event('change', { bubbles: true }));
    el.shadowRoot!.querySelector<HTMLInputElement>('#f-custom-topics-samtale')!.click();
    await settled(el);
    expect(el.contract?.custom).to.deep.equal({ area: 'pleje', topics: ['samtale'] });
  });

  it('shows a bad configuration as a clear error naming the place, not a blank box', async () => {
    const el = await form('da', { config: { sections: [{ id: 'plan' }, { id: 'plan' }] } });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('Opsætningen af afsnit kan ikke bruges.');
    expect(text(alert)).to.contain('sections[1].id: duplicate-id');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<contract-form> with a long list', () => {
  /** The learning step with 30 logbook entries, the first one of them without text. */
  function longLogbook() {
    const contract = filledAgreement();
    return {
      ...contract,
      process: { state: 'learning' as const, reached: { learning: '2026-04-01T10:00:00.000Z' } },
      plan: {
        ...contract.plan,
        logbook: Array.from({ length: 30 }, (_, index) => ({
          id: `l${index}`,
          date: '2026-05-01',
          author: 'a' as const,
          text: `Entry ${index + 1}`,
        })),
      },
    };
  }

  it('shows the latest 20 entries, says so, and shows all of them on request', async () => {
    const el = await fixture<ContractFormElement>(
      html`<contract-form lang="en" .contract=${longLogbook()}></contract-form>`,
    );
    await settled(el);
    const entries = () =>
      Array.from(el.shadowRoot!.querySelectorAll('[id^="f-plan-logbook-"][id$="-text"]'));
    expect(entries()).to.have.length(20);
    expect(entries()[0]!.id).to.equal('f-plan-logbook-10-text');
    const note = el.shadowRoot!.querySelector('.list-window')!;
    expect(text(note)).to.equal('Showing the latest 20 of 30. Show all 30');
    await expect(el).to.be.accessible();

    note.querySelector('button')!.click();
    await settled(el);
    expect(entries()).to.have.length(30);
    expect(text(el.shadowRoot!.querySelector('.list-window'))).to.equal('Show only the latest 20');
  });
});

describe('<contract-form> logbook', () => {
  it('names who wrote each entry: the name once it is written, else the party', async () => {
    const contract = filledAgreement();
    const learning = {
      ...contract,
      parties: { ...contract.parties, b: { ...contract.parties.b, name: '' } },
      process: { state: 'learning' as const, reached: { learning: '2026-04-01T10:00:00.000Z' } },
      plan: {
        ...contract.plan,
        logbook: [
          { id: 'l1', date: '2026-05-01', author: 'a' as const, text: 'Fulgte Jonas en dag' },
          { id: 'l2', date: '2026-05-08', author: 'b' as const, text: 'Var med på hjemmebesøg' },
        ],
      },
    };
    const el = await fixture<ContractFormElement>(
      html`<contract-form lang="da" perspective="party-b" .contract=${learning}></contract-form>`,
    );
    await settled(el);
    const legends = Array.from(el.shadowRoot!.querySelectorAll('fieldset.item > legend'), text);
    expect(legends).to.include.members(['Notat 1 · Mette Larsen', 'Notat 2 · Part B']);
    // B reads A's entry as A's learning, and is asked of their own.
    const label = (id: string) => text(el.shadowRoot!.querySelector(`label[for="${id}"]`));
    expect(label('f-plan-logbook-0-text')).to.equal('Hvad skete der, og hvad lærte Mette Larsen?');
    expect(label('f-plan-logbook-1-text')).to.equal('Hvad skete der, og hvad lærte du?');
    await expect(el).to.be.accessible();
  });
});

describe('<contract-form> emails', () => {
  /** The help read with a control (aria-describedby), as a screen reader says it. */
  const describedBy = (el: ContractFormElement, id: string) => {
    const control = el.shadowRoot!.getElementById(id)!;
    const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return ids.map((help) => text(el.shadowRoot!.getElementById(help))).join(' ');
  };
  const label = (el: ContractFormElement, id: string) =>
    text(el.shadowRoot!.querySelector(`label[for="${id}"]`));

  it('says an email gives access, and where the reader may not change it, who may', async () => {
    const el = await fixture<ContractFormElement>(
      html`<contract-form
        lang="da"
        perspective="party-a"
        .contract=${filledAgreement()}
      ></contract-form>`,
    );
    await settled(el);
    await expect(el).to.be.accessible();
    expect(label(el, 'f-leaders-a-email')).to.equal('E-mail');
    expect(text(el.shadowRoot)).not.to.contain('frivilligt');
    expect(describedBy(el, 'f-leaders-a-email')).to.equal('Giver adgang til kontrakten.');
    // Each party writes their own leader's email: B's leader's is Jonas's and Peter's to change.
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#f-leaders-b-email')!.readOnly).to.equal(
      true,
    );
    expect(describedBy(el, 'f-leaders-b-email')).to.equal(
      'Giver adgang til kontrakten. Kun Jonas Holm og Peter Friis kan skrive eller ændre den.',
    );
  });

  it('says no one can change an email once the contract is agreed', async () => {
    const learning = { ...filledAgreement(), process: { state: 'learning' as const, reached: {} } };
    const el = await fixture<ContractFormElement>(
      html`<contract-form lang="en" perspective="party-a" .contract=${learning}></contract-form>`,
    );
    await settled(el);
    el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
    expect(describedBy(el, 'f-parties-b-email')).to.equal(
      'Gives access to the contract. No one can change it any more: the contract has been agreed.',
    );
  });
});
