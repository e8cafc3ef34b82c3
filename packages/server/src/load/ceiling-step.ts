// One step of the ceiling search: a number of simulated people on the server
// for a few seconds, each making one request about every PACE_MS (the pace of
// run-load.ts's person, who reads and saves every two seconds or so), either
// only reads or only writes. A person waits for each answer before thinking
// again, so a server that slows down is seen in the latencies, not hidden in
// a queue at the client.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DEV_USER_HEADER } from '../auth/dev-auth.js';
import { carriedWhen } from './ceiling.js';
import { peakOf } from './memory.js';

/** One request a person makes every this many milliseconds, on average. */
export const PACE_MS = 1_000;
/** A request slower than this counts as an error. */
const TIMEOUT_MS = 5_000;
/** Contracts shared by the reading people (a read takes no lock, so sharing them costs nothing). */
const READ_CONTRACTS = 100;

export type Mix = 'reads' | 'writes';

export interface StepResult {
  people: number;
  carried: boolean;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The highest of each measured process's memory during the step, in bytes. */
  peaks: number[];
  /** Each measured process's processor time per counted request, in milliseconds. */
  cpuPerRequest: number[];
}

export interface Target {
  /** The instances; person i uses instance i modulo their count. */
  urls: string[];
  /** The measured processes (the instances, then the database): memory now in bytes, CPU in ms. */
  processes: Array<{ memory: () => number | undefined; cpu: () => number | undefined }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Who person `i` is and which contract they use: readers share READ_CONTRACTS
 * contracts as their party A or B; a writer has a contract of their own, so
 * that no write waits for another's lock or gets 412: the ceiling of writing,
 * not of two people writing the same field.
 */
export function personOf(mix: Mix, i: number) {
  if (mix === 'writes') return { id: `ceiling-w-${i}`, email: `w${i}@ceiling.soeby.dk` };
  const contract = i % READ_CONTRACTS;
  const side = Math.floor(i / READ_CONTRACTS) % 2 ? 'b' : 'a';
  return { id: `ceiling-r-${contract}`, email: `${side}${contract}@ceiling.soeby.dk` };
}

/** Creates contract `id` with `email` as party A and `partner` as B, as a browser would. */
export async function createContract(url: string, id: string, email: string, partner: string) {
  const created = await fetch(`${url}/api/contracts/${id}`, {
    method: 'PUT',
    headers: {
      [DEV_USER_HEADER]: email,
      'Content-Type': 'application/json',
      'If-None-Match': '*',
      'Idempotency-Key': randomUUID(),
    },
    body: JSON.stringify({ parties: { b: { email: partner } } }),
  });
  await created.text();
  // 412: it is there already (made for the floor's view, or by an earlier step).
  if (created.status !== 201 && created.status !== 412) {
    throw new Error(`creating ${id}: ${created.status}`);
  }
}

/** The contracts `people` people of `mix` use, beyond the `have` already made; a few at a time. */
export async function createContracts(url: string, mix: Mix, have: number, people: number) {
  const ids =
    mix === 'reads'
      ? Array.from(
          { length: Math.max(0, Math.min(people, READ_CONTRACTS) - have) },
          (_, k) => k + have,
        )
      : Array.from({ length: Math.max(0, people - have) }, (_, k) => k + have);
  for (let next = 0; next < ids.length; next += 16) {
    await Promise.all(
      ids.slice(next, next + 16).map((i) => {
        const { id, email } = personOf(mix, i);
        const partner = mix === 'reads' ? personOf(mix, i + READ_CONTRACTS).email : 'b@soeby.dk';
        return createContract(url, id, email, partner);
      }),
    );
  }
  return Math.max(have, mix === 'reads' ? Math.min(people, READ_CONTRACTS) : people);
}

/** `people` people of `mix` on `target` for `warmSeconds` (not counted), then `seconds` counted. */
export async function runStep(
  target: Target,
  mix: Mix,
  people: number,
  { warmSeconds, seconds }: { warmSeconds: number; seconds: number },
): Promise<StepResult> {
  const latencies: number[] = [];
  let errors = 0;
  const counting = performance.now() + warmSeconds * 1_000;
  const end = counting + seconds * 1_000;

  async function person(i: number) {
    const { id, email } = personOf(mix, i);
    const url = `${target.urls[i % target.urls.length]}/api/contracts/${id}`;
    const headers = { [DEV_USER_HEADER]: email, 'Content-Type': 'application/json' };
    // Arriving over one pace, not all in the same millisecond.
    await sleep(Math.random() * PACE_MS);
    let view: Record<string, unknown> = {};
    let etag = '';
    if (mix === 'writes') {
      // The writer's view and revision to start from: not a request of the mix, so not counted.
      try {
        const read = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
        view = (await read.json()) as Record<string, unknown>;
        etag = read.headers.get('ETag') ?? '';
      } catch {
        errors++;
        return;
      }
    }
    for (let n = 0; performance.now() < end; n++) {
      const started = performance.now();
      let status = 0;
      try {
        const signal = AbortSignal.timeout(TIMEOUT_MS);
        const response =
          mix === 'reads'
            ? await fetch(url, { headers, signal })
            : await fetch(url, {
                method: 'PUT',
                headers: { ...headers, 'If-Match': etag, 'Idempotency-Key': randomUUID() },
                body: JSON.stringify({ ...view, purpose: `Skriver ${n}` }),
                signal,
              });
        await response.arrayBuffer();
        status = response.status;
        if (status === 200 && mix === 'writes') etag = response.headers.get('ETag') ?? '';
      } catch {
        // a refused connection or a time-out: counted below as an error
      }
      if (started >= counting) {
        latencies.push(performance.now() - started);
        if (status !== 200) errors++;
      }
      await sleep(PACE_MS * (0.5 + Math.random()));
    }
  }

  const crowd = Array.from({ length: people }, (_, i) => person(i));
  await sleep(warmSeconds * 1_000);
  const watches = target.processes.map(({ memory }) => peakOf(memory));
  const cpuBefore = target.processes.map(({ cpu }) => cpu());
  await sleep(seconds * 1_000);
  const peaks = watches.map((watch) => watch.stop());
  const cpuUsed = target.processes.map(({ cpu }, i) => (cpu() ?? NaN) - (cpuBefore[i] ?? NaN));
  await Promise.all(crowd);
  latencies.sort((a, b) => a - b);
  const p99 = percentile(latencies, 99);
  return {
    people,
    carried: carriedWhen(p99, errors),
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99,
    errors,
    peaks,
    cpuPerRequest: cpuUsed.map((used) => used / Math.max(1, latencies.length)),
  };
}
