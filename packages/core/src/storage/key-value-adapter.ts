import { SCHEMA_VERSION } from '../constants.js';
import { parseContract } from '../parse-contract.js';
import type { LearningContract } from '../schema/contract-schema.js';
import { createChangeChannel } from './change-channel.js';
import {
  checkRevision,
  type ContractSummary,
  type SaveOptions,
  type StorageAdapter,
  type StorageResult,
} from './storage-adapter.js';

/** The synchronous key-value store the adapter works on: localStorage, or a Map for memory. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
  /**
   * Calls `onChange` with the new text when another tab changes `key`, for a
   * store shared between tabs. Returns a function that stops it.
   */
  watch?: (key: string, onChange: (raw: string | null) => void) => () => void;
}

/** The prefix of the keys contracts are stored under in localStorage. */
export const DEFAULT_KEY_PREFIX = 'kollegalaering:contract:';
const BACKUP_MARK = ':unreadable:';

const isQuotaError = (error: unknown) =>
  error instanceof DOMException && error.name === 'QuotaExceededError';

const unavailable = (error: unknown) =>
  ({ ok: false, error: { code: 'unavailable', detail: String(error) } }) as const;

/**
 * An adapter over a synchronous key-value store holding JSON. An unreadable
 * stored value is copied to a backup key before anything else happens, so it
 * can be recovered; a contract from a newer version is never written over.
 */
