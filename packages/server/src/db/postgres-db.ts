import pg from 'pg';
import type { Db, Queryable } from './db.js';

const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<Row>(text: string, params: unknown[] = []) {
    const result = await client.query(text, params);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  },
  async exec(text: string) {
    await client.query(text);
  },
});

/** PostgreSQL through a pool: what several server instances behind a load balancer share. */
export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client's lost connection is reported here; the next query gets a new one.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (problem) {
        await client.query('rollback').catch(() => undefined);
        throw problem;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
