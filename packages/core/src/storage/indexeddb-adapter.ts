import { PROCESS_STATES, SCHEMA_VERSION } from '../constants.js';
import { parseContract } from '../parse-contract.js';
import type { LearningContract } from '../schema/contract-schema.js';
import { createChangeChannel } from './change-channel.js';
import {
  checkRevision,
  type ContractSummary,
  type SaveOptions,
  type StorageAdapter,
  type StorageError,
  type StorageResult,
} from './storage-adapter.js';

const CONTRACTS = 'contracts';
/** Records that could not be read, kept as they were under `${id}:${time}`. */
const UNREADABLE = 'unreadable';

export interface IndexedDbOptions {
  /** The database name; one per library use on the origin. */
  databaseName?: string;
  /** Called when another tab holds an older connection open and blocks the upgrade. */
  onBlocked?: () => void;
  schemaVersion?: number;
}

const failure = (
  code: StorageError['code'],
  error?: unknown,
): { ok: false; error: StorageError } => ({
  ok: false,
  error: error === undefined ? { code } : { code, detail: describe(error) },
});

/** An error in a line for developers: its name and message. */
const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';

type Summarise = (typeof import('./summarise.js'))['summarise'];

/** A contract's summary from a stored record, or nothing when the record does not have its shape. */
function summaryOf(raw: unknown, summarise: Summarise): ContractSummary[] {
  const record = raw as Partial<LearningContract> | null;
  const names = record?.parties;
  const state = record?.process?.state;
  const valid =
    typeof record?.id === 'string' &&
    typeof record.revision === 'number' &&
    typeof record.updatedAt === 'string' &&
    typeof names?.a?.name === 'string' &&
    typeof names.b?.name === 'string' &&
    PROCESS_STATES.includes(state!);
  return valid ? [summarise(record as LearningContract)] : [];
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

const done = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('transaction failed'));
  });

/**
 * Contracts in the browser's IndexedDB: larger than localStorage allows, on
 * this device only. The connection closes when another tab upgrades the
 * database (`versionchange`), reports `blocked`, and opens again once when a
 * lost connection makes an operation fail.
 */
export function createIndexedDbAdapter({
  databaseName = 'kollegalaering',
  onBlocked,
  schemaVersion = SCHEMA_VERSION,
}: IndexedDbOptions = {}): StorageAdapter {
  let connection: Promise<IDBDatabase> | undefined;
  const changes = createChangeChannel(`kollegalaering:indexeddb:${databaseName}`);

  function open(): Promise<IDBDatabase> {
    connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(databaseName, 1);
      opening.onupgradeneeded = () => {
        opening.result.createObjectStore(CONTRACTS, { keyPath: 'id' });
        opening.result.createObjectStore(UNREADABLE);
      };
      opening.onblocked = () => onBlocked?.();
      opening.onerror = () => {
        connection = undefined;
        reject(opening.error ?? new Error('cannot open IndexedDB'));
      };
      opening.onsuccess = () => {
        const db = opening.result;
        // Let another tab upgrade: close, and open again on the next operation.
        db.onversionchange = () => {
          db.close();
          connection = undefined;
        };
        db.onclose = () => {
          connection = undefined;
        };
        resolve(db);
      };
    });
    return connection;
  }

  /** Runs an operation, opening the connection again once if it was lost. */
  async function withDb<T>(operation: (db: IDBDatabase) => Promise<T>): Promise<T> {
    try {
      return await operation(await open());
    } catch (error) {
      if (!(error instanceof DOMException) || error.name !== 'InvalidStateError') throw error;
      connection = undefined;
      return operation(await open());
    }
  }

  /** Checks a stored record; an unreadable one is copied aside within the same transaction. */
  function check(
    raw: unknown,
    id: string,
    transaction: IDBTransaction,
  ): StorageResult<LearningContract | null> {
    if (raw === undefined) return { ok: true, value: null };
    const version = (raw as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > schemaVersion) {
      return { ok: false, error: { code: 'newer-version', raw } };
    }
    const parsed = parseContract(raw);
    if (parsed.ok) return { ok: true, value: parsed.value };
    const backupKey = `${id}:${new Date().toISOString()}`;
    transaction.objectStore(UNREADABLE).put(raw, backupKey);
    return { ok: false, error: { code: 'corrupt', backupKey } };
  }

  const guard = async <T>(
    operation: () => Promise<StorageResult<T>>,
  ): Promise<StorageResult<T>> => {
    try {
      return await operation();
    } catch (error) {
      const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
      return failure(quota ? 'quota' : 'unavailable', error);
    }
  };

  return {
    capabilities: { list: true, remove: true, subscribe: true, shared: false },
    subscribe: changes.listen,

    load: (id) =>
      guard(() =>
        withDb(async (db) => {
          const transaction = db.transaction([CONTRACTS, UNREADABLE], 'readwrite');
          const raw: unknown = await request(transaction.objectStore(CONTRACTS).get(id));
          const result = check(raw, id, transaction);
          await done(transaction);
          return result;
        }),
      ),

    save: (contract: LearningContract, options: SaveOptions = {}) =>
      guard(() =>
        withDb(async (db) => {
          // Reading and writing in one transaction: no other writer comes between.
          const transaction = db.transaction([CONTRACTS, UNREADABLE], 'readwrite');
          const store = transaction.objectStore(CONTRACTS);
          const stored = check(await request(store.get(contract.id)), contract.id, transaction);
          if (!stored.ok && stored.error.code !== 'corrupt') {
            transaction.abort();
            return stored;
          }
          const revision = checkRevision(stored.ok ? stored.value : null, options);
          if (!revision.ok) {
            await done(transaction);
            return revision;
          }
          const next = { ...contract, revision: revision.value };
          store.put(next);
          await done(transaction);
          changes.notify(next.id, next.revision);
          return { ok: true, value: next } as const;
        }),
      ),

    list: () =>
      guard(() =>
        withDb(async (db) => {
          // Only a list needs it (see summarise.ts), so a page with one contract never fetches it.
          const { summarise } = await import('./summarise.js');
          const transaction = db.transaction(CONTRACTS, 'readonly');
          const all: unknown[] = await request(transaction.objectStore(CONTRACTS).getAll());
          // A summary needs five fields, not a check of every logbook entry: checking
          // each contract in full made listing 1,000 of them take 0.12 s. Loading one
          // still checks it in full.
          const summaries = all
            .flatMap((raw) => summaryOf(raw, summarise))
            .sort((a, b) => a.id.localeCompare(b.id));
          return { ok: true, value: summaries } as const;
        }),
      ),

    remove: (id) =>
      guard(() =>
        withDb(async (db) => {
          const transaction = db.transaction([CONTRACTS, UNREADABLE], 'readwrite');
          const store = transaction.objectStore(CONTRACTS);
          const found = await request(store.count(id));
          // Unreadable copies kept aside go too: removing leaves nothing of the contract.
          const aside = IDBKeyRange.bound(`${id}:`, `${id}:\uffff`);
          const backups = await request(transaction.objectStore(UNREADABLE).count(aside));
          if (found === 0 && backups === 0) {
            await done(transaction);
            return failure('not-found');
          }
          store.delete(id);
          transaction.objectStore(UNREADABLE).delete(aside);
          await done(transaction);
          changes.notify(id, null);
          return { ok: true, value: undefined } as const;
        }),
      ),
  };
}
