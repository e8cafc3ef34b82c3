import { createChangeChannel } from '../change-channel.js';
import { followEvents, type EventStreamOptions } from '../event-stream.js';

/** Where to follow a contract's server-sent events, and what to wait for before passing one on. */
export interface FollowOptions extends Omit<EventStreamOptions, 'onChange'> {
  /** The writes in line now: a notice can arrive before the answer to the save that caused it. */
  settled: () => Promise<unknown>;
}

/**
 * News of changes to contracts: from other tabs of this browser (a
 * BroadcastChannel named `name`) and, through the server's event stream,
 * from other people. This browser's own writes are told to the other tabs,
 * and are no news here.
 */
export function createChangeNews(name: string) {
  const changes = createChangeChannel(name);
  /** Revisions this browser stored itself: the server's notice of them is not news here. */
  const own = new Set<string>();
  return {
    /** This browser stored `revision` (null: removed the contract); the other tabs hear of it. */
    stored(id: string, revision: number | null): void {
      if (revision !== null) own.add(`${id}:${revision}`);
      changes.notify(id, revision);
    },
    /**
     * Hears of changes to `id` until the returned function is called. A
     * revision is passed on once, only when it is newer than any before, and
     * never for this browser's own saves (a notice from the server waits for
     * the writes in line first).
     */
    subscribe(
      id: string,
      listener: (revision: number | null) => void,
      { settled, ...stream }: FollowOptions,
    ): () => void {
      let newest = 0;
      let removed = false;
      const pass = (revision: number | null) => {
        if (revision === null ? removed : revision <= newest || own.has(`${id}:${revision}`)) {
          return;
        }
        if (revision === null) removed = true;
        else newest = revision;
        listener(revision);
      };
      const stopTabs = changes.listen(id, pass);
      const stopServer = followEvents({
        ...stream,
        onChange: (revision) => void settled().then(() => pass(revision)),
      });
      return () => {
        stopTabs();
        stopServer();
      };
    },
  };
}

export type ChangeNews = ReturnType<typeof createChangeNews>;
