// How much memory (and processor time) a server holds, as the operating system counts it: what an
// IT department sizes a virtual machine by. Each server runs in a process of
// its own (child-server.ts), so its figure is never the load client's.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const KIB = 1024;

/** A field in kB of /proc/PID/status or smaps_rollup ("VmRSS:   81234 kB"), in bytes. */
function kilobytes(text: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * KIB : undefined;
}

/** The resident set of one process, in bytes; undefined once it is gone. */
export function residentBytes(pid: number): number | undefined {
  try {
    return kilobytes(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
  } catch {
    // No /proc (macOS): ps says the same in KiB.
    try {
      const rss = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
      return Number(rss.trim()) * KIB || undefined;
    } catch {
      return undefined;
    }
  }
}

/** A process and every process under it (PostgreSQL's postmaster and its backends), from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [root]; // no /proc: the process alone
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (name) state ppid …": the name may hold spaces, so read after its closing bracket.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

/**
 * What a tree of processes holds together, in bytes. PostgreSQL's backends
 * share their buffers, so adding up their resident sets would count those many
 * times; the proportional set size (Pss) gives each shared page its share once.
 * Undefined where /proc cannot say (not Linux).
 */
export function treeBytes(root: number): number | undefined {
  try {
    let total = 0;
    for (const pid of processTree(root)) {
      try {
        total += kilobytes(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss') ?? 0;
      } catch {
        // a backend that ended meanwhile holds nothing
      }
    }
    return total || undefined;
  } catch {
    return undefined;
  }
}

/** Samples `measure` every `everyMs` until stopped, keeping the highest figure. */
export function peakOf(measure: () => number | undefined, everyMs = 250) {
  let peak = measure() ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, measure() ?? 0);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, measure() ?? 0);
    },
  };
}

export const mebibytes = (bytes: number | undefined) =>
  bytes ? `${Math.round(bytes / 2 ** 20)} MiB` : '–';

/**
 * The processor time a process (or, with `tree`, it and every process under
 * it) has used, in milliseconds. On a shared machine this is steadier than a
 * ceiling: divided by the requests answered, it says what one request costs.
 */
export function cpuMilliseconds(pid: number, tree = false): number | undefined {
  let total: number | undefined;
  for (const each of tree ? processTree(pid) : [pid]) {
    try {
      const stat = readFileSync(`/proc/${each}/stat`, 'utf8');
      // utime and stime, the 14th and 15th fields, in clock ticks of 10 ms on Linux; for the root of
      // a tree also cutime and cstime, what its ended children used, so that a backend that ends
      // during a step does not take its time out of the sum.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ended = tree && each === pid ? Number(fields[13]) + Number(fields[14]) : 0;
      total = (total ?? 0) + (Number(fields[11]) + Number(fields[12]) + ended) * 10;
    } catch {
      // gone meanwhile, or no /proc (not Linux): not counted
    }
  }
  return total;
}
