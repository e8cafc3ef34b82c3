import {
  createEmptyContract,
  createMemoryAdapter,
  setField,
  type LearningContract,
} from '@kollegalaering/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import type { ContractErrorEvent, ContractSaveEvent } from '../events.js';
import { deep, deepQueryAll, settled, text, type, until } from '../test-support/dom.js';
import { filledAgreement } from '../test-support/contracts.js';
import type { LearningContractElement } from './learning-contract.js';

let counter = 0;
/** A contract id no other test has used, so localStorage from one test never leaks into another. */
const freshId = () => `test-${Date.now()}-${counter++}`;

async function renderContract(id: string, lang = 'da'): Promise<LearningContractElement> {
  const el = await fixture<LearningContractElement>(
    html`<learning-contract contract-id=${id} lang=${lang}></learning-contract>`,
  );
  await until(el, () => deepQueryAll(el, 'form').length > 0);
  return el;
}

const status = (el: LearningContractElement) =>
  text(el.shadowRoot!.querySelector('[role="status"]'));

describe('<learning-contract>', () => {
  afterEach(() => localStorage.clear());

  it('passes an axe check when empty', async () => {
    const el = await renderContract(freshId());
    await expect(el).to.be.accessible();
  });

  it('without a contract-id tells the person nothing is saved, and the developer why, once', async () => {
    const codes: string[] = [];
    const listen = (event: Event) => codes.push((event as ContractErrorEvent).detail.code);
    document.addEventListener('contract-error', listen);
    try {
      const el = await fixture<LearningContractElement>(
        html`<learning-contract lang="da"></learning-contract>`,
      );
      await until(el, () => deepQueryAll(el, 'form').length > 0);
      expect(status(el)).to.equal('Det, du skriver her, gemmes ikke.');
      expect(status(el)).not.to.contain('contract-id');
      el.lang = 'en';
      await settled(el);
      expect(codes).to.deep.equal(['missing-contract-id']);
    } finally {
      document.removeEventListener('contract-error', listen);
    }
  });

  it('passes an axe check when filled in, in English', async () => {
    const el = await renderContract(freshId(), 'en');
    el.contract = filledAgreement();
    await settled(el);
    expect(deep(el, '#f-parties-a-name').value).to.equal('Mette Larsen');
    await expect(el).to.be.accessible();
  });

  it('speaks Danish by default and English with lang="en"', async () => {
    document.documentElement.removeAttribute('lang');
    const da = await fixture<LearningContractElement>(
      html`<learning-contract></learning-contract>`,
    );
    await settled(da);
    expect(text(da.shadowRoot!.querySelector('h2'))).to.equal('Læringskontrakt');
    expect(text(deep(da, 'label[for="f-parties-a-department"]'))).to.equal('Afdeling');

    const en = await renderContract(freshId(), 'en');
    expect(text(en.shadowRoot!.querySelector('h2'))).to.equal('Learning contract');
    expect(text(deep(en, 'label[for="f-parties-a-department"]'))).to.equal('Department');
  });

  it('follows the nearest lang and re-renders every element inside it when that changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><learning-contract storage="memory"></learning-contract></div>`,
    );
    const el = wrapper.querySelector('learning-contract')!;
    await settled(el);
    const field = deep(el, '#f-parties-a-name');
    field.focus();
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Learning contract');
    expect(text(deep(el, 'process-tracker').shadowRoot!.querySelector('li'))).to.contain(
      'Introduction',
    );

    wrapper.setAttribute('lang', 'da');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Læringskontrakt');
    expect(text(deep(el, 'label[for="f-parties-a-name"]'))).to.equal('Navn');
    expect(text(deep(el, 'process-tracker').shadowRoot!.querySelector('li'))).to.contain(
      'Introduktion',
    );
    expect(
      deep(el, 'contract-form').shadowRoot!.activeElement,
      'focus stays in the field',
    ).to.equal(field);
  });

  it('keeps what was typed when the element is created again with the same contract-id', async () => {
    const id = freshId();
    const first = await renderContract(id);
    const saved = oneEvent<ContractSaveEvent>(first, 'contract-save');
    type(deep(first, '#f-parties-a-name'), 'Mette Larsen');
    type(deep<HTMLTextAreaElement>(first, '#f-purpose'), 'Forstå hinandens fag');
    const event = await saved;
    expect(event.detail.contract.parties.a.name).to.equal('Mette Larsen');
    await first.updateComplete;
    expect(status(first)).to.match(/^Gemt kl\. /);
    first.remove();

    const second = await renderContract(id);
    expect(deep(second, '#f-parties-a-name').value).to.equal('Mette Larsen');
    expect(deep<HTMLTextAreaElement>(second, '#f-purpose').value).to.equal('Forstå hinandens fag');
  });

  it('does not save when it only restores a stored contract', async () => {
    const id = freshId();
    const stored = setField(createEmptyContract({ id }), ['purpose'], 'Gemt før');
    localStorage.setItem(`kollegalaering:contract:${id}`, JSON.stringify(stored));
    const raw = localStorage.getItem(`kollegalaering:contract:${id}`);
    const saves: unknown[] = [];
    document.addEventListener('contract-save', (event) => saves.push(event));
    const el = await renderContract(id);
    // Longer than the autosave delay: a save, had one been scheduled, would have happened.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal('Gemt før');
    expect(saves).to.deep.equal([]);
    expect(localStorage.getItem(`kollegalaering:contract:${id}`)).to.equal(raw);
    expect(status(el)).to.equal('');
  });

  it('fires contract-change for a user edit with the new contract, and not for a programmatic set', async () => {
    const id = freshId();
    const el = await renderContract(id);
    const changes: string[] = [];
    el.addEventListener('contract-change', (event) =>
      changes.push(event.detail.contract.parties.b.name),
    );
    el.contract = setField(createEmptyContract({ id }), ['parties', 'b', 'name'], 'Set by host');
    await settled(el);
    type(deep(el, '#f-parties-b-name'), 'Jonas Holm');
    expect(changes).to.deep.equal(['Jonas Holm']);
    expect(el.contract?.parties.b.name).to.equal('Jonas Holm');
  });

  it('paints a keystroke before re-rendering the rest of the contract, which catches up after that frame', async () => {
    const el = await renderContract(freshId(), 'en');
    await settled(el);
    const missing = () => text(deep(el, 'process-tracker').shadowRoot!.querySelector('summary'));
    const before = missing();
    expect(before).to.match(/missing: \d+/);

    type(deep(el, '#f-parties-a-name'), 'Mette Larsen');
    expect(el.contract?.parties.a.name, 'the contract has the text at once').to.equal(
      'Mette Larsen',
    );
    // The frame that shows the typed text is drawn without running the form's render.
    await new Promise(requestAnimationFrame);
    expect(missing(), 'not re-rendered before that paint').to.equal(before);
    await settled(el);
    expect(missing()).not.to.equal(before);
  });

  it('refuses an invalid contract with contract-error and keeps the one it has', async () => {
    const el = await renderContract(freshId());
    type(deep(el, '#f-parties-a-name'), 'Mette');
    const error = oneEvent<ContractErrorEvent>(el, 'contract-error');
    el.contract = { schemaVersion: 1, parties: 'nobody' };
    expect((await error).detail.code).to.equal('invalid-contract');
    expect(el.contract?.parties.a.name).to.equal('Mette');
  });

  it('adds a goal, moves focus into it, and removes it again', async () => {
    const el = await renderContract(freshId(), 'en');
    const form = deep(el, 'contract-form');
    const add = deep<HTMLButtonElement>(el, '#add-goals-a');
    expect(text(add)).to.equal('Add goal');
    add.click();
    await settled(el);
    expect(form.shadowRoot!.activeElement?.id).to.equal('f-goals-a-0-text');
    type(deep<HTMLTextAreaElement>(el, '#f-goals-a-0-text'), 'Learn the rules');
    expect(el.contract?.goals.a[0]?.text).to.equal('Learn the rules');
    const remove = deep<HTMLButtonElement>(el, '[data-remove]');
    expect(text(remove)).to.equal('Remove goal 1');
    remove.click();
    await settled(el);
    expect(el.contract?.goals.a).to.deep.equal([]);
    expect(form.shadowRoot!.activeElement?.id).to.equal('add-goals-a');
  });

  it('keeps an unreadable stored contract under a backup key and says so', async () => {
    const id = freshId();
    localStorage.setItem(`kollegalaering:contract:${id}`, '{not json');
    const el = await renderContract(id);
    const alert = () => text(el.shadowRoot!.querySelector('[role="alert"]'));
    await until(el, () => alert().includes('kunne ikke læses'));
    const backups = Object.keys(localStorage).filter((key) =>
      key.startsWith(`kollegalaering:contract:${id}:unreadable:`),
    );
    expect(backups.map((key) => localStorage.getItem(key))).to.deep.equal(['{not json']);
  });

  it('saves through a storage adapter object set as the storage property', async () => {
    const memory = new Map<string, string>();
    const el = await fixture<LearningContractElement>(
      html`<learning-contract
        contract-id="own"
        .storage=${createMemoryAdapter(memory)}
      ></learning-contract>`,
    );
    await until(el, () => deepQueryAll(el, 'form').length > 0);
    const saved = oneEvent(el, 'contract-save');
    type(deep(el, '#f-parties-a-name'), 'Mette');
    await saved;
    expect(
      (JSON.parse(memory.get('kollegalaering:contract:own')!) as LearningContract).parties.a.name,
    ).to.equal('Mette');
  });

  it('does not quietly use the browser for a storage name it does not know: read-only, and says so', async () => {
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as ContractErrorEvent).detail.code);
    document.addEventListener('contract-error', listener);
    try {
      const el = await fixture<LearningContractElement>(
        html`<learning-contract
          contract-id="elsewhere"
          storage="sharepoint"
          lang="en"
        ></learning-contract>`,
      );
      await until(el, () => deepQueryAll(el, 'form').length > 0);
      await settled(el);
      expect(errors).to.deep.equal(['unknown-storage']);
      expect(deep(el, '#f-parties-a-name').readOnly, 'nothing typed that would be lost').to.equal(
        true,
      );
      await until(el, () =>
        text(el.shadowRoot!.querySelector('[role="alert"]')).includes(
          'The page asks for storage the tool cannot use',
        ),
      );
      expect(Object.keys(localStorage).filter((key) => key.includes('elsewhere'))).to.deep.equal(
        [],
      );
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('contract-error', listener);
    }
  });

  it('speaks Danish for a lang it does not speak, and tells the developer once', async () => {
    const errors: Array<[string, string | undefined]> = [];
    const listener = (event: Event) => {
      const { code, detail } = (event as ContractErrorEvent).detail;
      errors.push([code, detail]);
    };
    document.addEventListener('contract-error', listener);
    try {
      const el = await fixture<LearningContractElement>(
        html`<learning-contract storage="memory" lang="de-DE"></learning-contract>`,
      );
      await settled(el);
      expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Læringskontrakt');
      el.perspective = 'party-b';
      await settled(el);
      expect(errors.filter(([code]) => code === 'unsupported-lang')).to.deep.equal([
        ['unsupported-lang', 'de-DE'],
      ]);
      expect(deep(el, '#f-parties-a-name').readOnly).to.equal(false);
    } finally {
      document.removeEventListener('contract-error', listener);
    }
  });

  it('an unknown perspective (a typo in the page) gives contract-error and a read-only page of the shared parts', async () => {
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as ContractErrorEvent).detail.code);
    document.addEventListener('contract-error', listener);
    try {
      const id = freshId();
      localStorage.setItem(
        `kollegalaering:contract:${id}`,
        JSON.stringify({ ...filledAgreement(), id, revision: 1 }),
      );
      const el = await fixture<LearningContractElement>(
        html`<learning-contract contract-id=${id} perspective="leader"></learning-contract>`,
      );
      await until(el, () => deepQueryAll(el, 'form').length > 0);
      await settled(el);
      await expect(el).to.be.accessible();
      expect(errors).to.deep.equal(['unknown-perspective']);
      expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.include('kun de fælles dele');
      expect(el.shadowRoot!.querySelector('[part="actions"]')).to.equal(null);
      expect(deep(el, '#f-parties-a-name').tagName, 'shown as text').to.equal('SPAN');
      expect(text(el.shadowRoot)).to.not.include('«A’s own note»');
      el.setAttribute('perspective', 'party-a');
      await settled(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(
        null,
        'a right one clears it',
      );
    } finally {
      document.removeEventListener('contract-error', listener);
    }
  });

  it('a leader’s approval comment is theirs: emptied once given, and never carried to the other leader', async () => {
    const id = freshId();
    const el = await fixture<LearningContractElement>(
      html`<learning-contract contract-id=${id} perspective="leader-a"></learning-contract>`,
    );
    const agreed = filledAgreement();
    el.contract = {
      ...agreed,
      id,
      approvals: {
        ...agreed.approvals,
        parties: { a: { at: agreed.createdAt }, b: { at: agreed.createdAt } },
      },
    };
    await until(el, () => deepQueryAll(el, '#approve-comment').length > 0);
    type(deep(el, '#approve-comment'), 'God plan');
    deep<HTMLButtonElement>(el, 'button[data-action="approve"]').click();
    await until(el, () => el.contract?.approvals.leaders.a !== null);
    expect(el.contract?.approvals.leaders.a?.comment).to.equal('God plan');
    el.perspective = 'leader-b';
    await settled(el);
    expect(deep<HTMLTextAreaElement>(el, '#approve-comment').value).to.equal('');
    deep<HTMLButtonElement>(el, 'button[data-action="approve"]').click();
    await until(el, () => el.contract?.approvals.leaders.b !== null);
    expect(el.contract?.approvals.leaders.b?.comment).to.equal('');
  });

  it('read-only: every field read-only, no actions, and still accessible', async () => {
    const el = await fixture<LearningContractElement>(
      html`<learning-contract storage="memory" readonly lang="da"></learning-contract>`,
    );
    el.contract = filledAgreement();
    await settled(el);
    await expect(el).to.be.accessible();
    const editable = deepQueryAll<HTMLInputElement>(
      el,
      'input:not([type=checkbox]), textarea',
    ).filter((control) => !control.readOnly);
    expect(editable).to.deep.equal([]);
    expect(deepQueryAll(el, 'button[data-action], button[data-add]')).to.deep.equal([]);
  });
});

