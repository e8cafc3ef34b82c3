// The search for a server's ceiling: the most simulated people it carries.
// Doubling finds a count it does not carry in few steps; bisecting between
// the last carried and the first not carried then narrows the ceiling to
// within `closeEnough`. It knows nothing of HTTP: `step` runs the people and
// says whether they were carried, so the search is tested on its own.

/** One step's outcome: how many people, and whether the server carried them. */
export interface Probe {
  people: number;
  carried: boolean;
}

export interface Ceiling<R extends Probe> {
  /** The most people carried; undefined when not even the fewest were. */
  carried: R | undefined;
  /** The fewest people not carried; undefined when `most` was carried. */
  failed: R | undefined;
  /** Every step, in the order run. */
  steps: R[];
}

export interface SearchOptions {
  /** The first count tried. */
  start: number;
  /** The count the search stops at even when carried, to bound its time. */
  most: number;
  /** Stop bisecting once failed/carried is at most this ratio. */
  closeEnough: number;
}

/** Carried when the 99th percentile is at most `p99Ms` and nothing failed. */
export const carriedWhen = (p99: number, errors: number, p99Ms = 100) =>
  errors === 0 && p99 <= p99Ms;

export async function findCeiling<R extends Probe>(
  step: (people: number) => Promise<R>,
  { start, most, closeEnough }: SearchOptions,
): Promise<Ceiling<R>> {
  const steps: R[] = [];
  let carried: R | undefined;
  let failed: R | undefined;
  const run = async (people: number) => {
    const result = await step(people);
    steps.push(result);
    if (result.carried) carried = result;
    else failed = result;
  };
  // Up by doubling while carried; down by halving while not, should the start be too many.
  await run(Math.min(start, most));
  while (!failed && carried!.people < most) await run(Math.min(most, carried!.people * 2));
  while (!carried && failed!.people > 1) await run(Math.floor(failed!.people / 2));
  // Bisect on the geometric middle: a ceiling is a ratio, and 100 → 200 matters as 1,000 → 2,000.
  while (carried && failed && failed.people / carried.people > closeEnough) {
    const middle = Math.round(Math.sqrt(carried.people * failed.people));
    if (middle <= carried.people || middle >= failed.people) break;
    await run(middle);
  }
  return { carried, failed, steps };
}
