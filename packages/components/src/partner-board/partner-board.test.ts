import type { PartnerEntry, PartnerProposal } from '@kollegalaering/core/partners';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import './define.js';
import type { ContractOpenEvent } from '../events.js';
import { until } from '../test-support/dom.js';
import type { PartnerBoardElement } from './partner-board.js';

const entry = (
  id: string,
  name: string,
  department: string,
  teach: string[],
  learn: string[],
): PartnerEntry => ({
  id,
  name,
  department,
  teach: { text: `${name} lærer gerne fra sig`, themes: teach },
  learn: { text: '', themes: learn },
  updatedAt: '2026-12-01T09:00:00.000Z',
});

const COLLEAGUES = [
  entry('e1', 'Anders Bo', 'Jobcentret', ['Jura'], []),
  entry('e2', 'Bente Krog', 'Hjemmeplejen', ['Excel'], []),
  entry('e3', 'Jonas Holm', 'Jobcentret', ['Sygedagpenge'], ['Forflytning']),
];

/** The organisation's settings as the server keeps them: run formally, with goals preset for a theme. */
const SETTINGS = {
  version: 3,
  changedAt: '2026-12-01T08:00:00.000Z',
  settings: {
    sections: {
      process: {
        mode: 'formal',
        themes: [
          { da: 'Digitalisering', en: 'Digitalisation' },
          { da: 'Sygedagpenge', en: 'Sickness benefit' },
        ],
      },
    },
    supervisors: [],
    links: [],
    presetGoals: { Sygedagpenge: ['Kende reglerne for sygedagpenge'] },
  },
};

/**
 * A fake of the server's /partners routes, recording what the board sends;
 * with `settings`, the organisation's settings too (without, a server that keeps none: 404).
 */
