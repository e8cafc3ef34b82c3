import {
  createKeyValueAdapter,
  createMemoryAdapter,
  mapStore,
  type ContractSummary,
  type LearningContract,
  type StorageAdapter,
} from '@kollegalaering/core';
import { acceptedContract, contractAt, filledContract } from '@kollegalaering/core/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { ContractErrorEvent, ContractOpenEvent } from '../events.js';
import { settled, text, until } from '../test-support/dom.js';
import { buttonNamed, tabTo } from '../test-support/keyboard.js';
import type { ContractListElement } from './contract-list.js';

/** Storage of its own for each test: the default memory adapter is shared by the page. */
const fresh = () => createMemoryAdapter(new Map());

const stored = (id: string, contract: LearningContract, updatedAt: string): LearningContract => ({
  ...contract,
  id,
  updatedAt,
});

/** Storage in the browser holding three contracts: one waiting for approval, one being learned, one done. */
async function browserStorage(): Promise<StorageAdapter> {
  const adapter = fresh();
  await adapter.save(stored('waits', acceptedContract(), '2026-11-30T09:00:00.000Z'));
  await adapter.save(stored('learning', contractAt('learning'), '2026-11-29T09:00:00.000Z'));
  await adapter.save(stored('done', contractAt('completed'), '2026-11-28T09:00:00.000Z'));
  return adapter;
}

/** A keeper that knows who is asking, answering as the server's list does. */
function serverLike(summaries: ContractSummary[]): StorageAdapter {
  const adapter = fresh();
  return { ...adapter, list: () => Promise.resolve({ ok: true, value: summaries }) };
}

const leaderSummary: ContractSummary = {
  id: 'c-1',
  revision: 4,
  updatedAt: '2026-11-30T09:00:00.000Z',
  state: 'agreement',
  names: { a: 'Mette Larsen', b: 'Jonas Holm' },
  perspectives: ['leader-a'],
  yours: [{ need: 'approve', by: ['leader-a'], party: 'a' }],
  waitingFor: [{ need: 'approve', by: ['leader-b'], party: 'b' }],
};

async function list(
  storage: StorageAdapter,
  lang = 'da',
  attributes: { perspective?: string; href?: string } = {},
) {
  const el = await fixture<ContractListElement>(
    html`<contract-list
      lang=${lang}
      .storage=${storage}
      perspective=${attributes.perspective ?? ''}
      href=${attributes.href ?? ''}
    ></contract-list>`,
  );
  // The list's part arrives by import(), then storage answers.
  await el.refresh();
  await settled(el);
  return el;
}

const groups = (el: ContractListElement) =>
  Array.from(el.shadowRoot!.querySelectorAll('section section')).map((section) => ({
    title: text(section.querySelector('h3')),
    items: Array.from(section.querySelectorAll('.contracts > li')).map((item) => text(item)),
  }));

