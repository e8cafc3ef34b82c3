import { createEmptyContract, setField, type LearningContract } from '@kollegalaering/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import type { ContractErrorEvent, ContractSaveEvent } from '../events.js';
import type { LearningContractElement } from './learning-contract.js';

let counter = 0;
/** A contract id no other test has used, so localStorage from one test never leaks into another. */
const freshId = () => `test-${Date.now()}-${counter++}`;

async function renderContract(id: string, lang?: string): Promise<LearningContractElement> {
  const el = await fixture<LearningContractElement>(
    html`<learning-contract contract-id=${id} lang=${lang ?? 'da'}></learning-contract>`,
  );
  await waitUntilLoaded(el);
  return el;
}

async function waitUntilLoaded(el: LearningContractElement): Promise<void> {
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('form'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await el.updateComplete;
}

const control = <T extends HTMLElement = HTMLInputElement>(
  el: LearningContractElement,
  id: string,
) => {
  const found = el.shadowRoot!.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`No control #${id}`);
  return found;
};

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const labelText = (el: LearningContractElement, forId: string) =>
  el.shadowRoot!.querySelector(`label[for="${forId}"]`)?.textContent?.trim();

describe('<learning-contract>', () => {
  afterEach(() => localStorage.clear());

  it('passes an axe check when empty', async () => {
    const el = await renderContract(freshId());
    await expect(el).to.be.accessible();
  });

  it('passes an axe check when filled in, in English', async () => {
    const id = freshId();
    const el = await renderContract(id, 'en');
    let contract: LearningContract = createEmptyContract({ id });
    contract = setField(
      contract,
      ['goals', 'a'],
      [{ id: 'g1', text: 'Learn the rules', subGoals: [], preset: false }],
    );
    contract = setField(
      contract,
      ['plan', 'activities'],
      [{ id: 'a1', what: 'A day in home care', who: 'b', when: 'April', done: true }],
    );
    el.contract = setField(contract, ['parties', 'a', 'name'], 'Mette Larsen');
    await el.updateComplete;
    expect(control(el, 'f-parties-a-name').value).to.equal('Mette Larsen');
    await expect(el).to.be.accessible();
  });

  it('speaks Danish by default and English with lang="en"', async () => {
    const da = await fixture<LearningContractElement>(
      html`<learning-contract></learning-contract>`,
    );
    document.documentElement.removeAttribute('lang');
    da.requestUpdate();
    await da.updateComplete;
    expect(da.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Læringskontrakt');
    expect(labelText(da, 'f-parties-a-department')).to.equal('Afdeling');

    const en = await renderContract(freshId(), 'en');
    expect(en.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Learning contract');
    expect(labelText(en, 'f-parties-a-department')).to.equal('Department');
  });

  it('takes its language from the nearest ancestor with lang, and follows a change at runtime', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><learning-contract storage="memory"></learning-contract></div>`,
    );
    const el = wrapper.querySelector('learning-contract')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Learning contract');
    wrapper.setAttribute('lang', 'da');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Læringskontrakt');
  });

  it('keeps what was typed when the element is created again with the same contract-id', async () => {
    const id = freshId();
    const first = await renderContract(id);
    const saved = oneEvent<ContractSaveEvent>(first, 'contract-save');
    type(control(first, 'f-parties-a-name'), 'Mette Larsen');
    type(control<HTMLTextAreaElement>(first, 'f-purpose'), 'Forstå hinandens fag');
    const event = await saved;
    expect(event.detail.contract.parties.a.name).to.equal('Mette Larsen');
    await first.updateComplete;
    expect(first.shadowRoot!.querySelector('[role="status"]')?.textContent).to.match(/^Gemt kl\. /);
    first.remove();

    const second = await renderContract(id);
    expect(control(second, 'f-parties-a-name').value).to.equal('Mette Larsen');
    expect(control<HTMLTextAreaElement>(second, 'f-purpose').value).to.equal(
      'Forstå hinandens fag',
    );
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
    expect(control<HTMLTextAreaElement>(el, 'f-purpose').value).to.equal('Gemt før');
    expect(saves).to.deep.equal([]);
    expect(localStorage.getItem(`kollegalaering:contract:${id}`)).to.equal(raw);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim()).to.equal('');
  });

  it('fires contract-change for a user edit with the new contract, and not for a programmatic set', async () => {
    const id = freshId();
    const el = await renderContract(id);
    const changes: string[] = [];
    el.addEventListener('contract-change', (event) =>
      changes.push(event.detail.contract.parties.b.name),
    );
    el.contract = setField(createEmptyContract({ id }), ['parties', 'b', 'name'], 'Set by host');
    await el.updateComplete;
    type(control(el, 'f-parties-b-name'), 'Jonas Holm');
    expect(changes).to.deep.equal(['Jonas Holm']);
    expect(el.contract?.parties.b.name).to.equal('Jonas Holm');
  });

  it('refuses an invalid contract with contract-error and keeps the one it has', async () => {
    const el = await renderContract(freshId());
    type(control(el, 'f-parties-a-name'), 'Mette');
    const error = oneEvent<ContractErrorEvent>(el, 'contract-error');
    el.contract = { schemaVersion: 1, parties: 'nobody' };
    expect((await error).detail.code).to.equal('invalid-contract');
    expect(el.contract?.parties.a.name).to.equal('Mette');
  });

  it('adds a goal, moves focus into it, and removes it again', async () => {
    const el = await renderContract(freshId(), 'en');
    const add = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-add='["goals","a"]']`)!;
    expect(add.textContent?.trim()).to.equal('Add goal');
    add.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-goals-a-0-text');
    type(control<HTMLTextAreaElement>(el, 'f-goals-a-0-text'), 'Learn the rules');
    expect(el.contract?.goals.a[0]?.text).to.equal('Learn the rules');
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-remove]')!;
    expect(remove.textContent?.trim()).to.equal('Remove goal 1');
    remove.click();
    await el.updateComplete;
    expect(el.contract?.goals.a).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(add);
  });

  it('keeps an unreadable stored contract under a backup key and says so', async () => {
    const id = freshId();
    localStorage.setItem(`kollegalaering:contract:${id}`, '{not json');
    const el = await renderContract(id);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(
      'kunne ikke læses',
    );
    const backups = Object.keys(localStorage).filter((key) =>
      key.startsWith(`kollegalaering:contract:${id}:unreadable:`),
    );
    expect(backups.map((key) => localStorage.getItem(key))).to.deep.equal(['{not json']);
  });
});
