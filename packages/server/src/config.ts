import { MAIL_LANGUAGES, type MailLanguage } from './notify/messages.js';

/** How the server learns who is signed in. */
export const AUTH_MODES = ['oidc', 'proxy', 'dev'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

/** What the server's own sign-in needs: its client at the provider, and its session. */
export interface SignInConfig {
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** PUBLIC_URL without a trailing slash: the redirect is `${publicUrl}/auth/callback`. */
  publicUrl: string;
  sessionSecret: string;
  sessionHours: number;
  idleMinutes: number;
}

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL, when set; else PGlite under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  auth: AuthMode;
  oidc: {
    /** Unset: the `jwks_uri` of the issuer's discovery document. */
    jwksUrl: string;
    issuer: string;
    audience: string;
    emailClaim: string;
    /** The claim that lists the person's groups, for ADMIN_GROUPS (Entra ID: `groups`). */
    groupsClaim: string;
  };
  /** The browser sign-in at the server (AUTH=oidc with OIDC_CLIENT_ID); unset: bearer tokens only. */
  signIn: SignInConfig | undefined;
  proxy: { header: string; trustedProxies: readonly string[] };
  /** Origins of intranet pages on another origin that may call the API. */
  corsOrigins: readonly string[];
  /** The largest request body, in bytes. */
  maxBodyBytes: number;
  /** Requests one person may make per minute, on one server instance. */
  rateLimitPerMinute: number;
  /** Months a contract is kept after completion (or its last change); unset: kept until deleted. */
  retentionMonths: number | undefined;
  /** How often the retention job looks for contracts past their date, in minutes. */
  retentionIntervalMinutes: number;
  /** A folder of static files served at `/` (the demo page); unset: none. */
  staticDir: string | undefined;
  /** The organisation's section configuration (docs/sections.md), as a JSON file; unset: the built-in sections. */
  sectionsConfig: string | undefined;
  /** `json` (one object per line) or `silent` (tests). */
  log: 'json' | 'silent';
  /** Who may edit the organisation's settings and see its overview, by email (lower case). */
  adminEmails: readonly string[];
  /** The same, by a group named in the sign-in's OIDC_GROUPS_CLAIM (AUTH=oidc only). */
  adminGroups: readonly string[];
  /** Messages: the mail server and the webhook (unset: none), the sender, the link, the language. */
  mail: {
    smtpUrl: string | undefined;
    from: string;
    webhook: { url: string; secret: string } | undefined;
    contractUrl: string;
    language: MailLanguage;
  };
}

