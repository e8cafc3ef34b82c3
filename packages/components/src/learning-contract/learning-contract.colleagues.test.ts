// A colleague's save as the person meets it (#23b): said in plain words once,
// a conflict said as it appears, focus kept at the field after choosing, and
// "en kollega" in lower case inside a sentence. The colleague saves straight
// into a shared keeper (as a server would) and tells the page, as its event
// stream does.
import type { FieldPath, LearningContract } from '@kollegalaering/core';
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import '../define.js';
import { withDanish } from '../i18n/msg.js';
import { fieldContext } from '../shared/field-context.js';
import type { ContractState } from '../state/contract-state.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, deepQueryAll, settled, text, type, until } from '../test-support/dom.js';
import { focused, openShared } from '../test-support/shared-keeper.js';

const news = (el: Element) => text(el.shadowRoot!.querySelector('[part="news"]'));
const conflictIn = (el: Element) => deepQueryAll(el, '[part="conflict"]')[0] ?? null;

/** The agreement step with Part B's name not written yet. */
function withoutB(): LearningContract {
  const contract = filledAgreement();
  contract.parties.b.name = '';
  return contract;
}

describe('<learning-contract> a colleague’s change in plain words', () => {
  afterEach(() => localStorage.clear());

  it('names the colleague by name once written and the places as a person says them', async () => {
    const { el, saves } = await openShared(withoutB());
    await expect(el).to.be.accessible();
    // Role only until a name is written.
    await saves((c) => {
      c.parties.b.department = 'Borgerservice';
    });
    await until(el, () => news(el) !== '');
    expect(news(el)).to.equal('Part B har ændret sine oplysninger.');
    await saves((c) => {
      c.parties.b.name = 'Jonas Holm';
    });
    await until(el, () => news(el).includes('Jonas'));
    expect(news(el)).to.equal('Jonas Holm har ændret sit navn.');
    await saves((c) => {
      c.purpose = 'Vi lærer om hjemmepleje';
      c.goals.b[0]!.text = 'At lære om visitation';
    });
    await until(el, () => news(el).includes('formålet'));
    expect(news(el)).to.equal('Jonas Holm har ændret formålet og sit mål nr. 1.');
    // Many fields: counted, in the section they are in.
    await saves((c) => {
      c.plan.approach = 'Følgedage';
      c.plan.timeFrame.meetingFrequency = 'Hver uge';
      c.plan.activities[0]!.what = 'Følgedag';
      c.plan.activities[0]!.when = 'Maj';
      c.plan.schedule[0]!.topic = 'Første møde';
    });
    await until(el, () => news(el).includes('felter'));
    expect(news(el)).to.equal('Jonas Holm har ændret 5 felter i Plan og aktiviteter.');
    await expect(el).to.be.accessible();
  });

  it('says the same in English, with a goal of the reader’s own as theirs', async () => {
    const { el, saves } = await openShared(filledAgreement(), 'party-b', 'en');
    await saves((c) => {
      c.parties.a.name = 'Mette Larsen-Holm';
      c.purpose = 'We learn about home care';
    });
    await until(el, () => news(el) !== '');
    expect(news(el)).to.equal('Mette Larsen-Holm changed their name and the purpose.');
    for (const text of [news(el)]) expect(text).not.to.match(/›|#\d|\?\./);
  });
});

describe('<learning-contract> a conflict as it appears', () => {
  afterEach(() => localStorage.clear());

  /** Mette and Jonas replace the same words of the purpose; Mette's save meets Jonas's. */
  async function conflictOnPurpose(lang = 'da') {
    const opened = await openShared(
      { ...filledAgreement(), purpose: 'Vi lærer om pleje' },
      'party-a',
      lang,
    );
    const { el, saves } = opened;
    type(deep<HTMLTextAreaElement>(el, '#f-purpose'), 'Vi lærer om jobcentre');
    await saves((c) => {
      c.purpose = 'Vi lærer om hjemmepleje';
    });
    await until(el, () => conflictIn(el) !== null);
    return opened;
  }

  it('is said once in the news line, and not again while the page renders', async () => {
    const { el } = await conflictOnPurpose();
    const line = el.shadowRoot!.querySelector('[part="news"]')!;
    expect(line.getAttribute('role')).to.equal('status');
    await until(el, () => news(el).includes('samme ord'));
    expect(news(el)).to.equal(
      'Jonas Holm har ændret formålet. Jonas Holm har ændret de samme ord som dig i formålet. Vælg, hvilken tekst der skal gælde.',
    );
    const changes: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => changes.push(...records));
    watcher.observe(line, { childList: true, subtree: true, characterData: true });
    // Typing elsewhere re-renders the page: nothing in the line changes, so nothing is said again.
    type(deep(el, '#f-parties-a-department'), 'Hjemmeplejen');
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(el);
    expect(changes).to.have.length(0);
    // Settled: the sentence goes (a removal, which a screen reader does not read out).
    conflictIn(el)!.querySelector<HTMLButtonElement>('button[data-resolve="theirs"]')!.click();
    await settled(el);
    expect(news(el)).to.equal('Jonas Holm har ændret formålet.');
    const added = changes.flatMap((record) => Array.from(record.addedNodes)).map(text);
    expect(added.filter(Boolean)).to.deep.equal([]);
    watcher.disconnect();
    await expect(el).to.be.accessible();
  });

  it('keeps the keyboard at the field after “Brug min tekst”', async () => {
    const { el } = await conflictOnPurpose();
    const button = conflictIn(el)!.querySelector<HTMLButtonElement>('button[data-resolve="mine"]')!;
    button.focus();
    button.click();
    await until(el, () => conflictIn(el) === null);
    expect(focused()?.id ?? 'nothing').to.equal('f-purpose');
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal('Vi lærer om jobcentre');
  });

  it('“Brug min tekst” keeps what the colleague wrote elsewhere in the field since', async () => {
    const { el, saves, stored } = await conflictOnPurpose();
    await saves((c) => {
      c.purpose = 'Først: Vi lærer om hjemmepleje';
    });
    await until(el, () => deep<HTMLTextAreaElement>(el, '#f-purpose').value.startsWith('Først'));
    conflictIn(el)!.querySelector<HTMLButtonElement>('button[data-resolve="mine"]')!.click();
    await until(el, () => conflictIn(el) === null);
    // The person's words where both wrote, the colleague's later "Først:" kept.
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal(
      'Først: Vi lærer om jobcentre',
    );
    // Saved once typing would have paused: bounded, no time asserted.
    for (let i = 0; i < 200 && (await stored())?.purpose !== 'Først: Vi lærer om jobcentre'; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect((await stored())?.purpose).to.equal('Først: Vi lærer om jobcentre');
  });

  it('“Behold begge tekster” keeps every word of both', async () => {
    const { el } = await conflictOnPurpose();
    const button = conflictIn(el)!.querySelector<HTMLButtonElement>('button[data-resolve="both"]')!;
    expect(text(button)).to.equal('Behold begge tekster');
    button.click();
    await until(el, () => conflictIn(el) === null);
    expect(focused()?.id ?? 'nothing').to.equal('f-purpose');
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal(
      'Vi lærer om hjemmepleje jobcentre',
    );
  });

  it('goes once the person has written their words into the field', async () => {
    const { el } = await conflictOnPurpose();
    const purpose = deep<HTMLTextAreaElement>(el, '#f-purpose');
    type(purpose, 'Vi lærer om hjemmepleje og');
    await settled(el);
    expect(conflictIn(el), 'a word of theirs is still only in the box').not.to.equal(null);
    type(purpose, 'Vi lærer om hjemmepleje og jobcentre');
    await until(el, () => conflictIn(el) === null);
    expect(purpose.value).to.equal('Vi lærer om hjemmepleje og jobcentre');
  });

  it('keeps the keyboard at the field after “Behold teksten fra …”', async () => {
    const { el } = await conflictOnPurpose('en');
    const button = conflictIn(el)!.querySelector<HTMLButtonElement>(
      'button[data-resolve="theirs"]',
    )!;
    expect(text(button)).to.equal('Keep the text from Jonas Holm');
    button.focus();
    button.click();
    await until(el, () => conflictIn(el) === null);
    expect(focused()?.id ?? 'nothing').to.equal('f-purpose');
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal('Vi lærer om hjemmepleje');
  });
});

describe('<learning-contract> a refused change in the same words', () => {
  afterEach(() => localStorage.clear());

  it('names the field as the person’s own, with their text, at the top', async () => {
    const { el, saves } = await openShared(filledAgreement());
    type(deep(el, '#f-parties-a-name'), 'Mette Larsen-Holm');
    // Meanwhile the contract moved on to learning, where the partners' details are fixed.
    await saves((c) => {
      c.process = { state: 'learning', reached: { ...c.process.reached, learning: c.updatedAt } };
    });
    await until(el, () => deepQueryAll(el, '[part="refused"]').length > 0);
    // No longer the person's to change (and folded away): the whole message is in the alert at the top.
    const alert = el.shadowRoot!.querySelector('.refused[role="alert"]');
    expect(text(alert?.querySelector('[part="refused"] strong'))).to.equal('Dit navn:');
    expect(text(alert)).to.contain('Mette Larsen-Holm');
  });
});

describe('colleague-changes: the fallback name inside a sentence', () => {
  it('says “en kollega” / “a colleague” in lower case after “Tekst fra” and “Behold teksten fra”', async () => {
    const part = withDanish(await import('./colleague-changes.js'));
    const contract = { ...filledAgreement(), purpose: 'Deres tekst' };
    // Read by the supervisor: both partners could have written the purpose, so it cannot be told who.
    const state: ContractState = {
      contract,
      perspective: 'supervisor',
      readonly: false,
      shared: true,
      conflicts: [{ path: ['purpose'], mine: 'Min tekst', theirs: 'Deres tekst' }],
      settle: () => undefined,
      sections: [],
      issues: [],
      refusal: undefined,
      edit: () => ({ ok: false, issues: [] }),
      act: () => undefined,
    } as unknown as ContractState;
    const path: FieldPath = ['purpose'];
    for (const [locale, theirs, keep] of [
      ['da', 'Tekst fra en kollega:', 'Behold teksten fra en kollega'],
      ['en', 'Text from a colleague:', 'Keep the text from a colleague'],
    ] as const) {
      const host = document.createElement('div');
      document.body.append(host);
      const { setRenderingLocale } = await import('../i18n/msg.js');
      setRenderingLocale(locale);
      render(part.renderAtField(path, fieldContext(state, locale)), host);
      const said = text(host);
      expect(said).to.contain(theirs).and.contain(keep);
      expect(said).to.match(/^(En kollega|A colleague) /);
      host.remove();
    }
  });
});