describe('<learning-contract> accessibility in every state and language', () => {
  for (const lang of ['da', 'en']) {
    for (const state of ['empty', 'filled', 'invalid', 'read-only'] as const) {
      it(`passes axe ${state}, in ${lang}`, async () => {
        const el = await fixture<LearningContractElement>(
          html`<learning-contract
            storage="memory"
            lang=${lang}
            ?readonly=${state === 'read-only'}
          ></learning-contract>`,
        );
        if (state === 'filled' || state === 'read-only') el.contract = filledAgreement();
        await settled(el);
        if (state === 'invalid') {
          // Party A accepts an empty contract: refused, with the summary and the field messages.
          deep<HTMLButtonElement>(el, 'button[data-action="accept"]').click();
          await until(el, () => deepQueryAll(el, '.error-summary li').length > 0);
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<learning-contract> configured by a CMS editor', () => {
  it('reads the section configuration from a <script type="application/json"> child', async () => {
    const el = await fixture<LearningContractElement>(
      html`<learning-contract storage="memory" lang="da">
        <script type="application/json">
          {
            "sections": [
              {
                "id": "kompetencer",
                "label": { "da": "Kompetenceplan" },
                "fields": [{ "id": "area", "kind": "short-text", "label": { "da": "Område" } }]
              }
            ]
          }
        </script>
      </learning-contract>`,
    );
    await settled(el);
    await expect(el).to.be.accessible();
    expect(text(deep(el, 'label[for="f-custom-area"]'))).to.equal('Område');
    type(deep(el, '#f-custom-area'), 'Borgerkontakt');
    expect(el.contract?.custom).to.deep.equal({ area: 'Borgerkontakt' });
  });

  it('shows a configuration that is not JSON as an error instead of a blank box', async () => {
    const el = await fixture<LearningContractElement>(
      html`<learning-contract storage="memory" lang="en">
        <script type="application/json">
          { "sections": [
        </script>
      </learning-contract>`,
    );
    await settled(el);
    await expect(el).to.be.accessible();
    const alert = el.shadowRoot!.querySelector('.config-error')!;
    expect(text(alert)).to.contain('The section configuration cannot be used.');
    expect(text(alert)).to.contain('(root): invalid-json');
    expect(deepQueryAll(el, 'form')).to.deep.equal([]);
  });
});
