import type {
  FieldConflict,
  LearningContract,
  PendingEdit,
  Perspective,
} from '@kollegalaering/core';

/** What a person changed and has not seen stored yet, kept across a reload or a closed tab. */
export interface JournalEntry {
  /** Who made the changes: they are replayed only for a person who holds this perspective. */
  perspective: Perspective;
  /** The stored version the changes were made on. */
  base: LearningContract;
  pending: PendingEdit[];
  conflicts: FieldConflict[];
}

/**
 * The changes waiting to be stored on a shared keeper (a server), in this
 * browser's localStorage: a reload, a closed tab or a lost connection loses
 * no word. Only for shared storage, and only while something waits: a
 * contract in the browser is saved where it is kept, and nothing stays here
 * once the keeper has it. Unusable storage (private mode, full) keeps nothing.
 */
export class PendingJournal {
  constructor(private readonly key: string) {}

  read(): JournalEntry | undefined {
    try {
      const raw = globalThis.localStorage?.getItem(this.key);
      return raw ? (JSON.parse(raw) as JournalEntry) : undefined;
    } catch {
      return undefined;
    }
  }

  write(entry: JournalEntry): void {
    try {
      if (entry.pending.length === 0 && entry.conflicts.length === 0) this.clear();
      else globalThis.localStorage?.setItem(this.key, JSON.stringify(entry));
    } catch {
      // Full or blocked: the page still holds the changes, and says so if a save fails.
    }
  }

  clear(): void {
    try {
      globalThis.localStorage?.removeItem(this.key);
    } catch {
      // nothing kept, nothing to clear
    }
  }
}
