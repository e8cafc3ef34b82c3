import type { LearningContract } from '../schema/contract-schema.js';

/** Why a storage operation failed. Each code gets its own message in the interface. */
export const STORAGE_ERROR_CODES = ['corrupt', 'newer-version', 'quota', 'unavailable'] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

export interface StorageError {
  code: StorageErrorCode;
  /** Where the unreadable raw value was kept, for `corrupt`: nothing is thrown away. */
  backupKey?: string;
  /** An English explanation for developers; never shown to end users. */
  detail?: string;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/**
 * Where contracts are kept. Every method resolves; failures come back as a
 * typed error, never as a rejected promise, so no failure goes unseen.
 */
export interface StorageAdapter {
  /** The contract stored under `id`, or null when there is none. */
  load(id: string): Promise<StorageResult<LearningContract | null>>;
  /** Stores the contract under its own id. */
  save(contract: LearningContract): Promise<StorageResult<void>>;
}
