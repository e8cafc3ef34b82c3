import {
  ACTIONS,
  applyChange,
  canView,
  turnInShort,
  createEmptyContract,
  deleteBlockers,
  differingPaths,
  parseContract,
  perspectivesOf,
  summaryNames,
  viewFor,
  withRetention,
  type Action,
  type ContractRules,
  type FieldPath,
  type Issue,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { Hono, type Context } from 'hono';
import {
  appendAudit,
  contractsOf,
  deleteContract,
  readAudit,
  readStoredContract,
  writeContract,
} from '../contract-store.js';
import type { Db, Queryable } from '../db/db.js';
import type { ChangeNotices } from '../notices/change-notices.js';
import { queueNotices, type Channels } from '../notify/queue.js';
import type { Log } from '../log.js';
import { answer, once, send } from '../http/answers.js';
import type { Answer } from '../idempotency.js';
import { publicIssues, refusal } from '../http/errors.js';
import { choosePerspective } from '../http/perspective.js';
import type { Signed } from '../http/signed-in.js';
import type { SettingsVersions } from '../organisation/settings-versions.js';
import { member } from './contract-member.js';

export interface ContractRoutesDeps {
  db: Db;
  /** Told of every committed change, for the event streams. */
  notices: ChangeNotices;
  /** When the server sends messages: where to, and how to start sending after a change queued some. */
  messages?: { channels: Channels; kick: () => Promise<void> } | undefined;
  /** The organisation's settings versions: each contract follows the one it started under. */
  versions: SettingsVersions;
  log: Log;
  now: () => Date;
}

/** The headers that go with a view: its revision, and who the person is on the contract. */
const viewHeaders = (
  contract: LearningContract,
  perspective: Perspective,
  held: Perspective[],
) => ({
  ETag: `"${contract.revision}"`,
  'Kollegalaering-Perspective': perspective,
  'Kollegalaering-Perspectives': held.join(', '),
});

/** Refused by core: a change or action the person may not make is 403; anything else 422. */
function refused(issues: readonly Issue[]) {
  const forbidden = issues.some((i) => ['not-allowed', 'would-lock-out'].includes(i.code));
  return answer(
    forbidden ? 403 : 422,
    refusal(forbidden ? 'forbidden' : 'invalid', {
      issues: publicIssues(issues),
    }),
  );
}

/** The revision a write is based on, from `If-Match: "3"`; null when it is missing or malformed. */
function expectedRevision(c: Context): number | null {
  const match = /^"?(\d+)"?$/.exec(c.req.header('If-Match') ?? '');
  return match ? Number(match[1]) : null;
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * The contracts API (protocol version 2, docs/http-api.yaml). Every rule is
 * core's: the server chooses the perspective from the login, hands core the
 * stored contract and the request, and stores what core returns.
 */
export function contractRoutes({ db, versions, log, now, notices, messages }: ContractRoutesDeps) {
  const routes = new Hono<Signed>();

  /** After a write is committed: its members' event streams hear the new revision (or of the deletion). */
  const announced = async (id: string, response: Response): Promise<Response> => {
    const revision = Number(response.headers.get('ETag')?.replaceAll('"', ''));
    try {
      if (response.status === 204) await notices.publish(id, null);
      else if (response.ok && Number.isInteger(revision)) await notices.publish(id, revision);
    } catch {
      // The change is stored: a notice that could not be sent fails no save (streams resync later).
      log('notice-unpublished');
    }
    if (response.ok) void messages?.kick();
    return response;
  };
  const viewOf = (contract: LearningContract, perspective: Perspective, rules: ContractRules) =>
    viewFor(contract, perspective, rules.customOwners);

  /** Bumps the revision of a contract a person changed (core's applyChange set its retention date). */
  const stamped = (next: LearningContract, previous: number, at: Date): LearningContract => ({
    ...next,
    revision: previous + 1,
    updatedAt: at.toISOString(),
  });

  routes.get('/contracts', async (c) => {
    const email = c.get('email');
    const stored = await contractsOf(db, email);
    const summaries = [];
    for (const { contract, settingsVersion } of stored) {
      const { rules, version } = await versions.of(db, settingsVersion);
      const perspectives = perspectivesOf(contract, email);
      summaries.push({
        settingsVersion: version,
        id: contract.id,
        revision: contract.revision,
        updatedAt: contract.updatedAt,
        state: contract.process.state,
        names: summaryNames(contract),
        perspectives,
        ...turnInShort(contract, perspectives, rules, now()),
      });
    }
    return c.json(summaries);
  });

  routes.get('/contracts/:id', member(db, versions), (c) => {
    const { contract, perspective, held, rules, settingsVersion } = c.var;
    // Which settings the page should render it with: GET /organisation/settings?version=N.
    return send(
      c,
      answer(200, viewOf(contract, perspective, rules), {
        ...viewHeaders(contract, perspective, held),
        'Kollegalaering-Settings-Version': String(settingsVersion),
      }),
    );
  });

  routes.put('/contracts/:id', async (c) => {
    const id = c.req.param('id');
    const creating = c.req.header('If-None-Match') === '*';
    const expected = expectedRevision(c);
    if (!creating && expected === null) return c.json(refusal('precondition-required'), 428);
    const text = await c.req.text();
    const body = parseBody(text);
    if (!body.ok) return c.json(refusal('not-json'), 400);
    const email = c.get('email');
    const response = await once(c, db, email, text, (tx) =>
      creating
        ? create(tx, id, email, body.value)
        : update(c, tx, id, email, expected!, body.value),
    );
    return announced(id, response);
  });

  /** The person who creates a contract is its party A, with the email they signed in with. */
  async function create(tx: Queryable, id: string, email: string, sent: unknown) {
    const at = now();
    const existing = await readStoredContract(tx, id, { lock: true });
    if (existing) return answer(412, null);
    // A new contract starts under the newest settings version, read now: another instance may have stored it.
    const { version, rules } = await versions.newest(tx);
    // How the method is run is the organisation's configuration, not the page's.
    const blank = createEmptyContract({
      id,
      now: at,
      settings: { mode: rules.mode ?? 'informal' },
    });
    const contract = { ...blank, parties: { ...blank.parties, a: { ...blank.parties.a, email } } };
    // A new contract starts where core starts it: the browser's clock and blanks are not the record.
    const withEmail = withOwnEmail(withoutProcess(sent), email);
    const written = applyChange(
      contract,
      'party-a',
      { write: withEmail },
      { rules, now: at, email },
    );
    if (!written.ok) return refused(written.issues);
    const stored = stamped(withRetention(written.value.contract, rules), 0, at);
    if (!(await writeContract(tx, stored, 0, version))) return answer(412, null);
    await appendAudit(tx, id, {
      at: at.toISOString(),
      email,
      perspective: 'party-a',
      action: 'create',
      paths: written.value.changed,
    });
    log('contract-created', { changes: written.value.changed.length });
    return answer(
      201,
      viewOf(stored, 'party-a', rules),
      viewHeaders(stored, 'party-a', ['party-a']),
    );
  }

  /**
   * The stored contract, locked until the transaction ends, with the writer's
   * perspective on it; or the answer that refuses the request (404 for a
   * non-member, 412 with their own view when `expected` is not the stored revision).
   */
  async function openForWrite(
    c: Context,
    tx: Queryable,
    id: string,
    email: string,
    expected: number | null,
  ): Promise<
    | { refusal: Answer }
    | {
        stored: LearningContract;
        perspective: Perspective;
        held: Perspective[];
        rules: ContractRules;
      }
  > {
    const read = await readStoredContract(tx, id, { lock: true });
    if (!read) return { refusal: answer(404, refusal('not-found')) };
    const stored = read.contract;
    const { rules } = await versions.of(tx, read.settingsVersion);
    const chosen = choosePerspective(stored, email, c.req.query('as'));
    if (!chosen.ok) return { refusal: answer(chosen.status, chosen.body) };
    const { perspective, held } = chosen;
    if (expected !== null && stored.revision !== expected) {
      // The person's own view of what is stored now: never more than a GET would give them.
      const view = viewOf(stored, perspective, rules);
      return { refusal: answer(412, view, viewHeaders(stored, perspective, held)) };
    }
    return { stored, perspective, held, rules };
  }

  async function update(
    c: Context,
    tx: Queryable,
    id: string,
    email: string,
    expected: number,
    sent: unknown,
  ) {
    const at = now();
    const opened = await openForWrite(c, tx, id, email, expected);
    if ('refusal' in opened) return opened.refusal;
    const { stored, perspective, held, rules } = opened;
    const written = applyChange(stored, perspective, { write: sent }, { rules, now: at, email });
    if (!written.ok) {
      log('write-refused', { perspective, issues: written.issues.length });
      return refused(written.issues);
    }
    if (written.value.changed.length === 0) {
      return answer(
        200,
        viewOf(stored, perspective, rules),
        viewHeaders(stored, perspective, held),
      );
    }
    const next = stamped(written.value.contract, stored.revision, at);
    await writeContract(tx, next, stored.revision);
    if (messages) await queueNotices(tx, stored, next, rules, messages.channels, at);
    await appendAudit(tx, id, {
      at: at.toISOString(),
      email,
      perspective,
      action: 'write',
      paths: written.value.changed,
    });
    // After a change of emails the person may hold other perspectives than before.
    const after = choosePerspective(next, email, perspective);
    const nowHeld = after.ok ? after.held : held;
    return answer(200, viewOf(next, perspective, rules), viewHeaders(next, perspective, nowHeld));
  }

  routes.post('/contracts/:id/actions', async (c) => {
    const expected = expectedRevision(c);
    if (expected === null) return c.json(refusal('precondition-required'), 428);
    const text = await c.req.text();
    const body = parseBody(text);
    const request = body.ok
      ? (body.value as { action?: unknown; comment?: unknown; amendmentId?: unknown })
      : null;
    if (!request || !(ACTIONS as readonly unknown[]).includes(request.action)) {
      return c.json(refusal('unknown-action'), 400);
    }
    const email = c.get('email');
    const id = c.req.param('id');
    const response = await once(c, db, email, text, async (tx) => {
      const at = now();
      const opened = await openForWrite(c, tx, id, email, expected);
      if ('refusal' in opened) return opened.refusal;
      const { stored, perspective, held, rules } = opened;
      const action = request.action as Action;
      // Who and when are the server's: the signed-in email and its own clock, never the client's.
      const change = {
        action,
        ...(typeof request.comment === 'string' && { comment: request.comment }),
        ...(typeof request.amendmentId === 'string' && { amendmentId: request.amendmentId }),
      };
      const result = applyChange(stored, perspective, change, { now: at, rules, by: email });
      if (!result.ok) return refused(result.issues);
      const checked = parseContract(result.value.contract);
      if (!checked.ok) return refused(checked.issues);
      const next = stamped(result.value.contract, stored.revision, at);
      await writeContract(tx, next, stored.revision);
      if (messages) await queueNotices(tx, stored, next, rules, messages.channels, at);
      const paths = differingPaths(stored, result.value.contract).filter(
        (path) => path[0] !== 'updatedAt' && path[0] !== 'retainUntil',
      );
      await appendAudit(tx, id, { at: at.toISOString(), email, perspective, action, paths });
      log('action', { action, perspective });
      return answer(200, viewOf(next, perspective, rules), viewHeaders(next, perspective, held));
    });
    return announced(id, response);
  });

  routes.delete('/contracts/:id', async (c) => {
    const email = c.get('email');
    const id = c.req.param('id');
    const response = await once(c, db, email, '', async (tx) => {
      const opened = await openForWrite(c, tx, id, email, expectedRevision(c));
      if ('refusal' in opened) return opened.refusal;
      const { stored, perspective } = opened;
      const blockers = deleteBlockers(stored, perspective, now());
      if (blockers.length > 0)
        return answer(403, refusal('forbidden', { issues: publicIssues(blockers) }));
      await deleteContract(tx, id);
      log('contract-deleted', { perspective, reason: 'member' });
      return answer(204, undefined);
    });
    return announced(id, response);
  });

  routes.get('/contracts/:id/audit', member(db, versions), async (c) => {
    const { perspective, rules } = c.var;
    // Even a path can tell something (that B wrote private notes): only paths this reader may see,
    // and no entry at all where every path it changed is hidden (its time and author would tell).
    const visible = (path: string) => canView(perspective, pathOf(path), rules.customOwners);
    const entries = (await readAudit(db, c.req.param('id'))).flatMap((entry) => {
      const paths = entry.paths.filter(visible);
      return paths.length > 0 || entry.paths.length === 0 ? [{ ...entry, paths }] : [];
    });
    return c.json(entries);
  });

  return routes;
}

/** A dotted path from the audit log back into a path: numbers are list positions. */
const pathOf = (dotted: string): FieldPath =>
  dotted.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/** A new contract's step, approvals and settings are core's and the organisation's, not the creating browser's. */
function withoutProcess(sent: unknown): unknown {
  if (typeof sent !== 'object' || sent === null) return sent;
  const {
    process: _process,
    approvals: _approvals,
    settings: _settings,
    ...rest
  } = sent as Record<string, unknown>;
  return rest;
}

/** The creator is party A with their own login, whatever the page put in the field. */
function withOwnEmail(sent: unknown, email: string): unknown {
  if (typeof sent !== 'object' || sent === null) return sent;
  const body = sent as { parties?: { a?: Record<string, unknown> } };
  if (typeof body.parties?.a !== 'object' || body.parties.a === null) return sent;
  return { ...body, parties: { ...body.parties, a: { ...body.parties.a, email } } };
}
