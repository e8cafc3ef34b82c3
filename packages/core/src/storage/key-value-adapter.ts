import { parseContract } from '../parse-contract.js';
import type { LearningContract } from '../schema/contract-schema.js';
import type { StorageAdapter, StorageResult } from './storage-adapter.js';

/** The part of the Web Storage API the adapter needs; `localStorage` fits it. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export const DEFAULT_KEY_PREFIX = 'kollegalaering:contract:';

const isQuotaError = (error: unknown) =>
  error instanceof DOMException && error.name === 'QuotaExceededError';

const storedVersion = (raw: string | null): number | undefined => {
  if (raw === null) return undefined;
  try {
    const version: unknown = (JSON.parse(raw) as { schemaVersion?: unknown }).schemaVersion;
    return typeof version === 'number' ? version : undefined;
  } catch {
    return undefined;
  }
};

/**
 * An adapter over any synchronous key-value store holding JSON: localStorage in
 * the browser, or a Map-backed store for memory. An unreadable stored value is
 * copied to a backup key before anything else happens, so it can be recovered.
 */
export function createKeyValueAdapter(
  store: KeyValueStore,
  { keyPrefix = DEFAULT_KEY_PREFIX, schemaVersion = 1 } = {},
): StorageAdapter {
  const keyOf = (id: string) => keyPrefix + id;

  function backUp(key: string, raw: string): string {
    const backupKey = `${key}:unreadable:${new Date().toISOString()}`;
    store.setItem(backupKey, raw);
    return backupKey;
  }

  async function load(id: string): Promise<StorageResult<LearningContract | null>> {
    await Promise.resolve();
    const key = keyOf(id);
    let raw: string | null;
    try {
      raw = store.getItem(key);
    } catch (error) {
      return { ok: false, error: { code: 'unavailable', detail: String(error) } };
    }
    if (raw === null) return { ok: true, value: null };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return {
        ok: false,
        error: { code: 'corrupt', backupKey: backUp(key, raw), detail: 'not JSON' },
      };
    }
    const parsed = parseContract(data);
    if (parsed.ok) return { ok: true, value: parsed.value };
    if (parsed.issues[0]?.code === 'newer-version') {
      return { ok: false, error: { code: 'newer-version', detail: parsed.issues[0].detail } };
    }
    const detail = parsed.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.code}`)
      .join('; ');
    return { ok: false, error: { code: 'corrupt', backupKey: backUp(key, raw), detail } };
  }

  async function save(contract: LearningContract): Promise<StorageResult<void>> {
    await Promise.resolve();
    const key = keyOf(contract.id);
    try {
      const existing = storedVersion(store.getItem(key));
      if (existing !== undefined && existing > schemaVersion) {
        // A newer version of the library wrote this; never write an older shape over it.
        return { ok: false, error: { code: 'newer-version' } };
      }
      store.setItem(key, JSON.stringify(contract));
      return { ok: true, value: undefined };
    } catch (error) {
      return {
        ok: false,
        error: { code: isQuotaError(error) ? 'quota' : 'unavailable', detail: String(error) },
      };
    }
  }

  return { load, save };
}

/** Contracts in the browser's localStorage: they stay after a reload, on this device only. */
export function createLocalStorageAdapter(options?: { keyPrefix?: string }): StorageAdapter {
  return createKeyValueAdapter(globalThis.localStorage, options);
}

const pageMemory = new Map<string, string>();

/**
 * Contracts held in memory until the page is left. Stored as JSON, so that a
 * caller's later changes to an object never reach what was saved.
 */
export function createMemoryAdapter(memory: Map<string, string> = pageMemory): StorageAdapter {
  return createKeyValueAdapter({
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
  });
}
