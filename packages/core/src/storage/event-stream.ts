export interface EventStreamOptions {
  url: string;
  /** Headers for each connection, e.g. the intranet login's token. EventSource cannot send them; fetch can. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  credentials: RequestCredentials;
  /** Called with each revision the server announces (null: the contract was deleted). */
  onChange: (revision: number | null) => void;
}

/** The wait before reconnecting (what the server's `retry:` says too), doubling after each failure up to the most. */
const RETRY_MS = 2_000;
const MAX_DELAY_MS = 30_000;

/** Waits `ms`, or less when `signal` aborts. */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Reads server-sent events from a response body, calling `onEvent` for each complete one. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (fields: Record<string, string>) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue; // a comment (keep-alive) or an empty line
        // Each field once: the server sends its data on one line.
        fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
      }
      onEvent(fields);
    }
  }
}

/**
 * Follows a contract's server-sent events (protocol version 2) until the
 * returned function is called: reconnects after a lost connection, waiting
 * longer after each failure, and sends `Last-Event-ID` so the server can tell
 * what this browser already knows.
 */
export function followEvents({
  url,
  headers,
  credentials,
  onChange,
}: EventStreamOptions): () => void {
  const stop = new AbortController();
  let lastId: string | undefined;
  let delay = RETRY_MS;

  async function follow(): Promise<void> {
    while (!stop.signal.aborted) {
      try {
        const response = await fetch(url, {
          headers: {
            Accept: 'text/event-stream',
            ...(await headers?.()),
            ...(lastId !== undefined && { 'Last-Event-ID': lastId }),
          },
          credentials,
          signal: stop.signal,
        });
        // Not there yet (a contract never saved), or not this person's: ask again later.
        if (response.ok && response.body) {
          delay = RETRY_MS;
          await readEvents(response.body, (fields) => {
            if (fields['id'] !== undefined) lastId = fields['id'];
            if (fields['event'] !== 'change' || !fields['data']) return;
            const { revision } = JSON.parse(fields['data']) as { revision: number | null };
            onChange(revision);
          });
        }
      } catch {
        // a lost connection, or stopped: the loop decides
      }
      await pause(delay, stop.signal);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
  void follow();
  return () => stop.abort();
}
