import {
  createLocalStorageAdapter,
  createMemoryAdapter,
  type StorageAdapter,
} from '@kollegalaering/core';

/** The storage choices the `storage` attribute takes. */
export const STORAGE_KINDS = ['local', 'memory', 'indexeddb', 'http'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

export interface StorageChoice {
  adapter: StorageAdapter;
  /** Why the page's choice could not be followed; the contract is then kept in memory only. */
  problem?: 'unknown-storage' | 'missing-endpoint';
}

// One adapter per database and per endpoint on a page, so that elements
// showing the same contract share one outbox and one line of writes.
let indexedDb: Promise<StorageAdapter> | undefined;
const httpByEndpoint = new Map<string, Promise<StorageAdapter>>();

/**
 * The adapter for the `storage` attribute or property. IndexedDB and HTTP are
 * loaded only when a page asks for them, so the pages that keep contracts in
 * localStorage (the default) do not download them. A name this version does
 * not know keeps the contract in memory, rather than quietly putting it
 * somewhere the host did not ask for.
 */
export async function chooseStorage(
  storage: StorageKind | StorageAdapter,
  endpoint: string,
): Promise<StorageChoice> {
  if (typeof storage === 'object') return { adapter: storage };
  switch (storage) {
    case 'local':
      return { adapter: createLocalStorageAdapter() };
    case 'memory':
      return { adapter: createMemoryAdapter() };
    case 'indexeddb':
      indexedDb ??= import('@kollegalaering/core/indexeddb').then((module) =>
        module.createIndexedDbAdapter(),
      );
      return { adapter: await indexedDb };
    case 'http': {
      if (!endpoint) return { adapter: createMemoryAdapter(), problem: 'missing-endpoint' };
      let http = httpByEndpoint.get(endpoint);
      if (!http) {
        http = import('@kollegalaering/core/http').then((module) =>
          module.createHttpAdapter({ endpoint }),
        );
        httpByEndpoint.set(endpoint, http);
      }
      return { adapter: await http };
    }
    default:
      return { adapter: createMemoryAdapter(), problem: 'unknown-storage' };
  }
}
