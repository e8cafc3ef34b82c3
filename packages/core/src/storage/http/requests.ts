import type { Perspective } from '../../constants.js';
import type { StorageError } from '../storage-adapter.js';

/** How requests go out: the page's headers and cookies, and how long and how often to try (HttpAdapterOptions). */
export interface RequestOptions {
  headers?: (() => Record<string, string> | Promise<Record<string, string>>) | undefined;
  credentials?: RequestCredentials;
  timeoutMs?: number;
  retries?: number;
  retryDelayMs?: number;
}

/** A server's answer, its body read as JSON (null when empty). */
export type Answer = { status: number; body: unknown; headers: Headers };

/** One request, retried on network errors, timeouts and 5xx; rejects with `Unreachable` when all fail. */
export type Request = (
  method: string,
  url: string,
  extra?: Record<string, string>,
  body?: unknown,
) => Promise<Answer>;

/** The server could not be reached, or answered 5xx, on every attempt. */
export class Unreachable extends Error {}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends requests with the page's headers (asked for before every attempt)
 * and JSON bodies. Network errors, timeouts and 5xx answers are tried again
 * with the same headers and body, waiting `retryDelayMs` and twice as long
 * after each; any other answer, 4xx included, is the answer.
 */
export function createRequest({
  headers,
  credentials = 'same-origin',
  timeoutMs = 15_000,
  retries = 3,
  retryDelayMs = 500,
}: RequestOptions): Request {
  return async (method, url, extra = {}, body) => {
    let lastProblem = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await wait(retryDelayMs * 2 ** (attempt - 1));
      try {
        const response = await fetch(url, {
          method,
          credentials,
          headers: {
            Accept: 'application/json',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...(await headers?.()),
            ...extra,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.status >= 500) {
          lastProblem = `HTTP ${response.status}`;
          continue;
        }
        const text = await response.text();
        return {
          status: response.status,
          body: text ? (JSON.parse(text) as unknown) : null,
          headers: response.headers,
        };
      } catch (problem) {
        lastProblem = problem instanceof Error ? `${problem.name}: ${problem.message}` : 'failed';
      }
    }
    throw new Unreachable(lastProblem);
  };
}

/** `unavailable` for a server that could not be reached; anything else is a bug and is thrown on. */
export const unreachable = (problem: unknown): { ok: false; error: StorageError } => {
  if (!(problem instanceof Unreachable)) throw problem;
  return { ok: false, error: { code: 'unavailable', detail: problem.message } };
};

/** The URLs of the contracts API at `base` (no trailing slash): the list, a contract (in a perspective), and what is below it. */
export const contractUrls =
  (base: string) =>
  (id?: string, as?: Perspective, suffix = ''): string =>
    id === undefined
      ? `${base}/contracts`
      : `${base}/contracts/${encodeURIComponent(id)}${suffix}${as ? `?as=${as}` : ''}`;

/**
 * One write at a time, in the order they were made: a save never overtakes
 * another, and `settled()` is the end of the writes in line now.
 */
export function createWriteLine() {
  let line: Promise<unknown> = Promise.resolve();
  return {
    serially<T>(operation: () => Promise<T>): Promise<T> {
      const next = line.then(operation, operation);
      line = next.catch(() => undefined);
      return next;
    },
    settled: () => line,
  };
}
