import type { Db } from './db.js';

/**
 * The database's versions, one SQL step each, the same on PGlite and
 * PostgreSQL. A step is never changed once released: add the next one.
 * Contracts are kept as jsonb with their revision; who may see them
 * (members, by email), answered requests (idempotency) and the audit log
 * have their own tables.
 */
export const SQL_MIGRATIONS: readonly string[] = [
  `create table contracts (
     id text primary key,
     revision integer not null,
     document jsonb not null,
     updated_at timestamptz not null,
     retain_until date
   );
   create table members (
     contract_id text not null references contracts (id) on delete cascade,
     email text not null,
     primary key (contract_id, email)
   );
   create index members_by_email on members (email);
   create table answered_requests (
     email text not null,
     key text not null,
     request_hash text not null,
     status integer not null,
     body text not null,
     headers jsonb not null,
     created_at timestamptz not null default now(),
     primary key (email, key)
   );
   create table audit_log (
     id bigserial primary key,
     contract_id text not null references contracts (id) on delete cascade,
     at timestamptz not null,
     email text not null,
     perspective text not null,
     action text not null,
     paths jsonb not null
   );
   create index audit_by_contract on audit_log (contract_id, id);`,
  // Messages waiting to be sent, written in the same transaction as the change that caused them:
  // an email per person, or (channel webhook, email empty) one signed POST per event.
  `create table notifications (
     id bigserial primary key,
     contract_id text not null references contracts (id) on delete cascade,
     revision integer not null,
     channel text not null,
     email text not null,
     kind text not null,
     details jsonb not null,
     created_at timestamptz not null default now(),
     attempts integer not null default 0,
     next_attempt_at timestamptz not null default now(),
     sent_at timestamptz,
     unique (contract_id, revision, channel, email, kind)
   );
   create index notifications_due on notifications (next_attempt_at) where sent_at is null;`,
  // The browser sign-in's sessions (AUTH=oidc with OIDC_CLIENT_ID): the cookie holds a random id,
  // the table its SHA-256, so a copy of the table signs no one in. Sign-out deletes the row.
  `create table sessions (
     id_hash text primary key,
     email text not null,
     created_at timestamptz not null,
     seen_at timestamptz not null
   );`,
  // The organisation's settings (docs/organisation.md), one row per version, never changed once
  // written; who changed what in them; and the version each contract started under, set as the
  // contract is first stored.
  `create table organisation_settings (
     version integer primary key,
     document jsonb not null,
     changed_at timestamptz not null,
     changed_by text not null
   );
   create table organisation_audit (
     id bigserial primary key,
     version integer not null,
     at timestamptz not null,
     email text not null,
     paths jsonb not null
   );
   alter table contracts add column settings_version integer;
   create function contract_settings_version() returns trigger language plpgsql as $$
   begin
     new.settings_version := (select max(version) from organisation_settings);
     return new;
   end $$;
   create trigger contracts_settings_version before insert on contracts
     for each row execute function contract_settings_version();`,
  // The partner board (docs/partner-board.md): an entry per person who opted in, and the proposals
  // between two entries. Opting out deletes the entry, and with it every proposal it is in.
  // A proposal's email has no contract yet, so a notification may be about none.
  `create table partner_entries (
     id text primary key,
     email text not null unique,
     entry jsonb not null,
     updated_at timestamptz not null
   );
   create table partner_proposals (
     id text primary key,
     from_entry text not null references partner_entries (id) on delete cascade,
     to_entry text not null references partner_entries (id) on delete cascade,
     theme text not null,
     message text not null,
     status text not null,
     contract_id text,
     created_at timestamptz not null,
     answered_at timestamptz
   );
   create index partner_proposals_to on partner_proposals (to_entry);
   create index partner_proposals_from on partner_proposals (from_entry);
   alter table notifications alter column contract_id drop not null;
   alter table notifications add column proposal_id text
     references partner_proposals (id) on delete cascade;`,
  // A contract records the settings version whose rules it was started with, as the server read it
  // (docs/organisation.md); the newest stored version only where the insert names none.
  `create or replace function contract_settings_version() returns trigger language plpgsql as $$
   begin
     new.settings_version := coalesce(
       new.settings_version, (select max(version) from organisation_settings));
     return new;
   end $$;`,
  // A session keeps the groups of the sign-in that make the person an administrator (ADMIN_GROUPS).
  `alter table sessions add column groups jsonb not null default '[]';`,
];

/**
 * Brings the database up to the newest version. Several instances may start
 * at once on one PostgreSQL: an advisory lock lets one migrate at a time.
 */
export async function migrateDatabase(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    if (db.engine === 'postgres') await tx.query('select pg_advisory_xact_lock(4711)');
    await tx.query(
      'create table if not exists schema_version (version integer primary key, applied_at timestamptz not null default now())',
    );
    const { rows } = await tx.query<{ version: number | null }>(
      'select max(version) as version from schema_version',
    );
    const current = rows[0]?.version ?? 0;
    for (let version = current + 1; version <= SQL_MIGRATIONS.length; version++) {
      await tx.exec(SQL_MIGRATIONS[version - 1]!);
      await tx.query('insert into schema_version (version) values ($1)', [version]);
    }
    return SQL_MIGRATIONS.length;
  });
}
