// The demo intranet page on the reference server (`npm start`): who you are is
// picked per browser window; <contract-list> shows the person's contracts and
// whose turn it is, and <learning-contract> keeps the one opened on the server,
// which shows each person only what is theirs. sections.json is Søby Kommune's
// configuration (its introduction): `npm start` gives the server the same file.
import '@kollegalaering/components/define.js';
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

const currentId = () => decodeURIComponent(location.hash.slice(1));

function showContract() {
  const contract = document.querySelector('learning-contract')!;
  const id = currentId();
  contract.hidden = !id;
  if (id) contract.setAttribute('contract-id', id);
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
  // One adapter for both elements: one line of writes and one outbox.
  const server = createHttpAdapter({ endpoint: '/api', headers });
  document.querySelector('learning-contract')!.storage = server;
  document.querySelector('contract-list')!.storage = server;
  document.querySelector('learning-contract')!.config = sections;
  document.querySelector('contract-list')!.config = sections;
  window.addEventListener('hashchange', showContract);
  showContract();
}