/** One variable the server reads, with its default: the README's table is made from the same facts. */
export const VARIABLES = [
  ['PORT', '8080', 'The port to listen on.'],
  [
    'HOST',
    '127.0.0.1',
    'The address to listen on. `0.0.0.0` for every interface (not with `AUTH=dev`).',
  ],
  [
    'DATABASE_URL',
    '',
    'A PostgreSQL connection string. Unset: PGlite, embedded, under `DATA_DIR`.',
  ],
  ['DATA_DIR', './data', 'Where PGlite keeps its files.'],
  [
    'AUTH',
    'oidc',
    '`oidc`, `proxy` or `dev` (a person picked by name; only on a loopback address).',
  ],
  [
    'OIDC_ISSUER',
    '',
    'For `AUTH=oidc`: the provider’s issuer URL, the `iss` of its tokens; its discovery document is read from it.',
  ],
  [
    'OIDC_CLIENT_ID',
    '',
    'The server’s client id at the provider. Set: people sign in at the server in their browser.',
  ],
  ['OIDC_CLIENT_SECRET', '', 'The server’s client secret at the provider.'],
  ['OIDC_SCOPES', 'openid email profile', 'The scopes the sign-in asks for.'],
  [
    'OIDC_AUDIENCE',
    '',
    'The `aud` a bearer token must carry: this API’s client id or URI. Unset: `OIDC_CLIENT_ID`.',
  ],
  [
    'OIDC_JWKS_URL',
    '',
    'The provider’s JSON Web Key Set. Unset: the `jwks_uri` of its discovery document.',
  ],
  [
    'OIDC_EMAIL_CLAIM',
    'email',
    'The claim holding the person’s email, e.g. `upn`; where it is missing, `email`, `upn`, `preferred_username` are tried.',
  ],
  [
    'OIDC_GROUPS_CLAIM',
    'groups',
    'The claim listing the person’s groups, for `ADMIN_GROUPS` (Entra ID: `groups`, the groups’ object ids).',
  ],
  [
    'SESSION_SECRET',
    '',
    'For the sign-in: at least 32 random characters that sign the session cookie. Keep it secret.',
  ],
  ['SESSION_HOURS', '10', 'How long a sign-in lasts at most, in hours.'],
  ['SESSION_IDLE_MINUTES', '60', 'A session unused this long ends.'],
  [
    'AUTH_PROXY_HEADER',
    'X-Forwarded-Email',
    'For `AUTH=proxy`: the header the reverse proxy sets.',
  ],
  [
    'AUTH_TRUSTED_PROXIES',
    '127.0.0.1,::1',
    'Addresses whose header is believed; from anyone else it is refused.',
  ],
  ['CORS_ORIGINS', '', 'Comma-separated origins of intranet pages on another origin.'],
  ['MAX_BODY_BYTES', '2097152', 'The largest request body; larger ones get 413.'],
  ['RATE_LIMIT_PER_MINUTE', '600', 'Requests per person per minute, per instance; more get 429.'],
  ['RETENTION_MONTHS', '', 'Months a contract is kept after completion; unset: until deleted.'],
  ['RETENTION_INTERVAL_MINUTES', '60', 'How often the retention job runs.'],
  ['STATIC_DIR', '', 'A folder of pages to serve at `/`, under a strict Content-Security-Policy.'],
  [
    'SECTIONS_CONFIG',
    '',
    'The settings’ first version: a JSON section configuration; administrators edit it in the browser.',
  ],
  [
    'ADMIN_EMAILS',
    '',
    'Comma-separated emails of the administrators: they edit the settings and see the overview.',
  ],
  [
    'ADMIN_GROUPS',
    '',
    'With `AUTH=oidc`: comma-separated groups whose members are administrators too, as the sign-in names them in `OIDC_GROUPS_CLAIM`.',
  ],
  ['LOG', 'json', '`json`: one JSON object per line on stdout. `silent`: nothing.'],
  [
    'SMTP_URL',
    '',
    'The mail server for messages, e.g. `smtp://user:password@mail.soeby.dk:587`. Unset: no messages.',
  ],
  ['MAIL_FROM', 'Lær af en kollega <noreply@localhost>', 'The sender of the messages.'],
  [
    'PUBLIC_URL',
    'http://127.0.0.1:8080',
    'Where people open the server’s pages: links in messages, and the sign-in’s redirect (`/auth/callback` under it).',
  ],
  ['CONTRACT_URL', '', 'The address of one contract, with `{id}`. Unset: `PUBLIC_URL` + `/#{id}`.'],
  ['MAIL_LANGUAGE', 'da', 'The language of the messages: `da` or `en`.'],
  [
    'WEBHOOK_URL',
    '',
    'Where the same events are POSTed as JSON, e.g. into Teams through the municipality’s own flow.',
  ],
  [
    'WEBHOOK_SECRET',
    '',
    'The key of the `X-Kollegalaering-Signature` header (HMAC-SHA256 of the body); needed with `WEBHOOK_URL`.',
  ],
] as const;

export class ConfigError extends Error {}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

type Name = (typeof VARIABLES)[number][0];
/** Each variable as set, or its default from VARIABLES ('' where it has none): one place for defaults. */
type Settings = Record<Name, string>;

function settingsFrom(env: NodeJS.ProcessEnv): Settings {
  return Object.fromEntries(
    VARIABLES.map(([name, fallback]) => [name, env[name] || fallback]),
  ) as Settings;
}

