import { deleteContract, expiredContracts } from './contract-store.js';
import type { Db } from './db/db.js';
import { forgetOldAnswers } from './idempotency.js';
import type { Log } from './log.js';

/**
 * Deletes every contract whose retention date has passed, with its members
 * and audit log, and forgets kept answers older than a day. Each deletion is
 * logged by count, never by content.
 */
export async function runRetention(db: Db, log: Log, now = new Date()): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  let deleted = 0;
  for (const id of await expiredContracts(db, today)) {
    if (await deleteContract(db, id)) deleted++;
  }
  const forgotten = await forgetOldAnswers(db);
  log('retention', { deleted, answersForgotten: forgotten });
  return deleted;
}
