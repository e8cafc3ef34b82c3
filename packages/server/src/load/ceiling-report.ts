// The ceiling section of docs/server-load.md, from one run's figures: the
// table of ceilings and memory, and what a municipality of 500, 5,000 and
// 50,000 employees needs. The assumptions that turn ceilings into employees
// are constants here, and the page states them, so a reader can redo the
// sums with their own.
import { cpus, release, totalmem, type } from 'node:os';
import type { Ceiling } from './ceiling.js';
import { PACE_MS, type StepResult } from './ceiling-step.js';
import type { Measured } from './ceiling-run.js';
import { mebibytes } from './memory.js';

/** Everyone writes their contract in the same four weeks of 35 working hours… */
const WINDOW_HOURS = 4 * 35;
/** …spending one hour at it, in the browser, with the server answering… */
const HOURS_EACH = 1;
/** …and the busiest hour has three times the people of an average one. */
const PEAK_FACTOR = 3;
const PEAK_SHARE = (HOURS_EACH * PEAK_FACTOR) / WINDOW_HOURS;
/** Plan to use at most half a ceiling: for bursts within the hour, and a slower virtual machine. */
const HEADROOM = 0.5;
const MUNICIPALITIES = [500, 5_000, 50_000];
const PER_MINUTE = 60_000 / PACE_MS;

const MIB = 2 ** 20;
const thousands = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) =>
  Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : Math.round(n).toString();

export function machineName() {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${type()} ${release()}, Node ${process.version}`;
}

const label = (m: Measured) =>
  m.server === 'Floor'
    ? 'Floor: a bare Hono route'
    : `${m.server}, ${m.instances} instance${m.instances > 1 ? 's' : ''}`;

/** Requests per second at a ceiling; 0 where nothing was carried. */
const rate = (ceiling: Ceiling<StepResult>) => ceiling.carried?.perSecond ?? 0;

/** What a half-reads, half-writes day reaches: each request costs its share of a second. */
const mixedRate = (m: Measured) => {
  const [reads, writes] = [rate(m.ceilings.reads), rate(m.ceilings.writes)];
  return reads && writes ? 1 / (0.5 / reads + 0.5 / writes) : 0;
};

/** The highest memory of the server processes at the carried step, and the database's, in bytes. */
function atCeiling(m: Measured, ceiling: Ceiling<StepResult>) {
  const peaks = ceiling.carried?.peaks ?? [];
  return { instances: peaks.slice(0, m.instances), database: peaks[m.instances] };
}

/**
 * Processor time per request, in ms: the server instances together, and PostgreSQL. From the step
 * that answered the most requests, carried or not: a cost, not a ceiling, and the more requests the
 * finer, since the operating system counts processor time in 10 ms ticks.
 */
function cpuAt(m: Measured, ceiling: Ceiling<StepResult>) {
  const busiest = ceiling.steps.reduce<StepResult | undefined>(
    (most, step) => (step.requests > (most?.requests ?? 0) ? step : most),
    undefined,
  );
  const each = busiest?.cpuPerRequest ?? [];
  const server = each.slice(0, m.instances).reduce((sum, used) => sum + used, 0);
  return { server: each.length ? server : NaN, database: each[m.instances] ?? NaN };
}

function ceilingRow(m: Measured, mix: 'reads' | 'writes') {
  const ceiling = m.ceilings[mix];
  const { carried, failed } = ceiling;
  const memory = atCeiling(m, ceiling);
  const over = failed
    ? `${thousands(failed.people)} (p99 ${ms(failed.p99)} ms, ${failed.errors} errors)`
    : 'not reached';
  const database =
    m.server === 'PostgreSQL'
      ? `${mebibytes(m.databaseRest)} / ${mebibytes(memory.database)}`
      : '–';
  return [
    label(m),
    mix,
    carried ? thousands(carried.people) : '0',
    carried ? thousands(carried.perSecond) : '–',
    carried ? ms(carried.p50) : '–',
    carried ? ms(carried.p99) : '–',
    over,
    m.server === 'PostgreSQL'
      ? `${ms(cpuAt(m, ceiling).server)} / ${ms(cpuAt(m, ceiling).database)}`
      : ms(cpuAt(m, ceiling).server),
    `${m.rest.map(mebibytes).join(' + ')} / ${m.restAfter.map(mebibytes).join(' + ')}`,
    memory.instances.map(mebibytes).join(' + ') || '–',
    database,
  ];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** Processor time of a half-reads, half-writes request at the ceilings, in ms. */
const mixedCost = (m: Measured, part: 'server' | 'database') =>
  0.5 * cpuAt(m, m.ceilings.reads)[part] + 0.5 * cpuAt(m, m.ceilings.writes)[part];
const coresText = (cores: number) => (Number.isNaN(cores) ? '–' : cores.toFixed(2));

/** What carries `employees`, and the memory it needs, from the measured configurations. */
function sizing(results: Measured[], employees: number, quiet: boolean) {
  const busiest = Math.ceil(employees * PEAK_SHARE);
  const needed = (busiest * PER_MINUTE) / 60;
  const pglite = results.find((m) => m.server === 'PGlite');
  const postgres = results.find((m) => m.server === 'PostgreSQL' && m.instances === 1);
  const memoryOf = (m: Measured) => {
    const peaks = (['reads', 'writes'] as const).flatMap((mix) =>
      m.ceilings[mix].steps.flatMap((step) => step.peaks.slice(0, m.instances)),
    );
    // Half again the most an instance held in any step or at start (PGlite's start can be the most),
    // in whole 64 MiB: room for Node's garbage collector.
    const most = Math.max(...peaks, ...m.rest, 0);
    return `${Math.ceil((most * 1.5) / (64 * MIB)) * 64} MiB`;
  };
  let carries = 'not measured here';
  let memory = '–';
  if (!quiet) {
    carries = 'not sized from this run: other work shared the cores (see above)';
    memory = [pglite, postgres]
      .flatMap((m) => (m ? [`${memoryOf(m)} (${m.server})`] : []))
      .join(', ');
  } else if (pglite && needed <= HEADROOM * mixedRate(pglite)) {
    carries = 'one instance on PGlite (no database server)';
    memory = memoryOf(pglite);
  } else if (postgres && mixedRate(postgres) > 0) {
    const count = Math.ceil(needed / (HEADROOM * mixedRate(postgres)));
    carries = `${count} instance${count > 1 ? 's' : ''} on PostgreSQL${count > 1 ? ', each on a machine like this one' : ''}`;
    const database = Math.max(
      ...(['reads', 'writes'] as const).map(
        (mix) => atCeiling(postgres, postgres.ceilings[mix]).database ?? 0,
      ),
    );
    memory = `${memoryOf(postgres)} each; PostgreSQL held ${mebibytes(database)} at one instance's ceiling`;
  }
  // Beside it, from processor time alone (steadier on a shared machine): the cores kept busy.
  const cores = (m: Measured | undefined, part: 'server' | 'database') =>
    m ? (needed * mixedCost(m, part)) / 1_000 : NaN;
  const busy = `${coresText(cores(pglite, 'server'))} (PGlite); ${coresText(cores(postgres, 'server'))} + ${coresText(cores(postgres, 'database'))} for PostgreSQL`;
  return row([thousands(employees), thousands(busiest), thousands(needed), carries, memory, busy]);
}

