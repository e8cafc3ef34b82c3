/**
 * One JSON object per line on stdout. Only paths, codes, counts and
 * timings: never a value from a contract, a token or an email, so that no
 * log line carries what a person may not see.
 */
export type Log = (event: string, fields?: Record<string, string | number | boolean>) => void;

export const jsonLog =
  (write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Log =>
  (event, fields = {}) =>
    write(JSON.stringify({ time: new Date().toISOString(), event, ...fields }));

export const silentLog: Log = () => undefined;
