// The databases the server's tests run on: PGlite in memory, and a real
// PostgreSQL. For PostgreSQL the tests use DATABASE_URL when it is set, else
// start a throwaway cluster with initdb and pg_ctl on a free loopback port
// (and stop it after). Where neither is possible, the PostgreSQL runs are
// reported as skipped, never silently passed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { Db } from '../db/db.js';
import { migrateDatabase } from '../db/migrations.js';
import { openPglite } from '../db/pglite-db.js';
import { openPostgres } from '../db/postgres-db.js';

export type Engine = 'pglite' | 'postgres';
export const ENGINES: readonly Engine[] = ['pglite', 'postgres'];

/** Where PostgreSQL's programs are: on the PATH, or where Debian's package puts them. */
function postgresBin(): string | null {
  const find = 'command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb | tail -n 1';
  try {
    const initdb = execFileSync('sh', ['-c', find], { encoding: 'utf8' }).trim();
    return initdb ? dirname(initdb) : null;
  } catch {
    return null;
  }
}

/** A port on loopback that nothing listens on now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
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

interface Cluster {
  /** A connection string for a new, empty database in the cluster. */
  newDatabase(): Promise<string>;
  stop(): void;
}

let cluster: Promise<Cluster | null> | undefined;

/** PostgreSQL binaries refuse to run as root: run them as the `postgres` user then. */
function asPostgres(bin: string, command: string, args: string[]) {
  const program = join(bin, command);
  const root = process.getuid?.() === 0;
  const [file, argv] = root
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, args];
  execFileSync(file, argv, { stdio: 'ignore' });
}

async function startCluster(): Promise<Cluster | null> {
  const given = process.env['DATABASE_URL'];
  const bin = given ? null : postgresBin();
  let adminUrl: string;
  let stop = () => undefined as void;
  if (given) {
    adminUrl = given;
  } else if (bin) {
    const dir = mkdtempSync(join(tmpdir(), 'kollegalaering-pg-'));
    chmodSync(dir, 0o777);
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
    const port = await freePort();
    asPostgres(bin, 'initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '--no-sync']);
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off`;
    asPostgres(bin, 'pg_ctl', ['-D', dir, '-w', '-o', options, 'start']);
    adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    stop = () => {
      asPostgres(bin, 'pg_ctl', ['-D', dir, '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    };
    process.once('exit', () => {
      try {
        stop();
      } catch {
        // already stopped
      }
    });
  } else {
    return null;
  }
  let count = 0;
  return {
    async newDatabase() {
      const name = `kl_test_${process.pid}_${Date.now()}_${count++}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop,
  };
}

/** Whether this machine can run the PostgreSQL half, and if not, why. */
export async function postgresAvailable(): Promise<string | null> {
  cluster ??= startCluster();
  return (await cluster) ? null : 'no DATABASE_URL and no initdb/pg_ctl on this machine';
}

/** A new, empty, migrated database on `engine`. */
export async function freshDatabase(engine: Engine): Promise<Db> {
  let db: Db;
  if (engine === 'pglite') {
    db = await openPglite(undefined);
  } else {
    cluster ??= startCluster();
    const running = await cluster;
    if (!running) throw new Error('PostgreSQL is not available here');
    db = await openPostgres(await running.newDatabase());
  }
  await migrateDatabase(db);
  return db;
}

/** A connection string for a new database on the test cluster, for a server started by a test. */
export async function freshPostgresUrl(): Promise<string> {
  cluster ??= startCluster();
  const running = await cluster;
  if (!running) throw new Error('PostgreSQL is not available here');
  return running.newDatabase();
}

/** Stops the cluster the tests started (a no-op with DATABASE_URL). */
export async function stopPostgres(): Promise<void> {
  const running = await cluster;
  running?.stop();
  cluster = undefined;
}
