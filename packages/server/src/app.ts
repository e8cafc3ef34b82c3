import type { ContractRules } from '@kollegalaering/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { SIGN_IN_PATHS, type BrowserSignIn } from './auth/browser-sign-in.js';
import type { Identify } from './auth/identify.js';
import type { Config } from './config.js';
import { UnreadableContract } from './contract-store.js';
import type { Db } from './db/db.js';
import { validContractId } from './http/contract-id.js';
import { refusal } from './http/errors.js';
import { createRateLimit } from './http/rate-limit.js';
import { securityHeaders } from './http/security-headers.js';
import { signedIn, type Signed } from './http/signed-in.js';
import type { Log } from './log.js';
import { contractRoutes } from './routes/contract-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { meRoutes } from './routes/me-routes.js';
import { organisationRoutes } from './routes/organisation-routes.js';
import { partnerRoutes } from './routes/partner-routes.js';
import { settingsVersions } from './organisation/settings-versions.js';
import { memoryNotices, type ChangeNotices } from './notices/change-notices.js';
import type { Channels } from './notify/queue.js';

export interface AppDeps {
  db: Db;
  /** How changes reach the event streams: in memory (one instance) or through PostgreSQL. */
  notices?: ChangeNotices;
  /** Set when the server sends messages: queued with each change, sent by the messenger it starts. */
  messages?: { channels: Channels; kick: () => Promise<void> };
  config: Pick<Config, 'corsOrigins' | 'maxBodyBytes' | 'rateLimitPerMinute'>;
  /**
   * The rules where the database holds no settings version (version 0). Each
   * contract follows the stored version it started under; new ones the newest.
   */
  rules: ContractRules;
  identify: Identify;
  /** The browser sign-in (AUTH=oidc with OIDC_CLIENT_ID): its routes, the page guard, the CSRF check. */
  signIn?: BrowserSignIn;
  /** Emails (lower case) of the organisation's administrators (ADMIN_EMAILS). */
  admins?: readonly string[];
  /** Groups whose members are administrators too (ADMIN_GROUPS), as the sign-in names them. */
  adminGroups?: readonly string[];
  log: Log;
  now?: () => Date;
}

/** Seconds a client should wait before trying again when the server cannot answer now. */
const RETRY_AFTER = '5';

/**
 * The whole HTTP API as a Hono app: runs on a socket (`startServer`) or
 * without one (`app.request()`, in tests). `closing()` turns new requests
 * away with 503 while a shutdown finishes the writes in flight.
 */
export function createApp({
  db,
  notices = memoryNotices(),
  messages,
  config,
  rules,
  identify,
  signIn,
  admins = [],
  adminGroups = [],
  log,
  now = () => new Date(),
}: AppDeps) {
  const app = new Hono();
  /** A way to end each open event stream: a shutdown does not wait for browsers to leave. */
  const streams = new Set<() => void>();
  let closing = false;
  let inFlight = 0;

  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    if (closing) {
      return c.json(refusal('shutting-down'), 503, { 'Retry-After': RETRY_AFTER });
    }
    const started = performance.now();
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
      // The route's pattern, not the URL: a contract id may be made of the parties' names.
      log('request', {
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      });
    }
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ready', database: db.engine });
    } catch {
      return c.json({ status: 'not-ready' }, 503, { 'Retry-After': RETRY_AFTER });
    }
  });

  if (signIn) {
    app.route('/', signIn.routes);
    app.use('*', signIn.guardPages);
  }

  const api = new Hono<Signed>();
  api.use(
    '*',
    cors({
      origin: [...config.corsOrigins],
      allowMethods: ['GET', 'PUT', 'POST', 'DELETE'],
      allowHeaders: [
        'Content-Type',
        'Authorization',
        'If-Match',
        'If-None-Match',
        'Idempotency-Key',
      ],
      exposeHeaders: [
        'ETag',
        'Kollegalaering-Perspective',
        'Kollegalaering-Perspectives',
        'Kollegalaering-Settings-Version',
        'Retry-After',
      ],
      credentials: true,
      maxAge: 600,
    }),
  );
  api.use(
    '*',
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: (c) => c.json(refusal('too-large', { issues: [] }), 413),
    }),
  );
  if (signIn) api.use('*', signIn.sameOriginWrites);
  api.use(
    '*',
    signedIn(
      identify,
      createRateLimit(config.rateLimitPerMinute),
      signIn ? SIGN_IN_PATHS.signIn : undefined,
    ),
  );
  api.use('/contracts/:id', validContractId);
  api.use('/contracts/:id/*', validContractId);
  const versions = settingsVersions(rules);
  api.route('/', contractRoutes({ db, versions, log, now, notices, messages }));
  api.route('/', eventRoutes({ db, notices, streams }));
  api.route('/', meRoutes({ db, versions }));
  api.route('/', organisationRoutes({ db, admins, adminGroups, log, now }));
  api.route('/', partnerRoutes({ db, versions, log, now, messages }));
  app.route('/api', api);

  app.onError((problem, c) => {
    if (problem instanceof UnreadableContract) {
      log('unreadable-contract', { route: c.req.routePath });
      return c.json(refusal('unreadable'), 500);
    }
    // The name and code only: a database's message can quote the values it was given.
    const code = (problem as { code?: unknown }).code;
    log('error', {
      route: c.req.routePath,
      name: problem.name,
      code: typeof code === 'string' ? code : '',
    });
    return c.json(refusal('unavailable'), 503, { 'Retry-After': RETRY_AFTER });
  });

  return {
    app,
    /** Turns new requests away and resolves when those in flight have been answered. */
    drain: async (timeoutMs = 10_000): Promise<void> => {
      closing = true;
      for (const end of streams) end();
      const until = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
