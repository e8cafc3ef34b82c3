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

/** A fake of the server's /partners routes, recording what the board sends. */
function fakeServer({
  mine = null as PartnerEntry | null,
  received = [] as PartnerProposal[],
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
});
