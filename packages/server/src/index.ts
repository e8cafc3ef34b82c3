export { createApp, type AppDeps } from './app.js';
export { startServer, type RunningServer } from './server.js';
export {
  readConfig,
  ConfigError,
  VARIABLES,
  AUTH_MODES,
  type Config,
  type AuthMode,
} from './config.js';
export { openDatabase } from './db/open-database.js';
export type { Db, Queryable } from './db/db.js';
export { authFor } from './auth/auth-for.js';
export { DEV_USER_HEADER, DEV_USER_COOKIE } from './auth/dev-auth.js';
export { jsonLog, silentLog, type Log } from './log.js';
export { runRetention } from './retention-job.js';
