import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './app.js';
import { authFor } from './auth/auth-for.js';
import { browserSignIn } from './auth/browser-sign-in.js';
import type { Config } from './config.js';
import { openDatabase } from './db/open-database.js';
import { jsonLog, silentLog, type Log } from './log.js';
import { memoryNotices } from './notices/change-notices.js';
import { postgresNotices } from './notices/postgres-notices.js';
import { startMessenger } from './notify/messenger.js';
import { runRetention } from './retention-job.js';
import { sectionsFromConfig } from './rules-from-config.js';
import { readSettings, rulesOf, storeInitialSettings } from './organisation/settings-store.js';

export interface RunningServer {
  /** Where it listens, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Finishes the requests in flight, then closes the socket and the database. */
  stop(): Promise<void>;
}

/** Opens the database, migrates it, and listens: the whole server, as the command starts it. */
export async function startServer(
  config: Config,
  log: Log = config.log === 'silent' ? silentLog : jsonLog(),
): Promise<RunningServer> {
  const sections = await sectionsFromConfig(config);
  const started = performance.now();
  const db = await openDatabase(config, (message) => log('starting', { message }));
  log('database-ready', { engine: db.engine, ms: Math.round(performance.now() - started) });
  // SECTIONS_CONFIG and RETENTION_MONTHS are the settings' first version; each contract then follows
  // the version it started under, and new ones the newest, read from the database as they start.
  await storeInitialSettings(db, sections, config.retentionMonths, new Date());
  const rules = rulesOf((await readSettings(db)).settings);

  // Several instances on one PostgreSQL hear of each other's changes through it; PGlite is one process.
  const notices = config.databaseUrl
    ? await postgresNotices(config.databaseUrl, db)
    : memoryNotices();
  const { smtpUrl, webhook } = config.mail;
  const messenger = smtpUrl || webhook ? startMessenger({ db, log, ...config.mail }) : undefined;
  const signIn = config.signIn
    ? browserSignIn({
        db,
        settings: config.signIn,
        oidc: config.oidc,
        adminGroups: config.adminGroups,
        log,
      })
    : undefined;
  const { app, drain } = createApp({
    db,
    notices,
    ...(messenger && { messages: messenger }),
    config,
    rules,
    identify: authFor(config, signIn?.identify),
    admins: config.adminEmails,
    adminGroups: config.adminGroups,
    ...(signIn && { signIn }),
    log,
  });
  if (config.staticDir) app.use('/*', serveStatic({ root: config.staticDir }));

  const retention = setInterval(
    () => void runRetention(db, log).catch(() => log('retention-failed')),
    config.retentionIntervalMinutes * 60_000,
  );
  retention.unref();
  await runRetention(db, log);

  const server = await new Promise<ServerType>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(listening),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  log('listening', { url, auth: config.auth, engine: db.engine });

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(retention);
        await drain();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive connections would hold close() open.
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await messenger?.stop();
        await notices.close();
        await db.close();
        log('stopped');
      })()),
  };
}
