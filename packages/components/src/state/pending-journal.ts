import {
  parseContract,
  PERSPECTIVES,
  type FieldConflict,
  type LearningContract,
  type PendingEdit,
  type Perspective,
} from '@kollegalaering/core';

/** A kept edit as core makes them; anything else in the browser's storage is left out. */
const isEdit = (entry: PendingEdit | undefined): entry is PendingEdit =>
  ['set', 'append', 'remove'].includes(String(entry?.edit?.op)) && Array.isArray(entry?.edit.path);

/** What a person changed and has not seen stored yet, kept across a reload or a closed tab. */
export interface JournalEntry {
  /** Who made the changes: they are replayed only for a person who holds this perspective. */
  perspective: Perspective;
  /** The stored version the changes were made on. */
  base: LearningContract;
  pending: PendingEdit[];
  conflicts: FieldConflict[];
  /**
   * The contract as this browser last sent it, while no answer has come: a tab
   * closed with a save on its way may have had it stored unseen.
   */
  sent?: LearningContract | undefined;
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

  /** What was kept, where it still reads as such: the version is checked like stored data, the edits go through core when replayed. */
  read(): JournalEntry | undefined {
    try {
      const raw = globalThis.localStorage?.getItem(this.key);
      const entry = raw ? (JSON.parse(raw) as Partial<JournalEntry>) : undefined;
      const base = entry && parseContract(entry.base);
      if (!entry || !base?.ok || !PERSPECTIVES.includes(entry.perspective as Perspective))
        return undefined;
      if (!Array.isArray(entry.pending) || !Array.isArray(entry.conflicts)) return undefined;
      const pending = entry.pending.filter(isEdit);
      const sent = entry.sent === undefined ? undefined : parseContract(entry.sent);
      return {
        ...(entry as JournalEntry),
        base: base.value,
        pending,
        sent: sent?.ok ? sent.value : undefined,
      };
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