describe('<contract-list>', () => {
  it('passes an axe check in every state, in Danish and in English', async () => {
    for (const lang of ['da', 'en']) {
      await expect(
        await list(await browserStorage(), lang, { perspective: 'leader-a' }),
      ).to.be.accessible();
      await expect(await list(fresh(), lang)).to.be.accessible();
      const broken: StorageAdapter = {
        ...fresh(),
        list: () => Promise.resolve({ ok: false, error: { code: 'unavailable' } }),
      };
      await expect(await list(broken, lang)).to.be.accessible();
      const cannot: StorageAdapter = {
        ...fresh(),
        capabilities: { list: false, remove: false, subscribe: false, shared: false },
      };
      await expect(await list(cannot, lang)).to.be.accessible();
    }
  });

  it('puts what awaits the person first, then what waits for others, then the completed', async () => {
    const el = await list(await browserStorage(), 'da', { perspective: 'leader-a' });
    const [yours, others, completed] = groups(el);
    expect(yours!.title).to.equal('Venter på dig (1)');
    expect(yours!.items[0]).to.contain('Mette Larsen og Jonas Holm');
    expect(yours!.items[0]).to.contain('Du skal godkende kontrakten');
    expect(yours!.items[0]).to.contain('Venter på, at Peter Friis godkender');
    expect(yours!.items[0]).to.contain('Trin: Aftale');
    expect(others!.title).to.equal('I gang (1)');
    expect(others!.items[0]).to.contain('Trin: Læring');
    expect(completed!.title).to.equal('Gennemførte (1)');
    expect(completed!.items[0]).to.contain('Trin: Gennemført');
  });

  it('files a contract being agreed that waits for others as not under way yet, as its step says', async () => {
    // Started on the partner board, run formally: step 1 waits for the leaders to hand it on.
    const introduced: ContractSummary = {
      ...leaderSummary,
      id: 'partnerskab-1',
      state: 'introduced',
      perspectives: ['party-b'],
      yours: [],
      waitingFor: [{ need: 'move-on', by: ['leader-a', 'leader-b'] }],
    };
    const learning: ContractSummary = {
      ...introduced,
      id: 'c-2',
      state: 'learning',
      yours: [{ need: 'learn', by: ['party-a', 'party-b'], until: '2099-06-30' }],
      waitingFor: [],
    };
    const el = await list(serverLike([introduced, learning]), 'da');
    const [starting, running] = groups(el);
    expect(starting!.title).to.equal('Ikke i gang endnu (1)');
    expect(starting!.items[0]).to.contain('Trin: Introduktion');
    expect(running!.title).to.equal('I gang (1)');
    expect(running!.items[0]).to.contain('Trin: Læring');
    const english = await list(serverLike([introduced]), 'en');
    expect(groups(english)[0]!.title).to.equal('Not under way yet (1)');
    await expect(english).to.be.accessible();
  });

  it('says to the supervisor whom each contract waits for, by name, and never “ready for the next step”', async () => {
    const adapter = fresh();
    const learning = contractAt('learning');
    learning.plan.timeFrame.end = '2099-06-30';
    await adapter.save(stored('learning', learning, '2026-11-29T09:00:00.000Z'));
    const evaluated = contractAt('evaluation');
    for (const answer of Object.values(evaluated.jointEvaluation)) answer.text = 'Svar';
    evaluated.process.answered = { a: true, b: true, joint: true };
    await adapter.save(stored('evaluated', evaluated, '2026-11-30T09:00:00.000Z'));
    const el = await list(adapter, 'da', { perspective: 'supervisor' });
    const all = groups(el).flatMap((group) => group.items);
    expect(groups(el).map((group) => group.title)).to.deep.equal(['I gang (2)']);
    expect(all[0]).to.contain(
      'Venter på, at Mette Larsen eller Jonas Holm går videre til næste trin',
    );
    expect(all[1]).to.contain('Mette Larsen og Jonas Holm lærer af hinanden til 30. juni 2099');
    expect(all.join(' ')).not.to.contain('Klar til næste trin');
  });

  it('takes who the person is from a server’s answer, in English', async () => {
    const el = await list(serverLike([leaderSummary]), 'en');
    const [yours] = groups(el);
    expect(yours!.title).to.equal('Waiting for you (1)');
    expect(yours!.items[0]).to.contain('You need to approve the contract');
    // A server that sends the parties' names only: the leader by role.
    expect(yours!.items[0]).to.contain('Waiting for the leader of Jonas Holm to approve');
    expect(yours!.items[0]).to.match(/Changed .*2026/);
    const names = { ...leaderSummary.names, leaders: { a: 'Hanne Berg', b: 'Peter Friis' } };
    const named = await list(serverLike([{ ...leaderSummary, names }]), 'en');
    expect(groups(named)[0]!.items[0]).to.contain('Waiting for Peter Friis to approve');
  });

  it('offers starting a contract to a colleague, not to someone on contracts only as a leader or the supervisor', async () => {
    const offered = (el: ContractListElement) =>
      el.shadowRoot!.querySelector('[part="new"]') !== null;
    expect(offered(await list(serverLike([leaderSummary]), 'da')), 'a leader').to.equal(false);
    const lone = { ...leaderSummary, perspectives: ['supervisor' as const] };
    expect(offered(await list(serverLike([lone]), 'da')), 'the supervisor').to.equal(false);
    const alsoParty = { ...leaderSummary, id: 'c-2', perspectives: ['party-b' as const] };
    expect(
      offered(await list(serverLike([leaderSummary, alsoParty]), 'da')),
      'a leader who is a party on another',
    ).to.equal(true);
    expect(offered(await list(fresh(), 'da')), 'on no contract yet').to.equal(true);
    const browser = await browserStorage();
    expect(offered(await list(browser, 'da', { perspective: 'leader-a' }))).to.equal(false);
    expect(offered(await list(browser, 'da', { perspective: 'party-a' }))).to.equal(true);
  });

  it('opens a contract by keyboard with contract-open, as the perspective that has something to do', async () => {
    const el = await list(serverLike([leaderSummary]), 'en');
    await tabTo(buttonNamed('Mette Larsen and Jonas Holm'));
    const opened = oneEvent(el, 'contract-open');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await opened) as ContractOpenEvent;
    expect(detail).to.deep.equal({ id: 'c-1', perspective: 'leader-a' });
  });

  it('is a link with href, which the host can keep from being followed', async () => {
    const el = await list(serverLike([leaderSummary]), 'en', {
      href: '/laering/{id}?som={perspective}',
    });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.open')!;
    expect(link.getAttribute('href')).to.equal('/laering/c-1?som=leader-a');
    el.addEventListener('contract-open', (event) => event.preventDefault(), { once: true });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented, 'the host kept the link from being followed').to.equal(true);
  });

  it('starts a new contract in storage, with the person as party A, and opens it', async () => {
    const storage = fresh();
    const el = await list(storage, 'da');
    expect(text(el.shadowRoot)).to.contain('Du er ikke med i nogen læringskontrakt endnu.');
    const opened = oneEvent(el, 'contract-open');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="new"]')!.click();
    const { detail } = (await opened) as ContractOpenEvent;
    expect(detail.perspective).to.equal('party-a');
    const saved = await storage.load(detail.id);
    expect(saved.ok && saved.value?.revision).to.equal(1);
    await settled(el);
    expect(groups(el)[0]!.items[0]).to.contain('Ny kontrakt, endnu uden navne');
  });

  it('starts a contract as the organisation runs the method: formally, at step 1 with the leaders', async () => {
    const storage = fresh();
    const el = await fixture<ContractListElement>(
      html`<contract-list lang="da" .storage=${storage}>
        <script type="application/json">
          { "process": { "mode": "formal" } }
        </script>
      </contract-list>`,
    );
    await until(el, () => el.shadowRoot!.querySelector('[part="new"]') !== null);
    const opened = oneEvent(el, 'contract-open');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="new"]')!.click();
    const { detail } = (await opened) as ContractOpenEvent;
    const saved = await storage.load(detail.id);
    expect(saved.ok && saved.value?.process.state).to.equal('introduced');
    expect(saved.ok && saved.value?.settings.mode).to.equal('formal');
  });

  it('follows a contract saved on the page, and keeps the last list when storage fails', async () => {
    const storage = await browserStorage();
    let failing = false;
    const flaky: StorageAdapter = {
      ...storage,
      list: () =>
        failing ? Promise.resolve({ ok: false, error: { code: 'unavailable' } }) : storage.list(),
    };
    const el = await list(flaky, 'en', { perspective: 'party-a' });
    const renamed = filledContract();
    renamed.id = 'waits';
    renamed.parties.a.name = 'Mette L. Larsen';
    const before = await storage.load('waits');
    await storage.save(renamed, { expectedRevision: before.ok ? before.value!.revision : 0 });
    window.dispatchEvent(new Event('contract-save'));
    await until(el, () => text(el.shadowRoot).includes('Mette L. Larsen'));

    failing = true;
    const failed = oneEvent(el, 'contract-error');
    await el.refresh();
    expect(((await failed) as ContractErrorEvent).detail.code).to.equal('unavailable');
    expect(text(el.shadowRoot)).to.contain('Mette L. Larsen');
  });

  it('says when the list cannot be fetched, changes nothing, and tries again on request', async () => {
    let answer: 'fail' | 'ok' = 'fail';
    const storage = await browserStorage();
    const el = await list(
      {
        ...storage,
        list: () =>
          answer === 'fail'
            ? Promise.resolve({ ok: false, error: { code: 'unavailable' } })
            : storage.list(),
      },
      'da',
    );
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(
      'Dine kontrakter kunne ikke hentes. Intet er ændret.',
    );
    answer = 'ok';
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!.click();
    await until(el, () => groups(el).length > 0);
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('');
  });
});

