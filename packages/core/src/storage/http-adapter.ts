import { PERSPECTIVES, SCHEMA_VERSION, type Perspective } from '../constants.js';
import { parseContract } from '../parse-contract.js';
import type { Action } from '../process.js';
import type { Issue } from '../result.js';
import { fillView, viewFor } from '../visibility.js';
import type { LearningContract } from '../schema/contract-schema.js';
import { createChangeChannel } from './change-channel.js';
import { followEvents } from './event-stream.js';
import { newItemId } from '../paths.js';
import type {
  ActOptions,
  ContractSummary,
  LoadOptions,
  Membership,
  SaveOptions,
  StorageAdapter,
  StorageError,
  StorageResult,
} from './storage-adapter.js';

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

/** The server could not be reached, or answered 5xx, on every attempt. */
class Unreachable extends Error {}

type Answer = { status: number; body: unknown; headers: Headers };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const error = (
  code: StorageError['code'],
  detail?: string,
): { ok: false; error: StorageError } => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

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
export function createHttpAdapter({
  endpoint,
  headers,
  credentials = 'same-origin',
  timeoutMs = 15_000,
  retries = 3,
  retryDelayMs = 500,
}: HttpAdapterOptions): StorageAdapter & { close(): void } {
  const base = endpoint.replace(/\/+$/, '');
  /** Who the person is on each contract, as the server said last. */
  const members = new Map<string, Membership>();
  const urlOf = (id?: string, as?: Perspective, suffix = '') =>
    id === undefined
      ? `${base}/contracts`
      : `${base}/contracts/${encodeURIComponent(id)}${suffix}${as ? `?as=${as}` : ''}`;
  /** The perspective to write in: the one the server answered in, else the page's, else the creator's. */
  const writerOf = (id: string, as?: Perspective): Perspective =>
    members.get(id)?.perspective ?? as ?? 'party-a';

  /** Notes who the server says the person is on the contract, from the answer's headers. */
  function remember(id: string, answer: Answer): void {
    const perspective = answer.headers.get('Kollegalaering-Perspective');
    const held = (answer.headers.get('Kollegalaering-Perspectives') ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p): p is Perspective => (PERSPECTIVES as readonly string[]).includes(p));
    if (perspective && (PERSPECTIVES as readonly string[]).includes(perspective)) {
      members.set(id, { perspective: perspective as Perspective, perspectives: held });
    }
  }
  const changes = createChangeChannel(`kollegalaering:http:${base}`);
  /** Revisions this browser stored itself: the server's notice of them is not news here. */
  const own = new Set<string>();

  /** One request, retried on network errors, timeouts and 5xx; throws Unreachable when all fail. */
  async function request(
    method: string,
    url: string,
    extra: Record<string, string> = {},
    body?: unknown,
  ): Promise<Answer> {
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
  }

  /**
   * The server's answer (the person's view) as a contract, blank where they
   * see nothing; or `corrupt`/`newer-version` when it is not one this version reads.
   */
  function contractFrom(body: unknown, id: string): StorageResult<LearningContract> {
    const version = (body as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      return { ok: false, error: { code: 'newer-version', raw: body } };
    }
    const parsed = parseContract(
      typeof body === 'object' && body !== null ? fillView(body, id) : body,
    );
    return parsed.ok
      ? parsed
      : error('corrupt', parsed.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
  }

  async function fetchContract(
    id: string,
    as?: Perspective,
  ): Promise<StorageResult<LearningContract | null>> {
    let answer = await request('GET', urlOf(id, as ?? members.get(id)?.perspective));
    // The page asked for a perspective the person does not hold, or did not say which of
    // several: the server names the ones they hold, and the first is taken.
    const held = (answer.body as { perspectives?: unknown } | null)?.perspectives;
    if ((answer.status === 400 || answer.status === 403) && Array.isArray(held) && held.length) {
      answer = await request('GET', urlOf(id, held[0] as Perspective));
    }
    if (answer.status === 404) return { ok: true, value: null };
    if (answer.status !== 200) return error('unavailable', `GET answered ${answer.status}`);
    remember(id, answer);
    return contractFrom(answer.body, id);
  }

  /** A refusal by the server's rules: the paths and codes it gave. */
  const forbidden = (answer: Answer): { ok: false; error: StorageError } => {
    const issues = (answer.body as { issues?: Issue[] } | null)?.issues ?? [];
    return { ok: false, error: { code: 'forbidden', issues, detail: `HTTP ${answer.status}` } };
  };

  /** One PUT of a contract based on `revision` (0: create). Throws Unreachable. */
  async function put(
    contract: LearningContract,
    revision: number,
    idempotencyKey: string,
    as?: Perspective,
  ): Promise<StorageResult<LearningContract>> {
    const precondition: Record<string, string> =
      revision === 0 ? { 'If-None-Match': '*' } : { 'If-Match': `"${revision}"` };
    // Only the person's own view goes back: the blanks where they see nothing are never sent.
    const writer = revision === 0 ? 'party-a' : writerOf(contract.id, as);
    const answer = await request(
      'PUT',
      urlOf(
        contract.id,
        revision === 0 ? undefined : (members.get(contract.id)?.perspective ?? as),
      ),
      { ...precondition, 'Idempotency-Key': idempotencyKey },
      viewFor(contract, writer),
    );
    if (answer.status === 200 || answer.status === 201) {
      remember(contract.id, answer);
      return contractFrom(answer.body, contract.id);
    }
    if (answer.status === 403 || answer.status === 422) return forbidden(answer);
    if (answer.status === 412) {
      // The server sends its copy with the 412; ask for it when it did not.
      const theirs = answer.body === null ? null : contractFrom(answer.body, contract.id);
      const current = theirs?.ok ? theirs : await fetchContract(contract.id);
      if (!current.ok) return current;
      return current.value
        ? { ok: false, error: { code: 'conflict', current: current.value } }
        : error('conflict', 'removed on the server');
    }
    if (answer.status === 413 || answer.status === 507)
      return error('quota', `HTTP ${answer.status}`);
    return error('unavailable', `PUT answered ${answer.status}`);
  }

  // One write at a time, in the order they were made: a save never overtakes another.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  };

  const unreachable = (problem: unknown) => {
    if (!(problem instanceof Unreachable)) throw problem;
    return { ok: false as const, error: { code: 'unavailable' as const, detail: problem.message } };
  };

  async function save(
    contract: LearningContract,
    options: SaveOptions = {},
  ): Promise<StorageResult<LearningContract>> {
    return serially(async () => {
      try {
        let revision = options.expectedRevision;
        if (revision === undefined) {
          const stored = await fetchContract(contract.id);
          if (!stored.ok) return stored;
          revision = stored.value?.revision ?? 0;
        }
        // One key for every attempt: a server that stored it already does not store it twice.
        const result = await put(contract, revision, newItemId(), options.as);
        if (result.ok) {
          own.add(`${contract.id}:${result.value.revision}`);
          changes.notify(contract.id, result.value.revision);
        }
        return result;
      } catch (problem) {
        return unreachable(problem);
      }
    });
  }

  async function load(
    id: string,
    { as }: LoadOptions = {},
  ): Promise<StorageResult<LearningContract | null>> {
    try {
      return await fetchContract(id, as);
    } catch (problem) {
      return unreachable(problem);
    }
  }

  async function list(): Promise<StorageResult<ContractSummary[]>> {
    try {
      const answer = await request('GET', urlOf());
      if (answer.status !== 200 || !Array.isArray(answer.body)) {
        return error('unavailable', `GET answered ${answer.status}`);
      }
      return { ok: true, value: answer.body as ContractSummary[] };
    } catch (problem) {
      return unreachable(problem);
    }
  }

  async function remove(id: string): Promise<StorageResult<void>> {
    try {
      const answer = await request('DELETE', urlOf(id, members.get(id)?.perspective), {
        'Idempotency-Key': newItemId(),
      });
      if (answer.status === 403) return forbidden(answer);
      if (answer.status === 404) return error('not-found');
      if (answer.status !== 204 && answer.status !== 200 && answer.status !== 404) {
        return error('unavailable', `DELETE answered ${answer.status}`);
      }
      changes.notify(id, null);
      return { ok: true, value: undefined };
    } catch (problem) {
      return unreachable(problem);
    }
  }

  /**
   * Hears of changes from other tabs of this browser and, through the
   * server's event stream, from other people. A revision is passed on once,
   * only when it is newer than any before, and never for this browser's own
   * saves (a notice can arrive before the answer to the save that caused it:
   * it waits for the writes in line first).
   */
  function subscribe(id: string, listener: (revision: number | null) => void): () => void {
    let newest = 0;
    let removed = false;
    const pass = (revision: number | null) => {
      if (revision === null ? removed : revision <= newest || own.has(`${id}:${revision}`)) return;
      if (revision === null) removed = true;
      else newest = revision;
      listener(revision);
    };
    const stopTabs = changes.listen(id, pass);
    const stopServer = followEvents({
      url: urlOf(id, members.get(id)?.perspective, '/events'),
      ...(headers && { headers }),
      credentials,
      onChange: (revision) => void queue.then(() => pass(revision)),
    });
    return () => {
      stopTabs();
      stopServer();
    };
  }

  /** An action run by the server, which records who and when by its own login and clock. */
  async function act(
    id: string,
    action: Action,
    { expectedRevision, as, ...extra }: ActOptions,
  ): Promise<StorageResult<LearningContract>> {
    return serially(async () => {
      try {
        const answer = await request(
          'POST',
          urlOf(id, members.get(id)?.perspective ?? as, '/actions'),
          { 'If-Match': `"${expectedRevision}"`, 'Idempotency-Key': newItemId() },
          { action, ...extra },
        );
        if (answer.status === 200) {
          remember(id, answer);
          const after = contractFrom(answer.body, id);
          if (after.ok) {
            own.add(`${id}:${after.value.revision}`);
            changes.notify(id, after.value.revision);
          }
          return after;
        }
        if (answer.status === 412) {
          const theirs = contractFrom(answer.body, id);
          return theirs.ok
            ? { ok: false, error: { code: 'conflict', current: theirs.value } }
            : theirs;
        }
        if (answer.status === 403 || answer.status === 422) return forbidden(answer);
        return error('unavailable', `POST answered ${answer.status}`);
      } catch (problem) {
        return unreachable(problem);
      }
    });
  }

  return {
    capabilities: { list: true, remove: true, subscribe: true, shared: true },
    membership: (id) => members.get(id),
    act,
    load,
    save,
    list,
    remove,
    subscribe,
    close: () => undefined,
  };
}
