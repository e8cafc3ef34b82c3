// The demo intranet page on the reference server (`npm start`): who you are is
// picked per browser window (AUTH=dev), or is who signed in at the
// municipality's login (`npm start -- --oidc`: the server's session cookie);
// <contract-list> shows the person's contracts and
// whose turn it is, and <learning-contract> keeps the one opened on the server,
// which shows each person only what is theirs. sections.json is Søby Kommune's
// configuration (its introduction and themes): `npm start` gives the server the same file as
// the first version of the settings, which its administrator then edits on the page.
import '@kollegalaering/components/define.js';
import '@kollegalaering/components/organisation/define.js';
import '@kollegalaering/components/partner-board/define.js';
import { createHttpAdapter } from '@kollegalaering/core/http';
import { PEOPLE } from './people.js';
import sections from './sections.json';

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

/** The board's own address (its emails link to it), not a contract's. */
const BOARD = 'partnere';
const currentId = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  return id === BOARD ? '' : id;
};

/** Each settings version's sections, once asked for: a stored version never changes. */
const sectionsOf = new Map<string, Promise<unknown>>();

/**
 * The sections a contract is shown with: those of the settings version it started under, which
 * the server keeps to (a field that version kept private stays private), else the newest.
 */
async function configOf(id: string, headers: Record<string, string>, newest: unknown) {
  const answer = await fetch(`/api/contracts/${encodeURIComponent(id)}`, { headers });
  const version = answer.headers.get('Kollegalaering-Settings-Version');
  if (!answer.ok || !version || version === '0') return newest;
  let sections = sectionsOf.get(version);
  if (!sections) {
    sections = fetch(`/api/organisation/settings?version=${version}`, { headers }).then(
      async (stored) =>
        stored.ok
          ? ((await stored.json()) as { settings: { sections: unknown } }).settings.sections
          : newest,
    );
    sectionsOf.set(version, sections);
  }
  return sections;
}

/** Counts the contracts asked for: an answer for one the address has since left is dropped. */
let asked = 0;

/**
 * Shows the contract the address names, with its own version's sections. The element stays
 * hidden until it has both the sections and the contract-id, so that no one sees, or types into,
 * a blank contract or one contract with another's sections while they are read.
 */
async function showContract(headers: Record<string, string>, newest: unknown) {
  const contract = document.querySelector('learning-contract')!;
  const id = currentId();
  const mine = ++asked;
  contract.hidden = true;
  if (!id) return;
  const config = await configOf(id, headers, newest).catch(() => newest);
  if (mine !== asked) return;
  contract.config = config;
  contract.setAttribute('contract-id', id);
  contract.hidden = false;
}

/**
 * The organisation's settings, as its administrators keep them on the server (sections.json is
 * their first version); for an administrator, the section where they edit them and see the overview.
 */
async function organisation(headers: Record<string, string>) {
  const stored = await fetch('/api/organisation/settings', { headers });
  const config: unknown = stored.ok
    ? ((await stored.json()) as { settings: { sections: unknown } }).settings.sections
    : sections;
  const admin = await fetch('/api/organisation/admin', { headers });
  if (admin.ok && ((await admin.json()) as { admin: boolean }).admin) {
    const section = byId('organisation');
    section.hidden = false;
    for (const tag of ['organisation-overview', 'organisation-settings'] as const) {
      const element = section.appendChild(document.createElement(tag));
      element.headers = headers;
      element.endpoint = '/api';
      void element.load();
    }
  }
  return config;
}

/** Gives both elements the server as storage and shows the person's contracts. */
async function showWorkspace(headers?: () => Record<string, string>) {
  byId('workspace').hidden = false;
  // One adapter for both elements: one line of writes and one outbox.
  const server = createHttpAdapter({ endpoint: '/api', ...(headers && { headers }) });
  document.querySelector('learning-contract')!.storage = server;
  document.querySelector('contract-list')!.storage = server;
  const config = await organisation(headers?.() ?? {});
  document.querySelector('contract-list')!.config = config;
  // The partner board: who is signed in goes with its requests as with the adapter's.
  const board = document.querySelector('partner-board')!;
  if (headers) board.headers = headers;
  board.addEventListener('contract-open', (event) => {
    location.hash = encodeURIComponent(event.detail.id);
    void document.querySelector('contract-list')!.refresh();
  });
  const show = () => void showContract(headers?.() ?? {}, config);
  window.addEventListener('hashchange', show);
  show();
}

/** With the server's sign-in: who is signed in, and a button that signs out there and at the provider. */
function showSession(email: string, signOutPath: string) {
  const form = element('form', '', { method: 'post', action: signOutPath });
  form.append(element('button', 'Log ud', { type: 'submit' }));
  const person = PEOPLE.find((p) => p.email === email.toLowerCase());
  byId('signed-in').append(element('span', `Logget ind som ${person?.name ?? email} `), form);
  void showWorkspace();
}

function showPicked(user: string) {
  const person = PEOPLE.find((p) => p.email === user);
  const status = byId('signed-in');
  const signOut = element('button', 'Skift person', { type: 'button' });
  signOut.addEventListener('click', () => {
    sessionStorage.removeItem('demo-user');
    location.hash = '';
    location.reload();
  });
  status.append(element('span', `Logget ind som ${person?.name ?? user} `), signOut);
  void showWorkspace(headers);
}

// The server says whether it signs people in itself (404: it does not, as with AUTH=dev).
const session = await fetch('/auth/session', { headers: { Accept: 'application/json' } });
if (session.ok) {
  const { email, signOut } = (await session.json()) as { email: string; signOut: string };
  showSession(email, signOut);
} else if (session.status === 401) {
  // The session ended while the page was open: sign in again, back to this contract.
  location.assign(
    `/auth/sign-in?return=${encodeURIComponent(location.pathname + location.search + location.hash)}`,
  );
} else if (signedIn()) {
  showPicked(signedIn());
} else {
  showSignIn();
}
