/** What one tab tells the others: which contract changed, and its revision now (null: removed). */
interface ChangeMessage {
  id: string;
  revision: number | null;
  /** The page that sent it, so that a listener can hear its own page only. */
  page: string;
}

/** This page (this JavaScript realm), told apart from other tabs. */
const PAGE = Math.random().toString(36).slice(2);

export interface ChangeChannel {
  /** Tells the other tabs; with `here`, this adapter's own listeners as well. */
  notify: (id: string, revision: number | null, here?: boolean) => void;
  /** With `samePageOnly`, only notices from this page (for stores that tell other tabs themselves). */
  listen: (
    id: string,
    listener: (revision: number | null) => void,
    samePageOnly?: boolean,
  ) => () => void;
}

/**
 * Tells other tabs and elements of the same origin that a contract changed,
 * through a BroadcastChannel. Only the id and revision are sent, never the
 * contract's text: the listener loads it itself, through its adapter.
 */
export function createChangeChannel(name: string): ChangeChannel {
  const supported = typeof BroadcastChannel === 'function';
  const listeners = new Set<(message: ChangeMessage) => void>();
  let channel: BroadcastChannel | undefined;

  const open = () => {
    if (!supported) return undefined;
    if (!channel) {
      channel = new BroadcastChannel(name);
      channel.onmessage = (event: MessageEvent<ChangeMessage>) => {
        for (const listener of listeners) listener(event.data);
      };
    }
    return channel;
  };

  return {
    notify(id, revision, here = false) {
      const message: ChangeMessage = { id, revision, page: PAGE };
      if (channel) channel.postMessage(message);
      else if (supported) {
        // No one listens here: post through a channel closed at once, so that
        // nothing keeps the page (or Node) alive. Posted messages still arrive.
        const once = new BroadcastChannel(name);
        once.postMessage(message);
        once.close();
      }
      if (here) for (const listener of listeners) listener(message);
    },
    listen(id, listener, samePageOnly = false) {
      const forThisId = (message: ChangeMessage) => {
        if (message.id === id && (!samePageOnly || message.page === PAGE)) {
          listener(message.revision);
        }
      };
      listeners.add(forThisId);
      open();
      return () => {
        listeners.delete(forThisId);
        // Close when no one listens, so that Node and the browser can let the page go.
        if (listeners.size === 0) {
          channel?.close();
          channel = undefined;
        }
      };
    },
  };
}
