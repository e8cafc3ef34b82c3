import type { Perspective } from '../constants.js';
import type { LearningContract } from '../schema/contract-schema.js';
import type { KeyValueStore } from './key-value-adapter.js';

/** A save the server has not confirmed yet: the whole contract, as the person left it. */
export interface OutboxEntry {
  id: string;
  contract: LearningContract;
  /** Sent with each attempt, so a server that already stored it does not store it twice. */
  idempotencyKey: string;
  /** The server refused it because its copy had moved on: kept until the person chooses. */
  conflict?: boolean;
  /** The perspective the person wrote in, for a server that knows them. */
  as?: Perspective;
}

export interface Outbox {
  entries(): OutboxEntry[];
  get(id: string): OutboxEntry | undefined;
  /** Adds the entry at the end, or replaces the one for the same contract where it stands. */
  put(entry: OutboxEntry): void;
  delete(id: string): void;
}

/**
 * Saves kept in the browser while the server cannot be reached, in the order
 * they were made. Stored as one JSON list under `key`, so that a reload while
 * offline loses nothing. A list that cannot be read is kept aside, not dropped.
 */
export function createOutbox(store: KeyValueStore, key: string): Outbox {
  function entries(): OutboxEntry[] {
    const raw = store.getItem(key);
    if (raw === null) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) return parsed as OutboxEntry[];
    } catch {
      // fall through: keep the unreadable list under another key
    }
    store.setItem(`${key}:unreadable:${new Date().toISOString()}`, raw);
    store.removeItem(key);
    return [];
  }

  function write(list: OutboxEntry[]): void {
    if (list.length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(list));
  }

  return {
    entries,
    get: (id) => entries().find((entry) => entry.id === id),
    put(entry) {
      const list = entries();
      const index = list.findIndex((other) => other.id === entry.id);
      if (index === -1) list.push(entry);
      else list[index] = entry;
      write(list);
    },
    delete(id) {
      write(entries().filter((entry) => entry.id !== id));
    },
  };
}
