// A keeper shared by several people on one page, in memory, as a server would
// be: a colleague's save goes straight into it and, unless it is to arrive
// unheard (two people at the same moment), the page is told of it, as the
// server's event stream does.
import {
  createMemoryAdapter,
  type LearningContract,
  type Perspective,
  type StorageAdapter,
} from '@kollegalaering/core';
import { fixture, html } from '@open-wc/testing';
import '../define.js';
import type { LearningContractElement } from '../learning-contract/learning-contract.js';
import { filledAgreement } from './contracts.js';
import { settled, until } from './dom.js';

export function sharedKeeper() {
  const inner = createMemoryAdapter(new Map());
  const listeners = new Set<(revision: number | null) => void>();
  const adapter: StorageAdapter = {
    ...inner,
    capabilities: { ...inner.capabilities, subscribe: true, shared: true },
    subscribe: (_id, listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    adapter,
    async put(contract: LearningContract) {
      await inner.save(contract);
    },
    async load(id: string) {
      const loaded = await inner.load(id);
      return loaded.ok ? loaded.value : null;
    },
    /** A colleague's save; `unheard`: the page is not told (yet), as when two press at once. */
    async colleagueSaves(
      id: string,
      change: (contract: LearningContract) => void,
      unheard = false,
    ) {
      const loaded = await inner.load(id);
      const contract = structuredClone(loaded.ok ? loaded.value! : filledAgreement());
      change(contract);
      const saved = await inner.save(contract);
      if (saved.ok && !unheard) listeners.forEach((listener) => listener(saved.value.revision));
    },
  };
}

let counter = 0;

/** `<learning-contract>` on a keeper shared with colleagues, as `perspective`; `saves` is a colleague's save. */
export async function openShared(
  contract: LearningContract,
  perspective: Perspective = 'party-a',
  lang = 'da',
) {
  const keeper = sharedKeeper();
  const id = `colleagues-${Date.now()}-${counter++}`;
  await keeper.put({ ...contract, id });
  const el = await fixture<LearningContractElement>(
    html`<learning-contract
      contract-id=${id}
      lang=${lang}
      perspective=${perspective}
      .storage=${keeper.adapter}
    ></learning-contract>`,
  );
  await until(el, () => el.contract !== undefined);
  await settled(el);
  const saves = (change: (contract: LearningContract) => void, unheard = false) =>
    keeper.colleagueSaves(id, change, unheard);
  return { el, saves, stored: () => keeper.load(id) };
}

/** The element that has focus, through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
