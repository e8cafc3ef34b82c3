/** A contract changed (a revision) or was deleted (null). Ids and revisions only: never content. */
export type ChangeListener = (id: string, revision: number | null) => void;

/**
 * How the server instances tell each other (and their event streams) that a
 * contract changed. `onResync` is called when notices may have been missed
 * (a lost connection to the database): every stream then gets the current revision.
 */
export interface ChangeNotices {
  publish(id: string, revision: number | null): Promise<void>;
  listen(listener: ChangeListener): () => void;
  onResync(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Within one process (PGlite: one server instance): notices stay in memory. */
export function memoryNotices(): ChangeNotices {
  const listeners = new Set<ChangeListener>();
  return {
    publish: (id, revision) => {
      for (const listener of listeners) listener(id, revision);
      return Promise.resolve();
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onResync: () => () => undefined,
    close: () => {
      listeners.clear();
      return Promise.resolve();
    },
  };
}
