import type { Config } from '../config.js';
import type { Db } from './db.js';
import { migrateDatabase } from './migrations.js';
import { openPglite } from './pglite-db.js';
import { openPostgres } from './postgres-db.js';

/** The configured database, migrated to the newest version. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  progress: (message: string) => void = () => undefined,
): Promise<Db> {
  let db: Db;
  if (config.databaseUrl) {
    progress('Connecting to PostgreSQL');
    db = await openPostgres(config.databaseUrl);
  } else {
    // A new PGlite data directory takes a few seconds to set up: say so rather than sit silent.
    progress(`Opening PGlite in ${config.dataDir} (the first start takes a few seconds)`);
    db = await openPglite(config.dataDir);
  }
  await migrateDatabase(db);
  return db;
}