/** A whole number of at least `min`; undefined where the variable is unset and has no default. */
function integer(settings: Settings, name: Name, min = 0): number | undefined {
  const raw = settings[name];
  if (raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, not "${raw}".`);
  }
  return value;
}

const list = (raw: string) =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function mailConfig(settings: Settings): Config['mail'] {
  const language = settings.MAIL_LANGUAGE as MailLanguage;
  if (!MAIL_LANGUAGES.includes(language)) {
    throw new ConfigError(`MAIL_LANGUAGE must be da or en, not "${language}".`);
  }
  const publicUrl = settings.PUBLIC_URL.replace(/\/+$/, '');
  const contractUrl = settings.CONTRACT_URL || `${publicUrl}/#{id}`;
  if (!contractUrl.includes('{id}')) throw new ConfigError('CONTRACT_URL must hold {id}.');
  const { WEBHOOK_URL: url, WEBHOOK_SECRET: secret } = settings;
  if (url && secret.length < 16) {
    throw new ConfigError(
      'WEBHOOK_URL needs WEBHOOK_SECRET, at least 16 characters, to sign with.',
    );
  }
  return {
    smtpUrl: settings.SMTP_URL || undefined,
    from: settings.MAIL_FROM,
    webhook: url ? { url, secret } : undefined,
    contractUrl,
    language,
  };
}

function signInConfig(settings: Settings): SignInConfig {
  if (settings.SESSION_SECRET.length < 32) {
    throw new ConfigError(
      'The sign-in (OIDC_CLIENT_ID) needs SESSION_SECRET, at least 32 random characters, e.g. from `openssl rand -base64 32`.',
    );
  }
  const publicUrl = settings.PUBLIC_URL.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) {
    throw new ConfigError(`PUBLIC_URL must be an http(s) address, not "${publicUrl}".`);
  }
  return {
    clientId: settings.OIDC_CLIENT_ID,
    clientSecret: settings.OIDC_CLIENT_SECRET,
    scopes: settings.OIDC_SCOPES,
    publicUrl,
    sessionSecret: settings.SESSION_SECRET,
    sessionHours: integer(settings, 'SESSION_HOURS', 1)!,
    idleMinutes: integer(settings, 'SESSION_IDLE_MINUTES', 1)!,
  };
}

/** The configuration from environment variables, or a ConfigError naming what is wrong. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const settings = settingsFrom(env);
  const auth = settings.AUTH as AuthMode;
  if (!AUTH_MODES.includes(auth)) {
    throw new ConfigError(`AUTH must be one of ${AUTH_MODES.join(', ')}, not "${auth}".`);
  }
  const host = settings.HOST;
  if (auth === 'dev' && !LOOPBACK.test(host)) {
    throw new ConfigError(
      `AUTH=dev lets anyone pick who they are: it only listens on a loopback address, not on ${host}.`,
    );
  }
  const oidc = {
    jwksUrl: settings.OIDC_JWKS_URL,
    issuer: settings.OIDC_ISSUER,
    audience: settings.OIDC_AUDIENCE || settings.OIDC_CLIENT_ID,
    emailClaim: settings.OIDC_EMAIL_CLAIM,
    groupsClaim: settings.OIDC_GROUPS_CLAIM,
  };
  if (auth === 'oidc') {
    const missing = [
      !settings.OIDC_ISSUER && 'OIDC_ISSUER',
      !oidc.audience && 'OIDC_CLIENT_ID (or, for bearer tokens only, OIDC_AUDIENCE)',
    ].filter(Boolean);
    if (missing.length > 0) {
      throw new ConfigError(
        `AUTH=oidc needs ${missing.join(' and ')}. For a first try on one machine, start with AUTH=dev.`,
      );
    }
  }
  return {
    port: integer(settings, 'PORT')!,
    host,
    databaseUrl: settings.DATABASE_URL || undefined,
    dataDir: settings.DATA_DIR,
    auth,
    oidc,
    signIn: auth === 'oidc' && settings.OIDC_CLIENT_ID ? signInConfig(settings) : undefined,
    proxy: {
      header: settings.AUTH_PROXY_HEADER,
      trustedProxies: list(settings.AUTH_TRUSTED_PROXIES),
    },
    corsOrigins: list(settings.CORS_ORIGINS),
    maxBodyBytes: integer(settings, 'MAX_BODY_BYTES', 1024)!,
    rateLimitPerMinute: integer(settings, 'RATE_LIMIT_PER_MINUTE', 1)!,
    retentionMonths: integer(settings, 'RETENTION_MONTHS', 1),
    retentionIntervalMinutes: integer(settings, 'RETENTION_INTERVAL_MINUTES', 1)!,
    mail: mailConfig(settings),
    staticDir: settings.STATIC_DIR || undefined,
    sectionsConfig: settings.SECTIONS_CONFIG || undefined,
    log: settings.LOG === 'silent' ? 'silent' : 'json',
    adminEmails: list(settings.ADMIN_EMAILS).map((email) => email.toLowerCase()),
    adminGroups: list(settings.ADMIN_GROUPS),
  };
}
