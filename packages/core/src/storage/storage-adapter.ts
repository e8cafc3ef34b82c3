import type { ProcessState } from '../constants.js';
import type { LearningContract } from '../schema/contract-schema.js';

/** Why a storage operation failed. Each code gets its own message in the interface. */
export const STORAGE_ERROR_CODES = [
  'conflict',
  'corrupt',
  'newer-version',
  'not-found',
  'quota',
  'unavailable',
] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

export interface StorageError {
  code: StorageErrorCode;
  /** For `conflict`: the copy that is stored now, which the writer had not seen. */
  current?: LearningContract;
  /** Where the unreadable raw value was kept, for `corrupt`: nothing is thrown away. */
  backupKey?: string;
  /**
   * For `unavailable`: the contract was kept in this browser (the HTTP
   * adapter's outbox) and will be sent when the server answers again.
   */
  queued?: boolean;
  /**
   * For `conflict` found while sending kept changes: the copy this browser
   * kept, which the server refused because `current` had moved on.
   */
  unsent?: LearningContract;
  /** For `newer-version`: the stored document as it is, never written over. */
  raw?: unknown;
  /** An English explanation for developers; never shown to end users. */
  detail?: string;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/** What a list of stored contracts shows about each, to pick one. */
export interface ContractSummary {
  id: string;
  revision: number;
  updatedAt: string;
  state: ProcessState;
  names: { a: string; b: string };
}

/** What an adapter can do, so the elements offer only what works. */
export interface StorageCapabilities {
  list: boolean;
  remove: boolean;
  /** Tells of changes made elsewhere (another tab, another person). */
  subscribe: boolean;
  /** Reachable by other people and devices, not only this browser. */
  shared: boolean;
}

export interface SaveOptions {
  /**
   * The revision the writer's edits are based on (0 for a contract never
   * stored). When the stored revision differs, the save is refused with
   * `conflict` and the stored copy, and nothing is written. Left out, the
   * save does not check.
   */
  expectedRevision?: number;
}

/**
 * Where contracts are kept. Every method resolves; failures come back as a
 * typed error, never as a rejected promise, so no failure goes unseen. A
 * stored contract carries its schema version, revision and update time.
 */
export interface StorageAdapter {
  readonly capabilities: StorageCapabilities;
  /** The contract stored under `id`, or null when there is none. */
  load(id: string): Promise<StorageResult<LearningContract | null>>;
  /** Stores the contract under its own id, one revision on; resolves to what was stored. */
  save(contract: LearningContract, options?: SaveOptions): Promise<StorageResult<LearningContract>>;
  /** Every stored contract, in short. */
  list(): Promise<StorageResult<ContractSummary[]>>;
  /** Deletes the contract stored under `id`; `not-found` when there is none. */
  remove(id: string): Promise<StorageResult<void>>;
  /**
   * Calls `listener` when the contract under `id` is saved or removed
   * elsewhere (another tab, or kept changes sent later), with its new
   * revision (null when removed). Returns a function that stops it.
   */
  subscribe?(id: string, listener: (revision: number | null) => void): () => void;
  /** Whether changes to `id` are kept in this browser, waiting to be sent. */
  hasUnsent?(id: string): boolean;
}

/** A contract in short, for lists. */
export const summarise = (contract: LearningContract): ContractSummary => ({
  id: contract.id,
  revision: contract.revision,
  updatedAt: contract.updatedAt,
  state: contract.process.state,
  names: { a: contract.parties.a.name, b: contract.parties.b.name },
});

/**
 * The revision check every adapter makes before writing: refused with the
 * stored copy when the writer expected another revision.
 */
export function checkRevision(
  stored: LearningContract | null,
  options: SaveOptions,
): StorageResult<number> {
  const storedRevision = stored?.revision ?? 0;
  if (options.expectedRevision !== undefined && options.expectedRevision !== storedRevision) {
    return {
      ok: false,
      error: stored ? { code: 'conflict', current: stored } : { code: 'conflict' },
    };
  }
  return { ok: true, value: storedRevision + 1 };
}
