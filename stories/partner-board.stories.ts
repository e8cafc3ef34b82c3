import type {
  PartnerEntry,
  PartnerProposal,
  PartnerEntryInput,
} from '@kollegalaering/core/partners';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/partner-board/define.js';

const meta: Meta = { title: 'Elements/partner-board', component: 'partner-board' };
export default meta;

const entry = (
  id: string,
  name: string,
  department: string,
  teach: [string, string[]],
  learn: [string, string[]],
): PartnerEntry => ({
  id,
  name,
  department,
  teach: { text: teach[0], themes: teach[1] },
  learn: { text: learn[0], themes: learn[1] },
  updatedAt: '2026-12-01T09:00:00.000Z',
});

const COLLEAGUES = [
  entry(
    'jonas',
    'Jonas Holm',
    'Jobcentret',
    ['Reglerne for sygedagpenge.', ['Sygedagpenge']],
    ['Hvad hjemmeplejen kan.', ['Hjemmepleje']],
  ),
  entry(
    'ali',
    'Ali Hassan',
    'Teknik og Miljø',
    ['Excel: opslag og pivottabeller.', ['Excel']],
    ['At skrive breve, borgerne forstår.', ['Klart sprog']],
  ),
  entry(
    'anne',
    'Anne Kjær',
    'Hjemmeplejen',
    ['Forflytning i hjemmet.', ['Forflytning']],
    ['Demens.', ['Demens']],
  ),
];

const METTE = entry(
  'mette',
  'Mette Larsen',
  'Hjemmeplejen',
  ['Forflytning og hjemmepleje.', ['Hjemmepleje']],
  ['Sygedagpenge, så jeg kan hjælpe borgerne videre.', ['Sygedagpenge']],
);

const PROPOSAL: PartnerProposal = {
  id: 'p1',
  from: { id: 'jonas', name: 'Jonas Holm', department: 'Jobcentret' },
  to: { id: 'mette', name: 'Mette Larsen', department: 'Hjemmeplejen' },
  theme: 'Sygedagpenge',
  message: 'Skal vi tage en følgedag hos hinanden i marts?',
  status: 'open',
  contractId: null,
  createdAt: '2026-12-01T09:00:00.000Z',
};

/** What each story's server holds: the board answers from it, at /story-api/<story>. */
const SERVERS: Record<string, { mine: PartnerEntry | null; received: PartnerProposal[] }> = {
  'not-on-board': { mine: null, received: [] },
  matches: { mine: METTE, received: [] },
  proposal: { mine: METTE, received: [PROPOSAL] },
};

// The stories' own server, in the page: requests to /story-api/ are answered here, all others
// go on as they were. Writes change the story's board until the page is reloaded.
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const match = /\/story-api\/([^/]+)(\/.*)$/.exec(url);
  const server = match && SERVERS[match[1]!];
  if (!server) return pageFetch(input, init);
  const path = match[2];
  const method = init.method ?? 'GET';
  const json = (value: unknown, status = 200) =>
    Promise.resolve(
      new Response(JSON.stringify(value), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  if (path === '/partners') return json({ mine: server.mine, entries: COLLEAGUES });
  if (path === '/partners/proposals') return json({ received: server.received, sent: [] });
  if (path === '/partners/me' && method === 'PUT' && typeof init.body === 'string') {
    const sent = JSON.parse(init.body) as PartnerEntryInput;
    server.mine = { ...sent, id: 'mette', updatedAt: new Date().toISOString() };
    return json(server.mine);
  }
  if (path === '/partners/me' && method === 'DELETE') {
    server.mine = null;
    return Promise.resolve(new Response(null, { status: 204 }));
  }
  return json({}, 201);
};

/** A colleague who has not put herself on the board: the form, and who is on it. */
export const NotOnTheBoard: StoryObj = {
  render: () => html`<partner-board endpoint="/story-api/not-on-board"></partner-board>`,
};

/** Mette is on the board: Jonas, who teaches what she wants to learn, comes first. */
export const MatchesFirst: StoryObj = {
  render: () => html`<partner-board endpoint="/story-api/matches"></partner-board>`,
};

/** Jonas has proposed learning together: Mette can say yes or no thanks. */
export const ProposalForYou: StoryObj = {
  render: () => html`<partner-board endpoint="/story-api/proposal"></partner-board>`,
};
