/**
 * Requests per person per minute, counted in fixed one-minute windows on
 * this instance. Enough to stop one runaway script from starving the rest;
 * behind several instances each counts its own.
 */
export function createRateLimit(perMinute: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Seconds to wait when over the limit, or 0 when the request may go ahead. */
    take(who: string): number {
      const at = now();
      let window = windows.get(who);
      if (!window || at - window.start >= 60_000) {
        // Drop finished windows now and then, so the map holds only who is active.
        if (windows.size > 10_000) {
          for (const [key, old] of windows) if (at - old.start >= 60_000) windows.delete(key);
        }
        window = { start: at, count: 0 };
        windows.set(who, window);
      }
      window.count++;
      return window.count > perMinute ? Math.ceil((window.start + 60_000 - at) / 1000) : 0;
    },
  };
}
