import {
  createMemoryAdapter,
  type LearningContract,
  type SaveOptions,
  type StorageAdapter,
  type StorageResult,
} from '@kollegalaering/core';
import { fixture, html } from '@open-wc/testing';
import type { LearningContractElement } from '../learning-contract/learning-contract.js';
import { deepQueryAll, settled, until } from './dom.js';

/**
 * A server-like keeper over one memory (shared storage, so the element keeps
 * unsent edits in localStorage), whose saves `save` may answer otherwise.
 */
export function sharedKeeper(
  memory: Map<string, string>,
  save?: (
    contract: LearningContract,
    options: SaveOptions | undefined,
    inner: StorageAdapter,
  ) => Promise<StorageResult<LearningContract>>,
) {
  const inner = createMemoryAdapter(memory);
  const adapter: StorageAdapter = {
    ...inner,
    capabilities: { ...inner.capabilities, shared: true },
    save: (contract, options) =>
      save ? save(contract, options, inner) : inner.save(contract, options),
  };
  return { adapter, inner };
}

/** `<learning-contract>` in Danish as party A on `storage`, once the contract is shown. */
export async function openAsPartyA(id: string, storage: StorageAdapter) {
  const el = await fixture<LearningContractElement>(
    html`<learning-contract
      contract-id=${id}
      lang="da"
      perspective="party-a"
      .storage=${storage}
    ></learning-contract>`,
  );
  await until(el, () => el.contract !== undefined && deepQueryAll(el, '#f-purpose').length > 0);
  await settled(el);
  return el;
}
