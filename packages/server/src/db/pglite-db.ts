import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.js';

type PgliteLike = Pick<PGlite, 'query' | 'exec'>;

const wrap = (pg: PgliteLike): Queryable => ({
  async query<Row>(text: string, params: unknown[] = []) {
    const result = await pg.query<Row>(text, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  },
  async exec(text: string) {
    await pg.exec(text);
  },
});

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in this process, keeping its
 * files under `dataDir` (in memory when it is undefined). One connection, so
 * transactions run one after another.
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const pg = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await pg.waitReady;
  return {
    engine: 'pglite',
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
  };
}
