// npm run load -- --ceiling: the most people one server carries (p99 within
// 100 ms, no errors), for reads and for writes, on PGlite with one instance,
// on PostgreSQL with one and with two, and on the floor (floor-server.ts), with
// each server process's memory at rest and at its ceiling. Writes the ceiling
// section of docs/server-load.md (not with --quick, which only shows the
// search runs end to end, with tiny steps).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DEV_USER_HEADER } from '../auth/dev-auth.js';
import { freshPostgresUrl, postgresAvailable, stopPostgres } from '../test-support/databases.js';
import { findCeiling, type Ceiling, type SearchOptions } from './ceiling.js';
import { ceilingReport } from './ceiling-report.js';
import { createContracts, personOf, runStep, type Mix, type StepResult } from './ceiling-step.js';
import { floorServer, realServer, type ChildServer } from './child-server.js';
import { writeLoadSection } from './doc-section.js';
import { cpuMilliseconds, mebibytes, residentBytes, treeBytes } from './memory.js';

export const MIXES: readonly Mix[] = ['reads', 'writes'];

/** What one server configuration measured. */
export interface Measured {
  server: 'PGlite' | 'PostgreSQL' | 'Floor';
  instances: number;
  /** Each instance's memory after start, before any request but the seeding's, in bytes. */
  rest: number[];
  /** Each instance's memory at rest again after both searches, in bytes. */
  restAfter: number[];
  /** PostgreSQL's own processes at rest, in bytes (its cluster, shared by both instances). */
  databaseRest: number | undefined;
  ceilings: Record<Mix, Ceiling<StepResult>>;
}

type Settings = SearchOptions & { warmSeconds: number; seconds: number };
// Steps of six seconds, one of them to arrive: the whole run stays within a few minutes on two cores.
const FULL: Settings = { start: 100, most: 20_000, closeEnough: 1.2, warmSeconds: 1, seconds: 4 };
const QUICK: Settings = { start: 4, most: 8, closeEnough: 1.5, warmSeconds: 0.5, seconds: 1 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The postmaster's process id, from the cluster's own data directory. */
async function postmasterOf(url: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string }>('show data_directory');
    const pid = readFileSync(join(rows[0]!.data_directory, 'postmaster.pid'), 'utf8').split(
      '\n',
    )[0];
    return Number(pid) || undefined;
  } catch {
    return undefined; // not on this machine (DATABASE_URL elsewhere), or not readable
  } finally {
    await client.end();
  }
}

/** Runs both searches on the running `instances`, and notes their memory. */
async function measure(
  server: Measured['server'],
  instances: ChildServer[],
  database: { memory: () => number | undefined; cpu: () => number | undefined } | undefined,
  settings: Settings,
): Promise<Measured> {
  await sleep(1_000); // settled after start
  const rest = instances.map((instance) => residentBytes(instance.pid) ?? 0);
  const databaseRest = database?.memory();
  console.log(
    `# ${server}, ${instances.length} instance(s): at rest ${rest.map(mebibytes).join(' + ')}` +
      (database ? `, PostgreSQL ${mebibytes(databaseRest)}` : ''),
  );
  const target = {
    urls: instances.map((instance) => instance.url),
    processes: [
      ...instances.map(({ pid }) => ({
        memory: () => residentBytes(pid),
        cpu: () => cpuMilliseconds(pid),
      })),
      ...(database ? [database] : []),
    ],
  };
  const ceilings = {} as Record<Mix, Ceiling<StepResult>>;
  for (const mix of MIXES) {
    let made = await createContracts(target.urls[0]!, mix, 0, settings.start);
    // Not counted: the first requests of a new process wait for its JIT and its database's caches.
    await runStep(target, mix, settings.start, { warmSeconds: 0, seconds: settings.seconds });
    ceilings[mix] = await findCeiling(async (people) => {
      made = await createContracts(target.urls[0]!, mix, made, people);
      const step = await runStep(target, mix, people, settings);
      console.log(
        `  ${mix}, ${people} people: ${Math.round(step.perSecond)} requests/s, p99 ${step.p99.toFixed(1)} ms, ` +
          `${step.errors} errors${step.carried ? '' : ': not carried'}`,
      );
      await sleep(500); // the last connections close before the next step
      return step;
    }, settings);
  }
  await sleep(2_000); // the last connections closed, the collector caught up
  const restAfter = instances.map((instance) => residentBytes(instance.pid) ?? 0);
  return { server, instances: instances.length, rest, restAfter, databaseRest, ceilings };
}

/** Starts `count` instances with `start`, measures them, and stops them whatever happens. */
async function withInstances(
  count: number,
  start: () => Promise<ChildServer>,
  run: (instances: ChildServer[]) => Promise<Measured>,
) {
  const instances: ChildServer[] = [];
  try {
    for (let i = 0; i < count; i++) instances.push(await start());
    return await run(instances);
  } finally {
    for (const instance of instances) await instance.stop();
  }
}

/** A view as the real server sends it, for the floor to answer with. */
async function captureView(url: string, file: string) {
  await createContracts(url, 'reads', 0, 1);
  const { id, email } = personOf('reads', 0);
  const read = await fetch(`${url}/api/contracts/${id}`, { headers: { [DEV_USER_HEADER]: email } });
  writeFileSync(file, await read.text());
}

export async function runCeiling(quick: boolean) {
  const settings = quick ? QUICK : FULL;
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  const scratch = mkdtempSync(join(tmpdir(), 'kollegalaering-ceiling-'));
  const viewFile = join(scratch, 'view.json');
  const results: Measured[] = [];
  try {
    results.push(
      await withInstances(
        1,
        () => realServer({ DATA_DIR: join(scratch, 'pglite') }),
        async ([instance]) => {
          await captureView(instance!.url, viewFile);
          return measure('PGlite', [instance!], undefined, settings);
        },
      ),
    );
    const withoutPostgres = await postgresAvailable();
    if (withoutPostgres === null) {
      for (const count of [1, 2]) {
        const url = await freshPostgresUrl();
        const postmaster = await postmasterOf(url);
        const database = postmaster
          ? { memory: () => treeBytes(postmaster), cpu: () => cpuMilliseconds(postmaster, true) }
          : undefined;
        results.push(
          await withInstances(
            count,
            () => realServer({ DATABASE_URL: url }),
            (instances) => measure('PostgreSQL', instances, database, settings),
          ),
        );
      }
    } else {
      console.log(`# PostgreSQL left out: ${withoutPostgres}`);
    }
    results.push(
      await withInstances(
        1,
        () => floorServer(viewFile),
        (instances) => measure('Floor', instances, undefined, settings),
      ),
    );
  } finally {
    await stopPostgres();
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = Math.round((performance.now() - started) / 1_000);
  const markdown = ceilingReport(results, settings, { seconds, load: [loadBefore, loadavg()[0]!] });
  console.log(markdown);
  if (!quick) {
    await writeLoadSection('ceiling', markdown);
    console.log('Written to docs/server-load.md');
  }
  // The same closing line as the test runners, for CI's reading: each configuration ran its searches.
  console.log(`ceiling: ${results.length} passed, 0 failed`);
}
