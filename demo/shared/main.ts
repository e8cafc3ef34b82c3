// The demo intranet page on the reference server (`npm start`): who you are is
// picked per browser window, and <learning-contract> keeps the contract on the
// server, which shows each person only what is theirs.
import '@kollegalaering/components/define.js';
import type { ContractSummary } from '@kollegalaering/core';
import { createHttpAdapter } from '@kollegalaering/core/http';
import { PEOPLE } from './people.js';

const DEV_USER_HEADER = 'X-Kollegalaering-Dev-User';
const signedIn = () => sessionStorage.getItem('demo-user') ?? '';
const headers = () => ({ [DEV_USER_HEADER]: signedIn() });

const element = (tag: string, text = '', attributes: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function showSignIn() {
  const list = byId<HTMLUListElement>('people');
  list.replaceChildren(
    ...PEOPLE.map((person) => {
      const item = element('li');
      const button = element('button', `${person.name}`, { type: 'button' });
      button.addEventListener('click', () => {
        sessionStorage.setItem('demo-user', person.email);
        location.reload();
      });
      item.append(button, element('span', ` ${person.role} · ${person.email}`));
      return item;
    }),
  );
  byId('sign-in').hidden = false;
}

async function showContracts() {
  const response = await fetch('/api/contracts', { headers: headers() });
  const summaries = response.ok ? ((await response.json()) as ContractSummary[]) : [];
  byId('contracts').replaceChildren(
    ...summaries.map((summary) => {
      const names =
        [summary.names.a, summary.names.b].filter(Boolean).join(' og ') || 'Ny kontrakt';
      const link = element('a', names, { href: `#${encodeURIComponent(summary.id)}` });
      if (summary.id === currentId()) link.setAttribute('aria-current', 'page');
      const item = element('li');
      item.append(link, element('span', ` · ${turnText(summary)}`));
      return item;
    }),
  );
  byId('no-contracts').hidden = summaries.length > 0;
}

// The demo's own words for core's whoseTurn, which the server puts in each summary.
const DOING = {
  'fill-in': 'udfylde',
  accept: 'acceptere',
  approve: 'godkende',
  'confirm-amendment': 'bekræfte en ændring',
  'move-on': 'gå videre',
} as const;
function turnText({ names, yours = [], waitingFor = [] }: ContractSummary): string {
  const who = (perspective: string) =>
    ({
      'party-a': names.a || 'Part A',
      'party-b': names.b || 'Part B',
      'leader-a': `${names.a || 'Part A'}s leder`,
      'leader-b': `${names.b || 'Part B'}s leder`,
      supervisor: 'supervisoren',
    })[perspective] ?? perspective;
  if (yours.length > 0) return `Din tur: ${yours.map((n) => DOING[n.need]).join(', ')}`;
  if (waitingFor.length === 0) return 'Gennemført';
  return `Venter på ${waitingFor.map((n) => `${n.by.map(who).join(' eller ')} (${DOING[n.need]})`).join(', ')}`;
}

const currentId = () => decodeURIComponent(location.hash.slice(1));

function showContract() {
  const contract = document.querySelector('learning-contract')!;
  const id = currentId();
  contract.hidden = !id;
  if (id) contract.setAttribute('contract-id', id);
  void showContracts();
}

const user = signedIn();
if (!user) {
  showSignIn();
} else {
  const person = PEOPLE.find((p) => p.email === user);
  const status = byId('signed-in');
  const signOut = element('button', 'Skift person', { type: 'button' });
  signOut.addEventListener('click', () => {
    sessionStorage.removeItem('demo-user');
    location.hash = '';
    location.reload();
  });
  status.append(element('span', `Logget ind som ${person?.name ?? user} `), signOut);
  byId('workspace').hidden = false;
  const contract = document.querySelector('learning-contract')!;
  contract.storage = createHttpAdapter({ endpoint: '/api', headers });
  contract.addEventListener('contract-save', () => void showContracts());
  byId('new-contract').addEventListener('click', () => {
    location.hash = `kontrakt-${Date.now().toString(36)}`;
  });
  window.addEventListener('hashchange', showContract);
  showContract();
}
