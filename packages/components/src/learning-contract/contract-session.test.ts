// The storage side of <learning-contract> on its own: ContractSession and
// AutosaveController with a plain host and real adapters, no element. This is
// where data could be lost, so each rule is tested here and not only through the page.
import {
  createEmptyContract,
  createLocalStorageAdapter,
  createMemoryAdapter,
  type LearningContract,
  type Perspective,
  type StorageAdapter,
} from '@kollegalaering/core';
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AutosaveController } from './autosave-controller.js';
import { ContractSession } from './contract-session.js';

/** What a Lit element gives its controllers, and the page's connecting and disconnecting. */
class PlainHost extends EventTarget implements ReactiveControllerHost {
  perspective: Perspective = 'party-a';
  private readonly controllers: ReactiveController[] = [];
  constructor(readonly contractId: string) {
    super();
  }
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {}
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    this.controllers.forEach((controller) => controller.hostConnected?.());
  }
  disconnect() {
    this.controllers.forEach((controller) => controller.hostDisconnected?.());
  }
}

const freshId = () => `session-${Math.random().toString(36).slice(2)}`;
const until = async (check: () => boolean) => {
  for (let tries = 0; tries < 100 && !check(); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
const withPurpose = (contract: LearningContract, purpose: string) => ({ ...contract, purpose });

async function sessionOn(adapter: StorageAdapter, id: string) {
  const host = new PlainHost(id);
  const session = new ContractSession(host, () => {});
  host.connect();
  session.connect(adapter, '');
  await session.load();
  return { host, session };
}

describe('ContractSession', () => {
  it('loads the stored contract and saves an edit once typing pauses', async () => {
    const id = freshId();
    const memory = new Map<string, string>();
    const adapter = createMemoryAdapter(memory);
    await adapter.save(createEmptyContract({ id }));
    const { session } = await sessionOn(adapter, id);
    expect(session.state.current?.revision).to.equal(1);
    session.edited(withPurpose(session.state.current!, 'Lære af hinanden'));
    expect(session.autosave.status).to.equal('pending');
    await session.autosave.flush();
    const stored = await adapter.load(id);
    expect(stored.ok && stored.value?.purpose).to.equal('Lære af hinanden');
    expect(session.state.current?.revision).to.equal(2);
    expect(session.autosave.status).to.equal('saved');
  });

  it('moved in the page, still hears of changes elsewhere, and catches up with those made while away', async () => {
    const id = freshId();
    const elsewhere = createLocalStorageAdapter();
    const first = await elsewhere.save(createEmptyContract({ id }));
    expect(first.ok).to.equal(true);
    const { host, session } = await sessionOn(createLocalStorageAdapter(), id);

    host.disconnect();
    const meanwhile = await elsewhere.save(withPurpose(session.state.current!, 'Skrevet imens'), {
      expectedRevision: 1,
    });
    expect(meanwhile.ok).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.state.choice, 'not heard while away').to.equal(undefined);

    host.connect();
    await until(() => session.state.choice !== undefined);
    expect(session.state.choice?.reason).to.equal('elsewhere');
    expect(session.state.choice?.theirs?.purpose).to.equal('Skrevet imens');

    // And listening again: a change after the move is heard too.
    session.choose('use-theirs');
    const later = await elsewhere.save(withPurpose(session.state.current!, 'Og senere'), {
      expectedRevision: 2,
    });
    expect(later.ok).to.equal(true);
    await until(() => session.state.choice !== undefined);
    expect(session.state.choice?.theirs?.purpose).to.equal('Og senere');
    localStorage.removeItem(`kollegalaering:contract:${id}`);
  });
});

describe('AutosaveController', () => {
  /** The memory adapter, with writes that take a while, as a real one's do. */
  const slow = (adapter: StorageAdapter): StorageAdapter => ({
    ...adapter,
    save: async (contract, options) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return adapter.save(contract, options);
    },
  });

  function autosaveOn(adapter: StorageAdapter) {
    const host = new PlainHost('a');
    const saved: LearningContract[] = [];
    const failed: string[] = [];
    const autosave = new AutosaveController(host, {
      delay: 10,
      adapter: () => adapter,
      onSaved: (contract) => saved.push(contract),
      onFailed: (error) => failed.push(error.code),
    });
    host.connect();
    return { host, autosave, saved, failed };
  }

  it('writes one version at a time; an edit made during a write is saved right after, on the stored revision', async () => {
    const id = freshId();
    const memory = new Map<string, string>();
    const { autosave, saved } = autosaveOn(slow(createMemoryAdapter(memory)));
    const start = createEmptyContract({ id });
    autosave.schedule(withPurpose(start, 'Første'));
    const writing = autosave.flush();
    await new Promise((resolve) => setTimeout(resolve, 5));
    autosave.schedule(withPurpose(start, 'Anden'));
    await writing;
    await autosave.flush();
    expect(saved.map((contract) => [contract.purpose, contract.revision])).to.deep.equal([
      ['Første', 1],
      ['Anden', 2],
    ]);
    expect(autosave.unsaved).to.equal(undefined);
  });

  it('on a conflict keeps the edit, writes nothing more, and writes the person’s choice', async () => {
    const id = freshId();
    const memory = new Map<string, string>();
    const adapter = createMemoryAdapter(memory);
    await adapter.save(createEmptyContract({ id }));
    await adapter.save({ ...createEmptyContract({ id }), revision: 1, purpose: 'Andres' });
    const { autosave, failed } = autosaveOn(adapter);
    const mine = { ...createEmptyContract({ id }), revision: 1, purpose: 'Mit' };
    autosave.schedule(mine);
    await autosave.flush();
    expect(failed).to.deep.equal(['conflict']);
    expect(autosave.unsaved?.purpose, 'nothing typed is lost').to.equal('Mit');
    autosave.schedule({ ...mine, purpose: 'Mit, rettet' });
    await autosave.flush();
    const stored = await adapter.load(id);
    expect(stored.ok && stored.value?.purpose, 'not written over').to.equal('Andres');
    await autosave.resolve({ ...mine, purpose: 'Mit, rettet', revision: 2 });
    const chosen = await adapter.load(id);
    expect(chosen.ok && chosen.value?.purpose).to.equal('Mit, rettet');
  });

  it('saves at once when its element leaves the page', async () => {
    const id = freshId();
    const memory = new Map<string, string>();
    const adapter = createMemoryAdapter(memory);
    const { host, autosave } = autosaveOn(adapter);
    autosave.schedule(withPurpose(createEmptyContract({ id }), 'Gemt ved afsked'));
    host.disconnect();
    await autosave.flush();
    const stored = await adapter.load(id);
    expect(stored.ok && stored.value?.purpose).to.equal('Gemt ved afsked');
  });
});
