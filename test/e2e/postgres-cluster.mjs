// A throwaway PostgreSQL cluster on loopback for end-to-end tests, as the
// server's own tests start one (packages/server/src/test-support/databases.ts):
// initdb and pg_ctl from the PATH or Debian's package, run as the `postgres`
// user when the test runs as root (the binaries refuse root).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The folder of PostgreSQL's programs, or null where they are not installed. */
export function postgresBin() {
  const find = 'command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb | tail -n 1';
  try {
    const initdb = execFileSync('sh', ['-c', find], { encoding: 'utf8' }).trim();
    return initdb ? dirname(initdb) : null;
  } catch {
    return null;
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });

function run(bin, command, args) {
  const program = join(bin, command);
  const root = process.getuid?.() === 0;
  const [file, argv] = root
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, args];
  execFileSync(file, argv, { stdio: 'ignore', timeout: 60_000 });
}

/**
 * Starts a new cluster in a temporary folder on a free loopback port.
 * `stop()` stops it and removes the folder; it is safe to call twice, and it
 * also runs when the process exits, so a crashed test leaves no server behind.
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startPostgres(bin) {
  const dir = mkdtempSync(join(tmpdir(), 'kollegalaering-e2e-pg-'));
  chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  let running = false;
  const stop = () => {
    if (running) {
      running = false;
      try {
        run(bin, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    run(bin, 'initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '--no-sync']);
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off`;
    running = true;
    run(bin, 'pg_ctl', ['-D', dir, '-w', '-o', options, 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
