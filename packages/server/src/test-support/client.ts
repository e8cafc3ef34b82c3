// A server app without a socket (Hono's app.request) and a small client that
// speaks to it as one signed-in person, for the route tests.
import { randomUUID } from 'node:crypto';
import { BUILT_IN_RULES, type ContractRules, type LearningContract } from '@kollegalaering/core';
import { createApp } from '../app.js';
import { DEV_USER_HEADER, devAuth } from '../auth/dev-auth.js';
import type { Identify } from '../auth/identify.js';
import type { Db } from '../db/db.js';
import type { Log } from '../log.js';
import type { Channels } from '../notify/queue.js';

export interface Reply {
  status: number;
  headers: Headers;
  /** The body as text: what a test searches for leaks. */
  text: string;
  body: any;
}

export function testApp(
  db: Db,
  {
    rules = BUILT_IN_RULES,
    identify = devAuth(),
    log = () => undefined,
    rateLimitPerMinute = 100_000,
    now,
    messages,
    admins,
    adminGroups,
  }: {
    rules?: ContractRules;
    identify?: Identify;
    log?: Log;
    rateLimitPerMinute?: number;
    now?: () => Date;
    messages?: { channels: Channels; kick: () => Promise<void> };
    admins?: readonly string[];
    adminGroups?: readonly string[];
  } = {},
) {
  return createApp({
    db,
    rules,
    identify,
    log,
    config: {
      corsOrigins: ['https://intranet.example.dk'],
      maxBodyBytes: 2 * 1024 * 1024,
      rateLimitPerMinute,
    },
    ...(now && { now }),
    ...(messages && { messages }),
    ...(admins && { admins }),
    ...(adminGroups && { adminGroups }),
  });
}

type App = ReturnType<typeof testApp>['app'];

/** Requests as the person signed in as `email`, through the dev header (or the `headers` given, such as a token). */
export function personOn(app: App, email: string, headers: Record<string, string> = {}) {
  async function call(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const response = await app.request(`/api${path}`, {
      method,
      headers: {
        [DEV_USER_HEADER]: email,
        ...headers,
        ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
        ...(method !== 'GET' && { 'Idempotency-Key': randomUUID() }),
        ...init.headers,
      },
      ...(init.body !== undefined && {
        body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
      }),
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: response.status, headers: response.headers, text, body };
  }
  const as = (perspective?: string) => (perspective ? `?as=${perspective}` : '');
  return {
    email,
    call,
    get: (id: string, perspective?: string) => call('GET', `/contracts/${id}${as(perspective)}`),
    list: () => call('GET', '/contracts'),
    create: (id: string, body: unknown = {}) =>
      call('PUT', `/contracts/${id}`, { body, headers: { 'If-None-Match': '*' } }),
    put: (id: string, revision: number, body: unknown, perspective?: string) =>
      call('PUT', `/contracts/${id}${as(perspective)}`, {
        body,
        headers: { 'If-Match': `"${revision}"` },
      }),
    act: (id: string, revision: number, action: string, extra: object = {}, perspective?: string) =>
      call('POST', `/contracts/${id}/actions${as(perspective)}`, {
        body: { action, ...extra },
        headers: { 'If-Match': `"${revision}"` },
      }),
    remove: (id: string, perspective?: string) =>
      call('DELETE', `/contracts/${id}${as(perspective)}`),
    /** Reads, changes with `change`, and writes back: what a browser does, in one step. */
    async edit(
      id: string,
      change: (view: LearningContract) => void,
      perspective?: string,
    ): Promise<Reply> {
      const current = await call('GET', `/contracts/${id}${as(perspective)}`);
      if (current.status !== 200) return current;
      const view = structuredClone(current.body) as LearningContract;
      change(view);
      return call('PUT', `/contracts/${id}${as(perspective)}`, {
        body: view,
        headers: { 'If-Match': current.headers.get('ETag') ?? '' },
      });
    },
  };
}

export type Person = ReturnType<typeof personOn>;
