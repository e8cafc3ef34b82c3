import { SCHEMA_VERSION } from '../../constants.js';
import { parseContract } from '../../parse-contract.js';
import type { Issue } from '../../result.js';
import type { LearningContract } from '../../schema/contract-schema.js';
import { fillView } from '../../visibility.js';
import type { StorageError, StorageResult } from '../storage-adapter.js';
import type { Answer } from './requests.js';

export const failure = (
  code: StorageError['code'],
  detail?: string,
): { ok: false; error: StorageError } => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

/**
 * The server's answer (the person's view) as a contract, blank where they
 * see nothing; or `corrupt`/`newer-version` when it is not one this version reads.
 */
export function contractFrom(body: unknown, id: string): StorageResult<LearningContract> {
  const version = (body as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return { ok: false, error: { code: 'newer-version', raw: body } };
  }
  const parsed = parseContract(
    typeof body === 'object' && body !== null ? fillView(body, id) : body,
  );
  return parsed.ok
    ? parsed
    : failure('corrupt', parsed.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
}

/** A refusal by the server's rules: the paths and codes it gave. */
export const forbidden = (answer: Answer): { ok: false; error: StorageError } => ({
  ok: false,
  error: {
    code: 'forbidden',
    issues: (answer.body as { issues?: Issue[] } | null)?.issues ?? [],
    detail: `HTTP ${answer.status}`,
  },
});

/** Someone saved first: `current` is what is stored now, which the writer had not seen. */
export const conflict = (current: LearningContract): { ok: false; error: StorageError } => ({
  ok: false,
  error: { code: 'conflict', current },
});

/**
 * Any other answer: 401 is `signed-out` (the session ended, or the page's token
 * is no longer good: signing in again, or a fresh token, lets the same write go
 * through), everything else `unavailable`.
 */
export function unexpected(what: string, answer: Answer): { ok: false; error: StorageError } {
  if (answer.status !== 401) return failure('unavailable', `${what} answered ${answer.status}`);
  const signIn = (answer.body as { signIn?: unknown } | null)?.signIn;
  return {
    ok: false,
    error: {
      code: 'signed-out',
      ...(typeof signIn === 'string' && { signIn }),
      detail: `${what} answered 401`,
    },
  };
}
