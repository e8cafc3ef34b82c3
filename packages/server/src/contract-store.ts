import {
  memberEmails,
  normaliseEmail,
  parseContract,
  type FieldPath,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import type { Queryable } from './db/db.js';

/** A stored document this version of core cannot read: never served, never written over. */
export class UnreadableContract extends Error {
  constructor(readonly contractId: string) {
    super(`The stored contract ${contractId} is not one this version reads`);
  }
}

type Row = { document: unknown; settings_version?: number | null };

/** Reads a stored document; one of an older schema version is migrated in memory only. */
function fromRow(id: string, row: Row | undefined): LearningContract | null {
  if (!row) return null;
  const parsed = parseContract(row.document);
  if (!parsed.ok) throw new UnreadableContract(id);
  return parsed.value;
}

/** A stored contract and the organisation settings version it started under (null: before versions were kept). */
export interface StoredContract {
  contract: LearningContract;
  settingsVersion: number | null;
}

export async function readStoredContract(
  db: Queryable,
  id: string,
  { lock = false } = {},
): Promise<StoredContract | null> {
  const { rows } = await db.query<Row>(
    `select document, settings_version from contracts where id = $1${lock ? ' for update' : ''}`,
    [id],
  );
  const contract = fromRow(id, rows[0]);
  return contract && { contract, settingsVersion: rows[0]?.settings_version ?? null };
}

export async function readContract(
  db: Queryable,
  id: string,
  options: { lock?: boolean } = {},
): Promise<LearningContract | null> {
  return (await readStoredContract(db, id, options))?.contract ?? null;
}

/** Who has access follows the emails in the contract: the members table mirrors them for lists. */
async function writeMembers(db: Queryable, contract: LearningContract): Promise<void> {
  await db.query('delete from members where contract_id = $1', [contract.id]);
  for (const email of memberEmails(contract)) {
    await db.query('insert into members (contract_id, email) values ($1, $2)', [
      contract.id,
      email,
    ]);
  }
}

/**
 * Stores `contract` at its revision: a new row when `previousRevision` is 0
 * (started under the settings version `settingsVersion`), else only over that
 * revision. False when another write got there first.
 */
export async function writeContract(
  db: Queryable,
  contract: LearningContract,
  previousRevision: number,
  settingsVersion?: number,
): Promise<boolean> {
  const values = [
    contract.id,
    contract.revision,
    JSON.stringify(contract),
    contract.updatedAt,
    contract.retainUntil || null,
  ];
  const result =
    previousRevision === 0
      ? await db.query(
          `insert into contracts (id, revision, document, updated_at, retain_until, settings_version)
           values ($1, $2, $3::jsonb, $4, $5, $6) on conflict (id) do nothing`,
          [...values, settingsVersion ?? null],
        )
      : await db.query(
          `update contracts set revision = $2, document = $3::jsonb, updated_at = $4, retain_until = $5
           where id = $1 and revision = $6`,
          [...values, previousRevision],
        );
  if (result.rowCount !== 1) return false;
  await writeMembers(db, contract);
  return true;
}

export async function deleteContract(db: Queryable, id: string): Promise<boolean> {
  const result = await db.query('delete from contracts where id = $1', [id]);
  return result.rowCount === 1;
}

/** Every contract in which `email` holds a perspective, with the settings version it started under. */
export async function contractsOf(db: Queryable, email: string): Promise<StoredContract[]> {
  const { rows } = await db.query<Row & { id: string }>(
    `select c.id, c.document, c.settings_version from contracts c
     join members m on m.contract_id = c.id
     where m.email = $1 order by c.updated_at desc`,
    [normaliseEmail(email)],
  );
  return rows.flatMap((row) => {
    try {
      const contract = fromRow(row.id, row);
      return contract ? [{ contract, settingsVersion: row.settings_version ?? null }] : [];
    } catch {
      return []; // an unreadable one is logged where it is opened, not in every list
    }
  });
}

export interface AuditEntry {
  at: string;
  email: string;
  perspective: Perspective;
  /** `create`, `write`, `delete`, or a process action such as `approve`. */
  action: string;
  /** Where the contract changed; never the values. */
  paths: string[];
}

export async function appendAudit(
  db: Queryable,
  contractId: string,
  entry: Omit<AuditEntry, 'paths'> & { paths: readonly FieldPath[] },
): Promise<void> {
  await db.query(
    `insert into audit_log (contract_id, at, email, perspective, action, paths)
     values ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      contractId,
      entry.at,
      normaliseEmail(entry.email),
      entry.perspective,
      entry.action,
      JSON.stringify(entry.paths.map((path) => path.join('.'))),
    ],
  );
}

type AuditRow = {
  at: string | Date;
  email: string;
  perspective: Perspective;
  action: string;
  paths: string[];
};

const toEntry = (row: AuditRow): AuditEntry => ({
  at: new Date(row.at).toISOString(),
  email: row.email,
  perspective: row.perspective,
  action: row.action,
  paths: row.paths,
});

export async function readAudit(db: Queryable, contractId: string): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>(
    'select at, email, perspective, action, paths from audit_log where contract_id = $1 order by id',
    [contractId],
  );
  return rows.map(toEntry);
}

export async function auditBy(
  db: Queryable,
  email: string,
): Promise<Array<AuditEntry & { contractId: string }>> {
  const { rows } = await db.query<AuditRow & { contract_id: string }>(
    `select contract_id, at, email, perspective, action, paths from audit_log
     where email = $1 order by id`,
    [normaliseEmail(email)],
  );
  return rows.map((row) => ({ contractId: row.contract_id, ...toEntry(row) }));
}

/** Ids of contracts whose retention date has passed on `today` (YYYY-MM-DD). */
export async function expiredContracts(db: Queryable, today: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'select id from contracts where retain_until is not null and retain_until < $1::date',
    [today],
  );
  return rows.map((row) => row.id);
}