function fakeServer({
  mine = null as PartnerEntry | null,
  received = [] as PartnerProposal[],
  settings = undefined as typeof SETTINGS | undefined,
} = {}) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  let own = mine;
  const handler = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^\/api/, '');
    const method = init.method ?? 'GET';
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({ method, path, body });
    const json = (value: unknown, status = 200) =>
      Promise.resolve(
        new Response(JSON.stringify(value), {
          status,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    if (method === 'GET' && path === '/partners') return json({ mine: own, entries: COLLEAGUES });
    if (method === 'GET' && path === '/organisation/settings' && settings) return json(settings);
    if (method === 'GET' && path === '/partners/proposals') return json({ received, sent: [] });
    if (method === 'PUT' && path === '/partners/me') {
      own = { ...(body as PartnerEntry), id: 'me', updatedAt: '2026-12-01T09:00:00.000Z' };
      return json(own);
    }
    if (method === 'DELETE' && path === '/partners/me') {
      own = null;
      return Promise.resolve(new Response(null, { status: 204 }));
    }
    if (method === 'POST' && path === '/partners/proposals') return json({}, 201);
    if (method === 'POST' && path.endsWith('/accept')) {
      const accepted = { ...received[0]!, status: 'accepted', contractId: 'partnerskab-1' };
      received = [accepted as PartnerProposal];
      return json(accepted);
    }
    return json({ code: 'not-found' }, 404);
  };
  return { sent, handler };
}

/** Jonas proposes to Mette. */
const PROPOSAL: PartnerProposal = {
  id: 'p1',
  from: { id: 'e3', name: 'Jonas Holm', department: 'Jobcentret' },
  to: { id: 'me', name: 'Mette Larsen', department: 'Hjemmeplejen' },
  theme: 'Sygedagpenge',
  message: 'Skal vi?',
  status: 'open',
  contractId: null,
  createdAt: '2026-12-01T09:00:00.000Z',
};

const ME = entry('me', 'Mette Larsen', 'Hjemmeplejen', ['Forflytning'], ['Sygedagpenge', 'Excel']);

async function boardWith(server: ReturnType<typeof fakeServer>, lang = 'da') {
  window.fetch = server.handler;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><partner-board endpoint="/api"></partner-board></div>`,
  );
  const board = wrapper.querySelector('partner-board')!;
  await until(board, () => Boolean(board.shadowRoot?.querySelector('#search-title')));
  return board;
}

const optionTexts = (select: HTMLSelectElement) =>
  [...select.options].map((option) => option.textContent.trim());

/** Opens the proposal form on a colleague's entry; returns its choice of theme. */
async function proposalTo(board: PartnerBoardElement, entryId: string) {
  const entry = board.shadowRoot!.querySelector(`li[aria-labelledby="entry-${entryId}"]`)!;
  entry.querySelector('button')!.click();
  await board.updateComplete;
  return board.shadowRoot!.querySelector<HTMLSelectElement>('#propose-theme')!;
}

const names = (board: PartnerBoardElement) =>
  [...board.shadowRoot!.querySelectorAll('#search-title ~ ul > li h3')].map((h) =>
    h.textContent.trim(),
  );
const button = (board: PartnerBoardElement, name: string) =>
  [...board.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === name)!;

const realFetch = Object.getOwnPropertyDescriptor(window, 'fetch')!;
afterEach(() => {
  Object.defineProperty(window, 'fetch', realFetch);
});

describe('<partner-board>', () => {
  it('is accessible in Danish and English, before and after opting in', async () => {
    for (const lang of ['da', 'en']) {
      await expect(await boardWith(fakeServer(), lang)).to.be.accessible();
      const board = await boardWith(
        fakeServer({
          mine: ME,
          received: [PROPOSAL],
        }),
        lang,
      );
      await expect(board).to.be.accessible();
      button(board, lang === 'da' ? 'Foreslå et samarbejde' : 'Propose learning together').click();
      await board.updateComplete;
      await expect(board).to.be.accessible();
    }
  });

  it('shows the colleagues by name until one opts in, and says what opting in shows', async () => {
    const server = fakeServer();
    const board = await boardWith(server);
    expect(names(board)).to.deep.equal([
      'Anders Bo, Jobcentret',
      'Bente Krog, Hjemmeplejen',
      'Jonas Holm, Jobcentret',
    ]);
    expect(button(board, 'Foreslå et samarbejde')).to.equal(undefined);
    expect(board.shadowRoot!.textContent).to.contain('kan ses af kolleger, der er logget ind');
    const field = (id: string, value: string) => {
      const input = board.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
    };
    field('name', 'Mette Larsen');
    field('department', 'Hjemmeplejen');
    field('teach-themes', 'Forflytning');
    field('learn-themes', 'Sygedagpenge, excel, Excel');
    button(board, 'Sæt mig på tavlen').click();
    await until(board, () => board.shadowRoot!.textContent.includes('Du er nu på opslagstavlen'));
    const put = server.sent.find((s) => s.method === 'PUT')!;
    expect(put.body).to.deep.include({ name: 'Mette Larsen', department: 'Hjemmeplejen' });
    expect((put.body as PartnerEntry).learn.themes).to.deep.equal(['Sygedagpenge', 'excel']);
    // Now the matches come first: Jonas both ways, across departments; then Bente.
    await until(board, () => names(board)[0] === 'Jonas Holm, Jobcentret');
    expect(names(board)).to.deep.equal([
      'Jonas Holm, Jobcentret',
      'Bente Krog, Hjemmeplejen',
      'Anders Bo, Jobcentret',
    ]);
    expect(board.shadowRoot!.textContent).to.contain('Kan lære dig: Sygedagpenge');
    expect(board.shadowRoot!.textContent).to.contain('Vil gerne lære af dig: Forflytning');
  });

  it('filters by department and theme', async () => {
    const board = await boardWith(fakeServer({ mine: ME }));
    const choose = async (id: string, value: string) => {
      const select = board.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await board.updateComplete;
    };
    await choose('filter-department', 'Jobcentret');
    expect(names(board)).to.deep.equal(['Jonas Holm, Jobcentret', 'Anders Bo, Jobcentret']);
    await choose('filter-theme', 'Jura');
    expect(names(board)).to.deep.equal(['Anders Bo, Jobcentret']);
  });

  it('proposes to a colleague, and opting out deletes the entry', async () => {
    const server = fakeServer({ mine: ME });
    const board = await boardWith(server);
    button(board, 'Foreslå et samarbejde').click();
    await board.updateComplete;
    const message = board.shadowRoot!.querySelector<HTMLTextAreaElement>('#propose-message')!;
    message.value = 'Skal vi?';
    button(board, 'Send forslaget').click();
    await until(board, () => board.shadowRoot!.textContent.includes('Dit forslag er sendt'));
    expect(server.sent.find((s) => s.method === 'POST')!.body).to.deep.equal({
      to: 'e3',
      theme: 'Sygedagpenge',
      message: 'Skal vi?',
    });
    button(board, 'Fjern mig fra tavlen').click();
    await until(board, () => board.shadowRoot!.textContent.includes('Du er fjernet'));
    expect(server.sent.some((s) => s.method === 'DELETE' && s.path === '/partners/me')).to.equal(
      true,
    );
    expect(button(board, 'Sæt mig på tavlen')).to.not.equal(undefined);
  });

  it('accepting a proposal opens the new contract', async () => {
    const server = fakeServer({
      mine: ME,
      received: [PROPOSAL],
    });
    const board = await boardWith(server);
    expect(board.shadowRoot!.textContent).to.contain(
      'Jonas Holm (Jobcentret) foreslår, at I lærer af hinanden om Sygedagpenge',
    );
    const opened = oneEvent<ContractOpenEvent>(board, 'contract-open');
    button(board, 'Ja tak, start en kontrakt').click();
    const { detail } = await opened;
    expect(detail).to.deep.equal({ id: 'partnerskab-1', perspective: 'party-b' });
    expect(server.sent.some((s) => s.path === '/partners/proposals/p1/accept')).to.equal(true);
  });

  it('takes its themes from the organisation’s settings: a proposal is about one of them', async () => {
    const server = fakeServer({ mine: ME, settings: SETTINGS });
    const board = await boardWith(server);
    await until(board, () =>
      optionTexts(board.shadowRoot!.querySelector('#filter-theme')!).includes('Digitalisering'),
    );
    // Jonas teaches Sygedagpenge, one of the organisation's themes: it is the one chosen.
    const theme = await proposalTo(board, 'e3');
    expect(optionTexts(theme)).to.deep.equal(['Digitalisering', 'Sygedagpenge', 'Intet tema']);
    expect(theme.value).to.equal('Sygedagpenge');
    button(board, 'Send forslaget').click();
    await until(board, () => board.shadowRoot!.textContent.includes('Dit forslag er sendt'));
    expect(
      (server.sent.find((s) => s.method === 'POST')!.body as { theme: string }).theme,
    ).to.equal('Sygedagpenge');

    // Bente's Excel is not the organisation's: the first of its themes is offered, by its Danish name.
    const english = await boardWith(fakeServer({ mine: ME, settings: SETTINGS }), 'en');
    const choice = await proposalTo(english, 'e2');
    expect(optionTexts(choice)).to.deep.equal(['Digitalisation', 'Sickness benefit', 'No theme']);
    expect(choice.value).to.equal('Digitalisering');
    await expect(english).to.be.accessible();
  });

  it('suggests the organisation’s themes for one’s own entry', async () => {
    const board = await boardWith(fakeServer({ settings: SETTINGS }));
    await until(board, () =>
      Boolean(board.shadowRoot!.querySelector('#theme-suggestions option[value="Digitalisering"]')),
    );
    const suggested = [
      ...board.shadowRoot!.querySelectorAll<HTMLOptionElement>('#theme-suggestions option'),
    ].map((option) => option.value);
    expect(suggested.slice(0, 2)).to.deep.equal(['Digitalisering', 'Sygedagpenge']);
    expect(suggested).to.include('Jura');
  });

  it('counts one colleague in the singular, in Danish and English', async () => {
    for (const [lang, many, one, oneMatching] of [
      [
        'da',
        '2 kolleger, heraf 1, der passer til dig',
        '1 kollega',
        '1 kollega, der passer til dig',
      ],
      ['en', '2 colleagues, 1 of them match you', '1 colleague', '1 colleague, who matches you'],
    ] as const) {
      const board = await boardWith(fakeServer({ mine: ME }), lang);
      /** Sets a filter as a person would, and reads the count the board says. */
      const countAfter = async (id: string, value: string, event: string) => {
        const field = board.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
        field.value = value;
        field.dispatchEvent(new Event(event));
        await board.updateComplete;
        return board.shadowRoot!.querySelector('p[aria-live]')!.textContent.trim();
      };
      expect(await countAfter('filter-department', 'Jobcentret', 'change')).to.equal(many);
      expect(await countAfter('filter-text', 'Anders', 'input')).to.equal(one);
      expect(await countAfter('filter-text', 'Jonas', 'input')).to.equal(oneMatching);
    }
  });

  it('names the colleague in each propose button’s accessible name, its visible text first', async () => {
    for (const lang of ['da', 'en']) {
      const board = await boardWith(fakeServer({ mine: ME }), lang);
      const buttons = [
        ...board.shadowRoot!.querySelectorAll<HTMLButtonElement>('li[part="entry"] button'),
      ];
      const visible = lang === 'da' ? 'Foreslå et samarbejde' : 'Propose learning together';
      expect(buttons.map((b) => b.textContent.trim())).to.deep.equal([visible, visible, visible]);
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(
        ['Jonas Holm', 'Bente Krog', 'Anders Bo'].map((name) =>
          lang === 'da'
            ? `Foreslå et samarbejde med ${name}`
            : `Propose learning together with ${name}`,
        ),
      );
      await expect(board).to.be.accessible();
    }
  });
});