describe('<contract-list> beside the contract it lists', () => {
  it('follows a colleague’s change that the contract on the page took in, without a reload', async () => {
    // One keeper for both elements, that tells the page of changes (as a server's event stream does).
    const store = mapStore(new Map());
    const channelName = `list-${Math.random()}`;
    const keeper = createKeyValueAdapter(store, { channelName });
    // The colleague's browser: the same keeper, reached from elsewhere.
    const elsewhere = createKeyValueAdapter(store, { channelName });
    const saved = await keeper.save({
      ...filledContract(),
      id: 'k1',
      parties: { ...filledContract().parties, b: { ...filledContract().parties.b, name: '' } },
    });
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <contract-list lang="da" perspective="party-a" .storage=${keeper}></contract-list>
        <learning-contract lang="da" contract-id="k1" .storage=${keeper}></learning-contract>
      </div>`,
    );
    const listEl = page.querySelector<ContractListElement>('contract-list')!;
    await until(listEl, () => text(listEl.shadowRoot).includes('Mette Larsen'));
    expect(text(listEl.shadowRoot)).not.to.contain('Jonas Holm');
    // A colleague (party B) writes their name elsewhere.
    if (!saved.ok) throw new Error('not saved');
    const colleague = {
      ...saved.value,
      parties: { ...saved.value.parties, b: { ...saved.value.parties.b, name: 'Jonas Holm' } },
    };
    await elsewhere.save(colleague, { expectedRevision: saved.value.revision });
    await until(listEl, () => text(listEl.shadowRoot).includes('Jonas Holm'));
    await expect(listEl).to.be.accessible();
  });
});