/**
 * Whether other work had the cores when the run began (the one-minute load average before it, which the
 * run's own processes do not yet count in): then the ceilings are the machine's, not the server's.
 */
const quiet = ([before]: [number, number]) => before <= 1;
const quietness = (load: [number, number]) =>
  !quiet(load)
    ? "other work was running, so the ceilings below are lower than the server's and only the processor time per request is to be read as the server's."
    : "the run had the machine to itself (the end figure counts the run's own processes).";

export function ceilingReport(
  results: Measured[],
  settings: { start: number; closeEnough: number; warmSeconds: number; seconds: number },
  run: { seconds: number; load: [number, number] },
) {
  const rows = results.flatMap((m) => [row(ceilingRow(m, 'reads')), row(ceilingRow(m, 'writes'))]);
  const find = (server: Measured['server'], instances = 1) =>
    results.find((m) => m.server === server && m.instances === instances);
  const [one, two, floor, pglite] = [
    find('PostgreSQL'),
    find('PostgreSQL', 2),
    find('Floor'),
    find('PGlite'),
  ];
  const percent = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)} %` : '–');
  const second =
    one && two
      ? `A second instance on the same two cores carries ${percent(rate(two.ceilings.reads), rate(one.ceilings.reads))} of one instance's reads and ${percent(rate(two.ceilings.writes), rate(one.ceilings.writes))} of its writes: here the two instances, PostgreSQL and the load client share two cores, so this says what a second process on a full machine gives, not what a second machine would.`
      : 'PostgreSQL was not available, so one and two instances on it were not measured.';
  const server = pglite ?? one;
  const cost = (m: Measured, mix: 'reads' | 'writes') => cpuAt(m, m.ceilings[mix]).server;
  const perCore = (m: Measured, mix: 'reads' | 'writes') =>
    Number.isFinite(1_000 / cost(m, mix)) ? thousands(1_000 / cost(m, mix)) : '–';
  const beside =
    floor && server
      ? `Beside the floor, the server reaches ${percent(rate(server.ceilings.reads), rate(floor.ceilings.reads))} of its reads and ${percent(rate(server.ceilings.writes), rate(floor.ceilings.writes))} of its writes on ${server.server}. There a read costs the server process ${ms(cost(server, 'reads'))} ms of processor time and a write ${ms(cost(server, 'writes'))} ms (the floor: ${ms(cost(floor, 'reads'))} and ${ms(cost(floor, 'writes'))} ms), so one core of its own would answer about ${perCore(server, 'reads')} reads or ${perCore(server, 'writes')} writes a second.`
      : '';
  return `## The ceiling

Made by \`npm run load -- --ceiling\` (\`packages/server/src/load/ceiling-run.ts\`) on ${machineName()}, in one
run of ${run.seconds} s. The machine's load average was ${run.load[0].toFixed(1)} when the run began and
${run.load[1].toFixed(1)} when it ended, on ${cpus().length} cores: ${quietness(run.load)} Each server runs as a process of its own (the built \`dist/cli.js\`, with \`AUTH=dev\`);
the load client, the servers and PostgreSQL share the machine. A simulated person makes one request about every
${PACE_MS / 1_000} s (the pace of the person above, who reads and saves every two seconds or so) and waits for
each answer. The number of people starts at ${settings.start}, doubles while the server carries them (p99 at most
100 ms and no errors over ${settings.warmSeconds} s to arrive and ${settings.seconds} s counted), then is bisected until the last count carried
and the first not carried are within ${Math.round((settings.closeEnough - 1) * 100)} % of each other. Reads: each person
reads one of a hundred shared contracts. Writes: each person saves their own contract (so no write waits for
another's lock or gets 412). On two instances each person is on one of them. The floor is
\`packages/server/src/load/floor-server.ts\`: the same routes' shape on Hono, answering from memory with a view the
real server sent, with no sign-in, rules or database; it is the most this machine and this client allow.
Memory is each server process's resident set, as the operating system counts it (in PGlite's case the database
is inside it); PostgreSQL's is the proportional set of all its processes (shared buffers counted once). CPU per
request is the processor time a process used in the counted seconds of the step that answered the most
requests, divided by them: steadier than a ceiling on a shared machine, as it does not count the time spent waiting for
a core. PostgreSQL's test
cluster runs with \`fsync=off\`: a PostgreSQL that writes to disk for real carries fewer writes.

| Server | Mix | People carried | Requests/s | p50 | p99 | Not carried at (people) | CPU per request, ms: server / PostgreSQL | Memory at rest: after start / after the run | Memory at the ceiling | PostgreSQL at rest / at the ceiling |
| ------ | --- | -------------: | ---------: | --: | --: | ----------------------- | ---------------------------------------: | ------------------------------------------: | --------------------: | ----------------------------------: |
${rows.join('\n')}

${second} ${beside}

### What a municipality needs

Assumed, to turn the ceilings into employees: everyone writes their learning contract in the same
${WINDOW_HOURS / 35} weeks (${WINDOW_HOURS} working hours), spends ${HOURS_EACH} hour at it with the page open, and the busiest hour has
${PEAK_FACTOR} times the people of an average one: ${(PEAK_SHARE * 100).toFixed(1)} % of the employees at work on a contract at once.
Each of them is taken at the simulated person's pace, ${PER_MINUTE} requests a minute, half reads and half
writes: a person who types without stopping, which overstates most. A half-and-half mix reaches
1 / (0.5 / reads + 0.5 / writes) requests per second of the ceilings above, and each configuration is planned at
half of that at most. More instances than were measured assume each on a machine like this one, with
PostgreSQL on its own: not measured here. The last column needs no ceiling: the requests per second times
the processor time per request above, half reads and half writes, is the number of cores kept busy at the peak
(a machine should have at least twice that).

| Employees | At work on a contract at once | Requests/s | What carries it | Memory for each server process | Cores busy at the peak: server (+ database) |
| --------: | ----------------------------: | ---------: | --------------- | ------------------------------ | ------------------------------------------- |
${MUNICIPALITIES.map((employees) => sizing(results, employees, quiet(run.load))).join('\n')}
`;
}
