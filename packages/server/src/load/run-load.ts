// npm run load: many people on the real server at once. On PostgreSQL with two
// server instances (half the people on each, each pair of colleagues split
// between them), then on PGlite with one, for comparison. Every person reads
// their view and writes every couple of seconds; the two of a pair write the
// same field, so 412s happen; a few hundred event streams stay open. Prints
// requests per second, latency percentiles, the 412 and error rates and how
// long a change takes to reach the other instance's stream, then checks that
// no accepted write is missing. Writes its section of docs/server-load.md (not
// with --quick, which npm test runs to show it still works, asserting no times).
// With --ceiling it searches for the server's ceiling instead (ceiling-run.ts).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEV_USER_HEADER } from '../auth/dev-auth.js';
import { readConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import { freshPostgresUrl, postgresAvailable, stopPostgres } from '../test-support/databases.js';
import { runCeiling } from './ceiling-run.js';
import { machineName } from './ceiling-report.js';
import { writeLoadSection } from './doc-section.js';

const quick = process.argv.includes('--quick');
const PAIRS = quick ? 10 : 150;
const STREAMS = quick ? 20 : 300;
const SECONDS = quick ? 4 : 30;
/** Each person reads and writes about this often. */
const THINK_MS = 2_000;

interface Sample {
  kind: 'GET' | 'PUT';
  ms: number;
  status: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (ms: number) =>
  Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(kind: Sample['kind'], samples: Sample[], request: () => Promise<Response>) {
  const started = performance.now();
  try {
    const response = await request();
    samples.push({ kind, ms: performance.now() - started, status: response.status });
    return response;
  } catch {
    samples.push({ kind, ms: performance.now() - started, status: 0 });
    return undefined;
  }
}

/** Follows one contract's event stream, noting when each revision arrives. */
function watch(url: string, email: string, arrived: Map<string, number>, stop: AbortSignal) {
  void (async () => {
    try {
      const response = await fetch(url, { headers: { [DEV_USER_HEADER]: email }, signal: stop });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        for (const match of decoder.decode(value).matchAll(/data: (\{.*\})/g)) {
          const { id, revision } = JSON.parse(match[1]!) as { id: string; revision: number };
          const key = `${id}:${revision}`;
          if (!arrived.has(key)) arrived.set(key, performance.now());
        }
      }
    } catch {
      // stopped
    }
  })();
}

async function run(label: string, servers: RunningServer[]) {
  const samples: Sample[] = [];
  /** Accepted writes: contract id → revisions the server answered 200 with. */
  const accepted = new Map<string, number[]>();
  /** Writes accepted on the second instance, with when, for the notice latency. */
  const crossing: Array<{ key: string; at: number }> = [];
  const arrived = new Map<string, number>();
  const first = servers[0]!;
  const second = servers.at(-1)!;
  const emailOf = (pair: number, side: 'a' | 'b') => `${side}${pair}@load.soeby.dk`;
  const idOf = (pair: number) => `${label}-${pair}`;

  // Each pair's contract, created by A with B invited.
  for (let pair = 0; pair < PAIRS; pair++) {
    const created = await fetch(`${first.url}/api/contracts/${idOf(pair)}`, {
      method: 'PUT',
      headers: {
        [DEV_USER_HEADER]: emailOf(pair, 'a'),
        'Content-Type': 'application/json',
        'If-None-Match': '*',
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({ parties: { b: { email: emailOf(pair, 'b') } } }),
    });
    if (created.status !== 201) throw new Error(`creating ${idOf(pair)}: ${created.status}`);
    accepted.set(idOf(pair), [1]);
  }
  const stop = new AbortController();
  for (let stream = 0; stream < STREAMS; stream++) {
    const pair = stream % PAIRS;
    watch(
      `${first.url}/api/contracts/${idOf(pair)}/events`,
      emailOf(pair, 'a'),
      arrived,
      stop.signal,
    );
  }
  await sleep(500); // the streams are open

  const end = performance.now() + SECONDS * 1_000;
  async function person(pair: number, side: 'a' | 'b') {
    const server = side === 'a' ? first : second;
    const id = idOf(pair);
    const url = `${server.url}/api/contracts/${id}`;
    const headers = { [DEV_USER_HEADER]: emailOf(pair, side), 'Content-Type': 'application/json' };
    await sleep(Math.random() * THINK_MS);
    for (let write = 0; performance.now() < end; write++) {
      const read = await timed('GET', samples, () => fetch(url, { headers }));
      if (read?.status === 200) {
        const view = (await read.json()) as { purpose: string };
        // Both of a pair write the purpose: one of two close writes gets 412, as it should.
        view.purpose = `${side} ${write}`;
        const written = await timed('PUT', samples, () =>
          fetch(url, {
            method: 'PUT',
            headers: {
              ...headers,
              'If-Match': read.headers.get('ETag') ?? '',
              'Idempotency-Key': randomUUID(),
            },
            body: JSON.stringify(view),
          }),
        );
        if (written?.status === 200) {
          const revision = Number(written.headers.get('ETag')?.replaceAll('"', ''));
          accepted.get(id)!.push(revision);
          if (server !== first) crossing.push({ key: `${id}:${revision}`, at: performance.now() });
        }
        await written?.text();
      }
      await sleep(THINK_MS * (0.5 + Math.random()));
    }
  }
  const started = performance.now();
  const people: Array<Promise<void>> = [];
  for (let pair = 0; pair < PAIRS; pair++) people.push(person(pair, 'a'), person(pair, 'b'));
  await Promise.all(people);
  const seconds = (performance.now() - started) / 1_000;
  await sleep(1_000); // the last notices arrive
  stop.abort();

  // No accepted write may be missing: each contract's revision and audit log count them all.
  let lost = 0;
  for (const [id, revisions] of accepted) {
    const pair = Number(id.slice(label.length + 1));
    const headers = { [DEV_USER_HEADER]: emailOf(pair, 'a') };
    const read = await fetch(`${first.url}/api/contracts/${id}`, { headers });
    const stored = Number(read.headers.get('ETag')?.replaceAll('"', ''));
    const audit = (await (
      await fetch(`${first.url}/api/contracts/${id}/audit`, { headers })
    ).json()) as unknown[];
    await read.text();
    const distinct = new Set(revisions);
    if (
      distinct.size !== revisions.length ||
      stored !== revisions.length ||
      audit.length !== stored
    ) {
      lost += Math.abs(revisions.length - Math.min(stored, audit.length));
      console.error(
        `${id}: ${revisions.length} accepted, revision ${stored}, ${audit.length} audit entries`,
      );
    }
  }

  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const puts = samples.filter((s) => s.kind === 'PUT');
  const latencies = crossing
    .filter(({ key }) => arrived.has(key))
    .map(({ key, at }) => Math.max(0, arrived.get(key)! - at))
    .sort((a, b) => a - b);
  return {
    label,
    instances: servers.length,
    requests: samples.length,
    perSecond: samples.length / seconds,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    conflicts: puts.filter((s) => s.status === 412).length / Math.max(1, puts.length),
    errors:
      samples.filter((s) => ![200, 412].includes(s.status)).length / Math.max(1, samples.length),
    noticeP50: percentile(latencies, 50),
    noticeP95: percentile(latencies, 95),
    noticesHeard: `${latencies.length} of ${crossing.length}`,
    lost,
  };
}

async function main() {
  const results = [];
  const withoutPostgres = await postgresAvailable();
  if (withoutPostgres === null) {
    console.log('# PostgreSQL, two server instances …');
    const env = {
      AUTH: 'dev',
      PORT: '0',
      LOG: 'silent',
      DATABASE_URL: await freshPostgresUrl(),
      RATE_LIMIT_PER_MINUTE: '100000',
    };
    const servers = [await startServer(readConfig(env)), await startServer(readConfig(env))];
    try {
      results.push(await run('postgres', servers));
    } finally {
      for (const server of servers) await server.stop();
    }
  } else {
    console.log(`# PostgreSQL left out: ${withoutPostgres}`);
  }
  console.log('# PGlite, one server instance …');
  const dataDir = mkdtempSync(join(tmpdir(), 'kollegalaering-load-'));
  const pglite = await startServer(
    readConfig({
      AUTH: 'dev',
      PORT: '0',
      LOG: 'silent',
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_MINUTE: '100000',
    }),
  );
  try {
    results.push(await run('pglite', [pglite]));
  } finally {
    await pglite.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await stopPostgres();
  }

  const rows = results.map(
    (r) =>
      `| ${r.label} | ${r.instances} | ${r.requests} | ${Math.round(r.perSecond)} | ${round(r.p50)} | ${round(r.p95)} | ${round(r.p99)} | ${(r.conflicts * 100).toFixed(1)} % | ${(r.errors * 100).toFixed(2)} % | ${r.instances > 1 ? `${round(r.noticeP50)} / ${round(r.noticeP95)} (${r.noticesHeard})` : '–'} | ${r.lost} |`,
  );
  const markdown = `## A working day

Made by \`npm run load\` (\`packages/server/src/load/run-load.ts\`) on ${machineName()}, in one run: the load client and
the servers share the machine. ${PAIRS * 2} simulated people in ${PAIRS} pairs, for ${SECONDS} s: each reads their
view and writes the purpose every 1–3 s, so the two of a pair sometimes write at once and one gets 412. On
PostgreSQL the two of each pair are on different server instances; ${STREAMS} event streams are open on the
first instance, and "notice" is the time from a write's answer on the second instance until the first
instance's stream carries its revision (the server announces a change before it answers, so this is often
near zero). Latencies are per request, GET and PUT together, in milliseconds. The requests per second follow
from the people's pace, not from what the server could take: this measures how it answers such a day.

| Database | Instances | Requests | Requests/s | p50 | p95 | p99 | 412 of writes | Errors | Notice p50 / p95 | Accepted writes lost |
| -------- | --------: | -------: | ---------: | --: | --: | --: | ------------: | -----: | ---------------- | -------------------: |
${rows.join('\n')}

"Accepted writes lost" compares, per contract, the writes the server answered 200 with its revision and its
audit log after the run.
`;
  console.log(markdown);
  if (!quick) {
    await writeLoadSection('day', markdown);
    console.log('Written to docs/server-load.md');
  }
  const lost = results.reduce((sum, r) => sum + r.lost, 0);
  if (lost > 0) {
    console.error(`${lost} accepted writes are missing`);
    process.exit(1);
  }
  // The same closing line as the test runners, for CI's reading.
  console.log(`load: ${results.length} passed, 0 failed`);
}

if (process.argv.includes('--ceiling')) await runCeiling(quick);
else await main();