export function createKeyValueAdapter(
  store: KeyValueStore,
  { keyPrefix = DEFAULT_KEY_PREFIX, schemaVersion = SCHEMA_VERSION, channelName = '' } = {},
): StorageAdapter {
  const keyOf = (id: string) => keyPrefix + id;
  // Another tab (or element) using the same store hears of each save and removal.
  const changes = channelName ? createChangeChannel(channelName) : undefined;

  // The last stored text this adapter wrote or checked, per key, with its
  // revision: a save finds the same text there and need not parse and check
  // a long contract again before writing (that took 0.36 s with 2,000 logbook
  // entries). Any other text, another tab's for one, is read in full.
  const checked = new Map<string, { raw: string; revision: number }>();

  /**
   * Keeps unreadable text aside under a key of its own, once: reading it again
   * (a reload, the list, the save that writes over it) finds it already kept,
   * so that near the quota a backup never fills the storage with copies.
   */
  function backUp(key: string, raw: string): string {
    const kept = store
      .keys()
      .find((other) => other.startsWith(key + BACKUP_MARK) && store.getItem(other) === raw);
    if (kept) return kept;
    const backupKey = `${key}${BACKUP_MARK}${new Date().toISOString()}`;
    store.setItem(backupKey, raw);
    return backupKey;
  }

  /** Reads and checks what is stored under a key; never writes, except a backup of unreadable data. */
  function read(id: string): StorageResult<LearningContract | null> {
    const key = keyOf(id);
    const raw = store.getItem(key);
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
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > schemaVersion) {
      return { ok: false, error: { code: 'newer-version', raw: data } };
    }
    const parsed = parseContract(data);
    if (parsed.ok) {
      checked.set(key, { raw, revision: parsed.value.revision });
      return { ok: true, value: parsed.value };
    }
    const detail = parsed.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.code}`)
      .join('; ');
    return { ok: false, error: { code: 'corrupt', backupKey: backUp(key, raw), detail } };
  }

  /** The revision a save writes, after reading what is stored in full; or why it may not. */
  function revisionAfter(id: string, options: SaveOptions): StorageResult<number> {
    const stored = read(id);
    // A corrupt value was backed up by read(), so writing over it loses nothing.
    if (!stored.ok && stored.error.code !== 'corrupt') return stored;
    return checkRevision(stored.ok ? stored.value : null, options);
  }

  async function load(id: string): Promise<StorageResult<LearningContract | null>> {
    await Promise.resolve();
    try {
      return read(id);
    } catch (error) {
      return unavailable(error);
    }
  }

  async function save(
    contract: LearningContract,
    options: SaveOptions = {},
  ): Promise<StorageResult<LearningContract>> {
    await Promise.resolve();
    try {
      const key = keyOf(contract.id);
      const known = checked.get(key);
      const unchanged = known !== undefined && store.getItem(key) === known.raw;
      const expected = options.expectedRevision;
      const revision =
        unchanged && (expected === undefined || expected === known.revision)
          ? ({ ok: true, value: known.revision + 1 } as const)
          : revisionAfter(contract.id, options);
      if (!revision.ok) return revision;
      const next = { ...contract, revision: revision.value };
      const raw = JSON.stringify(next);
      store.setItem(key, raw);
      checked.set(key, { raw, revision: next.revision });
      changes?.notify(contract.id, next.revision);
      return { ok: true, value: next };
    } catch (error) {
      return isQuotaError(error)
        ? { ok: false, error: { code: 'quota', detail: String(error) } }
        : unavailable(error);
    }
  }

  async function list(): Promise<StorageResult<ContractSummary[]>> {
    const { summarise } = await import('./summarise.js');
    try {
      const ids = store
        .keys()
        .filter((key) => key.startsWith(keyPrefix) && !key.includes(BACKUP_MARK))
        .map((key) => key.slice(keyPrefix.length))
        .sort();
      // An unreadable contract is left out of the list; loading it reports it.
      const contracts = ids.map(read).flatMap((result) => (result.ok ? [result.value] : []));
      return { ok: true, value: contracts.flatMap((c) => (c ? [summarise(c)] : [])) };
    } catch (error) {
      return unavailable(error);
    }
  }

  /** Removes the contract and every backup of it: nothing of it stays behind. */
  async function remove(id: string): Promise<StorageResult<void>> {
    await Promise.resolve();
    try {
      const key = keyOf(id);
      const backups = store.keys().filter((other) => other.startsWith(key + BACKUP_MARK));
      if (store.getItem(key) === null && backups.length === 0) {
        return { ok: false, error: { code: 'not-found' } };
      }
      for (const other of [key, ...backups]) store.removeItem(other);
      checked.delete(key);
      changes?.notify(id, null);
      return { ok: true, value: undefined };
    } catch (error) {
      return unavailable(error);
    }
  }

  /**
   * Other elements on this page hear through the channel. Other tabs hear
   * through the store itself where it can tell (localStorage's `storage`
   * event): a BroadcastChannel message can reach another tab before the
   * write it announces does, and that tab would load the old copy.
   */
  function subscribe(id: string, listener: (revision: number | null) => void): () => void {
    const stops = [
      changes!.listen(id, listener, Boolean(store.watch)),
      store.watch?.(keyOf(id), (raw) => {
        if (raw === null) return listener(null);
        try {
          const revision = (JSON.parse(raw) as { revision?: unknown }).revision;
          if (typeof revision === 'number') listener(revision);
        } catch {
          // unreadable: loading it will say so
        }
      }),
    ];
    return () => stops.forEach((stop) => stop?.());
  }

  return {
    capabilities: { list: true, remove: true, subscribe: Boolean(changes), shared: false },
    load,
    save,
    list,
    remove,
    ...(changes && { subscribe }),
  };
}

/**
 * The Web Storage API as a KeyValueStore. Reached on each call, because a
 * browser that blocks storage throws on merely reading `localStorage`: that
 * must become an `unavailable` result, not a broken element.
 */
export const webStorage = (storage: () => Storage): KeyValueStore => ({
  getItem: (key) => storage().getItem(key),
  setItem: (key, value) => storage().setItem(key, value),
  removeItem: (key) => storage().removeItem(key),
  keys: () => Object.keys(storage()),
  watch(key, onChange) {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) onChange(storage().getItem(key));
    };
    globalThis.addEventListener('storage', onStorage);
    return () => globalThis.removeEventListener('storage', onStorage);
  },
});

/** Contracts in the browser's localStorage: they stay after a reload, on this device only. */
export function createLocalStorageAdapter({
  keyPrefix = DEFAULT_KEY_PREFIX,
}: { keyPrefix?: string } = {}): StorageAdapter {
  return createKeyValueAdapter(
    webStorage(() => globalThis.localStorage),
    {
      keyPrefix,
      channelName: `kollegalaering:${keyPrefix}`,
    },
  );
}

/** A Map as a KeyValueStore. */
export const mapStore = (memory: Map<string, string>): KeyValueStore => ({
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
  keys: () => [...memory.keys()],
});

const pageMemory = new Map<string, string>();

/**
 * Contracts held in memory until the page is left. Stored as JSON, so that a
 * caller's later changes to an object never reach what was saved.
 */
export function createMemoryAdapter(memory: Map<string, string> = pageMemory): StorageAdapter {
  return createKeyValueAdapter(mapStore(memory));
}
