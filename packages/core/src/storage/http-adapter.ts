import { actionsOn } from './http/actions.js';
import { contractsOn } from './http/contracts.js';
import { createChangeNews } from './http/events.js';
import { perspectiveOn, type Members } from './http/membership.js';
import { contractUrls, createRequest, createWriteLine } from './http/requests.js';
import type { StorageAdapter } from './storage-adapter.js';

export interface HttpAdapterOptions {
  /** The base URL of the contracts API, e.g. `https://intranet.example.dk/api`; contracts live under `/contracts`. */
  endpoint: string;
  /** Headers each request carries, e.g. the intranet login's token. Called before every request. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Whether cookies go with requests (fetch's `credentials`). Default: `same-origin`. */
  credentials?: RequestCredentials;
  /** How long one request may take before it is given up and retried. Default: 15 s. */
  timeoutMs?: number;
  /** Attempts after the first on a network error, a timeout or a 5xx answer. Default: 3. */
  retries?: number;
  /** The wait before the first retry; it doubles for each one after. Default: 500 ms. */
  retryDelayMs?: number;
}

/**
 * Contracts on a server that speaks the protocol in docs/http-api.yaml
 * (version 2), so both parties and their leaders reach the same copy. The
 * server knows who is signed in: it answers with that person's view of the
 * contract (read back here with blanks where they see nothing), takes back
 * their view with their changes, and runs the process's actions itself. Writes carry the
 * revision they are based on (If-Match); the server answers 412 with its own
 * copy when that moved on, which comes back as a `conflict`. Network errors,
 * timeouts and 5xx answers are retried with backoff, under one idempotency
 * key. A save that still cannot be sent answers `unavailable`: the page
 * keeps the person's changes (the elements keep them in localStorage, as
 * edits) and sends them again when the server answers.
 */
export function createHttpAdapter(options: HttpAdapterOptions): StorageAdapter & { close(): void } {
  // The waits and retries have their defaults in createRequest.
  const { endpoint, headers, credentials = 'same-origin' } = options;
  const base = endpoint.replace(/\/+$/, '');
  const url = contractUrls(base);
  const members: Members = new Map();
  const line = createWriteLine();
  const news = createChangeNews(`kollegalaering:http:${base}`);
  const connection = {
    request: createRequest({ ...options, credentials }),
    url,
    members,
    news,
    line,
  };
  return {
    capabilities: { list: true, remove: true, subscribe: true, shared: true },
    membership: (id) => members.get(id),
    act: actionsOn(connection),
    ...contractsOn(connection),
    subscribe: (id, listener) =>
      news.subscribe(id, listener, {
        url: url(id, perspectiveOn(members, id), '/events'),
        ...(headers && { headers }),
        credentials,
        settled: line.settled,
      }),
    close: () => undefined,
  };
}
