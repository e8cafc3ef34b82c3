import { randomUUID } from 'node:crypto';
import {
  createEmptyContract,
  normaliseEmail,
  withRetention,
  type LearningContract,
} from '@kollegalaering/core';
import { startingSettings } from '@kollegalaering/core/organisation';
import {
  filterPartners,
  parsePartnerEntry,
  parseProposal,
  rankPartners,
  type PartnerEntry,
  type PartnerEntryInput,
  type PartnerProposal,
} from '@kollegalaering/core/partners';
import { Hono } from 'hono';
import { appendAudit, writeContract } from '../contract-store.js';
import type { Db, Queryable } from '../db/db.js';
import { publicIssues, refusal } from '../http/errors.js';
import type { Signed } from '../http/signed-in.js';
import type { Log } from '../log.js';
import type { Channels } from '../notify/queue.js';
import type { SettingsVersion, SettingsVersions } from '../organisation/settings-versions.js';

export interface PartnerRoutesDeps {
  db: Db;
  /** The organisation's settings versions: a contract a proposal starts begins under the newest. */
  versions: SettingsVersions;
  log: Log;
  now: () => Date;
  messages?: { channels: Channels; kick: () => Promise<void> } | undefined;
}

type EntryRow = { id: string; email: string; entry: PartnerEntryInput; updated_at: Date | string };
type ProposalRow = {
  id: string;
  from_entry: string;
  to_entry: string;
  theme: string;
  message: string;
  status: PartnerProposal['status'];
  contract_id: string | null;
  created_at: Date | string;
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** An entry as others see it: never the email it belongs to. */
const shown = (row: EntryRow): PartnerEntry => ({
  id: row.id,
  ...row.entry,
  updatedAt: iso(row.updated_at),
});

export async function entryOf(db: Queryable, email: string): Promise<EntryRow | null> {
  const { rows } = await db.query<EntryRow>('select * from partner_entries where email = $1', [
    normaliseEmail(email),
  ]);
  return rows[0] ?? null;
}

async function entryById(db: Queryable, id: string): Promise<EntryRow | null> {
  const { rows } = await db.query<EntryRow>('select * from partner_entries where id = $1', [id]);
  return rows[0] ?? null;
}

/** The proposals `entryId` is in, as the two people in them see them. */
async function proposalsOf(db: Queryable, entryId: string): Promise<PartnerProposal[]> {
  const { rows } = await db.query<
    ProposalRow & { from_name: string; from_dep: string; to_name: string; to_dep: string }
  >(
    `select p.*, f.entry->>'name' as from_name, f.entry->>'department' as from_dep,
            t.entry->>'name' as to_name, t.entry->>'department' as to_dep
     from partner_proposals p
     join partner_entries f on f.id = p.from_entry
     join partner_entries t on t.id = p.to_entry
     where p.from_entry = $1 or p.to_entry = $1
     order by p.created_at desc, p.id`,
    [entryId],
  );
  return rows.map((row) => ({
    id: row.id,
    from: { id: row.from_entry, name: row.from_name, department: row.from_dep },
    to: { id: row.to_entry, name: row.to_name, department: row.to_dep },
    theme: row.theme,
    message: row.message,
    status: row.status,
    contractId: row.contract_id,
    createdAt: iso(row.created_at),
  }));
}

/** What the partner board holds about `email`, for their export (GDPR articles 15 and 20). */
export async function partnerExport(db: Queryable, email: string) {
  const row = await entryOf(db, email);
  if (!row) return { entry: null, proposals: [] };
  return { entry: shown(row), proposals: await proposalsOf(db, row.id) };
}

/**
 * The partner board: a signed-in person opts in with an entry, reads the
 * others' entries (their own matches first), proposes to learn together,
 * and answers the proposals made to them. Accepting starts a contract with
 * the proposer as party A and the one who accepted as party B.
 */
export function partnerRoutes({ db, versions, log, now, messages }: PartnerRoutesDeps) {
  const routes = new Hono<Signed>();

  routes.get('/partners', async (c) => {
    const email = normaliseEmail(c.get('email'));
    const { rows } = await db.query<EntryRow>('select * from partner_entries order by id');
    const mine = rows.find((row) => row.email === email) ?? null;
    const others = rows.filter((row) => row !== mine).map(shown);
    const filtered = filterPartners(others, {
      theme: c.req.query('theme') ?? '',
      department: c.req.query('department') ?? '',
      text: c.req.query('q') ?? '',
    });
    const ranked = rankPartners(filtered, mine?.entry ?? null);
    return c.json(
      {
        mine: mine ? shown(mine) : null,
        entries: ranked.map(({ entry, match }) => ({ ...entry, match })),
        themes: [
          ...new Set(rows.flatMap((r) => [...r.entry.teach.themes, ...r.entry.learn.themes])),
        ],
        departments: [...new Set(rows.map((r) => r.entry.department))],
      },
      200,
      { 'Cache-Control': 'private, no-store' },
    );
  });

  routes.put('/partners/me', async (c) => {
    const email = normaliseEmail(c.get('email'));
    const body: unknown = await c.req.json().catch(() => undefined);
    if (body === undefined) return c.json(refusal('not-json'), 400);
    const parsed = parsePartnerEntry(body);
    if (!parsed.ok) return c.json(refusal('invalid', { issues: publicIssues(parsed.issues) }), 422);
    const { rows } = await db.query<EntryRow>(
      `insert into partner_entries (id, email, entry, updated_at) values ($1, $2, $3::jsonb, $4)
       on conflict (email) do update set entry = excluded.entry, updated_at = excluded.updated_at
       returning *`,
      [randomUUID(), email, JSON.stringify(parsed.value), now().toISOString()],
    );
    log('partner-entry-saved');
    return c.json(shown(rows[0]!), 200);
  });

  /** Opting out: the entry goes at once, and every proposal it is in with it. */
  routes.delete('/partners/me', async (c) => {
    const email = normaliseEmail(c.get('email'));
    await db.query('delete from partner_entries where email = $1', [email]);
    log('partner-entry-deleted');
    return c.body(null, 204);
  });

  routes.get('/partners/proposals', async (c) => {
    const mine = await entryOf(db, c.get('email'));
    const proposals = mine ? await proposalsOf(db, mine.id) : [];
    return c.json(
      {
        received: proposals.filter((p) => p.to.id === mine?.id),
        sent: proposals.filter((p) => p.from.id === mine?.id),
      },
      200,
      { 'Cache-Control': 'private, no-store' },
    );
  });

  routes.post('/partners/proposals', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    if (body === undefined) return c.json(refusal('not-json'), 400);
    const parsed = parseProposal(body);
    if (!parsed.ok) return c.json(refusal('invalid', { issues: publicIssues(parsed.issues) }), 422);
    const result = await db.transaction(async (tx) => {
      // Only someone on the board may propose: the one asked sees who asks.
      const mine = await entryOf(tx, c.get('email'));
      if (!mine) return { status: 409 as const, code: 'not-on-board' };
      const to = await entryById(tx, parsed.value.to);
      if (!to || to.id === mine.id) return { status: 404 as const, code: 'not-found' };
      const open = await tx.query(
        `select 1 from partner_proposals where status = 'open'
         and ((from_entry = $1 and to_entry = $2) or (from_entry = $2 and to_entry = $1))`,
        [mine.id, to.id],
      );
      if (open.rows.length > 0) return { status: 409 as const, code: 'already-proposed' };
      const id = randomUUID();
      await tx.query(
        `insert into partner_proposals (id, from_entry, to_entry, theme, message, status, created_at)
         values ($1, $2, $3, $4, $5, 'open', $6)`,
        [id, mine.id, to.id, parsed.value.theme, parsed.value.message ?? '', now().toISOString()],
      );
      if (messages?.channels.email) {
        // Names and the theme only: the message the proposer wrote stays on the board.
        await tx.query(
          `insert into notifications (contract_id, proposal_id, revision, channel, email, kind, details)
           values (null, $1, 0, 'email', $2, 'partner-proposal', $3::jsonb)`,
          [
            id,
            to.email,
            JSON.stringify({
              names: { a: mine.entry.name, b: to.entry.name },
              state: 'draft',
              theme: parsed.value.theme,
            }),
          ],
        );
      }
      return { status: 201 as const, proposals: await proposalsOf(tx, mine.id), id };
    });
    if (result.status !== 201) return c.json(refusal(result.code), result.status);
    void messages?.kick();
    log('partner-proposed');
    return c.json(
      result.proposals.find((p) => p.id === result.id),
      201,
    );
  });

  /** The one asked answers: `accept` starts the contract, `decline` closes the proposal. */
  routes.post('/partners/proposals/:id/:answer{accept|decline}', async (c) => {
    const id = c.req.param('id');
    const accept = c.req.param('answer') === 'accept';
    const email = c.get('email');
    const result = await db.transaction(async (tx) => {
      const mine = await entryOf(tx, email);
      const { rows } = await tx.query<ProposalRow>(
        'select * from partner_proposals where id = $1 for update',
        [id],
      );
      const proposal = rows[0];
      // Someone else's proposal is not found: it does not even exist for them.
      if (!proposal || !mine || (proposal.to_entry !== mine.id && proposal.from_entry !== mine.id))
        return { status: 404 as const, code: 'not-found' };
      if (proposal.to_entry !== mine.id) return { status: 403 as const, code: 'not-yours' };
      if (proposal.status !== 'open') return { status: 409 as const, code: 'answered' };
      const at = now();
      let contractId: string | null = null;
      if (accept) {
        const from = await entryById(tx, proposal.from_entry);
        if (!from) return { status: 404 as const, code: 'not-found' };
        const current = await versions.newest(tx);
        const contract = partnershipContract(from, mine, proposal.theme, current, at);
        await writeContract(tx, contract, 0, current.version);
        await appendAudit(tx, contract.id, {
          at: at.toISOString(),
          email,
          perspective: 'party-b',
          action: 'create',
          paths: [],
        });
        contractId = contract.id;
        if (messages?.channels.email) {
          await tx.query(
            `insert into notifications (contract_id, revision, channel, email, kind, details)
             values ($1, $2, 'email', $3, 'partner-accepted', $4::jsonb) on conflict do nothing`,
            [
              contract.id,
              contract.revision,
              from.email,
              JSON.stringify({
                names: { a: from.entry.name, b: mine.entry.name },
                state: contract.process.state,
                theme: proposal.theme,
              }),
            ],
          );
        }
      }
      await tx.query(
        `update partner_proposals set status = $2, contract_id = $3, answered_at = $4 where id = $1`,
        [id, accept ? 'accepted' : 'declined', contractId, at.toISOString()],
      );
      return { status: 200 as const, proposals: await proposalsOf(tx, mine.id) };
    });
    if (result.status !== 200) return c.json(refusal(result.code), result.status);
    void messages?.kick();
    log(accept ? 'partner-accepted' : 'partner-declined');
    return c.json(result.proposals.find((p) => p.id === id));
  });

  return routes;
}

/**
 * A new contract between the two: the proposer is party A, the one who
 * accepted party B. It starts with the theme and, run formally, the goals the
 * organisation preset for that theme (core's `startingSettings`).
 */
function partnershipContract(
  from: EntryRow,
  to: EntryRow,
  theme: string,
  { settings, rules }: SettingsVersion,
  at: Date,
): LearningContract {
  const blank = createEmptyContract({
    id: `partnerskab-${randomUUID()}`,
    now: at,
    settings: { ...startingSettings(settings, theme), mode: rules.mode ?? 'informal' },
  });
  const party = (row: EntryRow) => ({
    ...blank.parties.a,
    name: row.entry.name,
    department: row.entry.department,
    email: row.email,
  });
  const contract: LearningContract = {
    ...blank,
    parties: { a: party(from), b: party(to) },
    revision: 1,
    updatedAt: at.toISOString(),
  };
  return withRetention(contract, rules);
}
