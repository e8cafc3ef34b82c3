import type { Perspective, ProcessState } from '../constants.js';
import type { Action } from '../process.js';
import type { Issue } from '../result.js';
import type { NeedInShort } from '../whose-turn.js';
import type { LearningContract } from '../schema/contract-schema.js';

/** Why a storage operation failed. Each code gets its own message in the interface. */
export const STORAGE_ERROR_CODES = [
  'conflict',
  'corrupt',
  'forbidden',
  'newer-version',
  'not-found',
  'quota',
  'signed-out',
  'unavailable',
] as const;
/** One of `STORAGE_ERROR_CODES`. */
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

/** Why a storage operation failed: a code from `STORAGE_ERROR_CODES`, with what goes with it. */
export interface StorageError {
  code: StorageErrorCode;
  /** For `conflict`: the copy that is stored now, which the writer had not seen. */
  current?: LearningContract;
  /** Where the unreadable raw value was kept, for `corrupt`: nothing is thrown away. */
  backupKey?: string;
  /** For `newer-version`: the stored document as it is, never written over. */
  raw?: unknown;
  /** For `forbidden`: what the keeper refused, by path and code (a server enforcing core's rules). */
  issues?: Issue[];
  /**
   * For `signed-out`: where the server signs people in itself (its 401 said so, e.g.
   * `/auth/sign-in`); absent where the page's own login gives tokens.
   */
  signIn?: string;
  /** An English explanation for developers; never shown to end users. */
  detail?: string;
}

/** What every storage operation resolves to: the value, or an error. Never a rejected promise. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/**
 * The names written in a contract ('' where none is): the two parties', and
 * their leaders' and the supervisor's, so that a list says "Waiting for Hanne
 * Berg" rather than a role. A server older than these may send only `a` and `b`.
 */
export interface SummaryNames {
  a: string;
  b: string;
  leaders?: { a: string; b: string };
  /** The supervisor's, once the parties chose to have one. */
  supervisor?: string;
}

/** The names of a contract's people, as a list's summary carries them (shared parts: anyone on it sees them). */
export const summaryNames = (contract: LearningContract): SummaryNames => ({
  a: contract.parties.a.name,
  b: contract.parties.b.name,
  leaders: { a: contract.leaders.a.name, b: contract.leaders.b.name },
  supervisor: contract.supervisor.decision === 'assigned' ? contract.supervisor.name : '',
});

/** What a list of stored contracts shows about each, to pick one. */
export interface ContractSummary {
  id: string;
  revision: number;
  updatedAt: string;
  state: ProcessState;
  names: SummaryNames;
  /** Where the keeper knows who is asking (a server): the perspectives they hold on it. */
  perspectives?: Perspective[];
  /** …what waits for them now (see `whoseTurn`), without the missing paths… */
  yours?: NeedInShort[];
  /**
   * …and for whom else the contract waits. A keeper that does not know who
   * is asking (one in the browser) lists every need here.
   */
  waitingFor?: NeedInShort[];
}

/** What an adapter can do, so the elements offer only what works. */
export interface StorageCapabilities {
  list: boolean;
  remove: boolean;
  /** Tells of changes made elsewhere (another tab, another person). */
  subscribe: boolean;
  /** Reachable by other people and devices, not only this browser. */
  shared: boolean;
}

/** Who the signed-in person is on a contract, as a keeper that knows them (a server) says. */
export interface Membership {
  /** The perspective the keeper answered in. */
  perspective: Perspective;
  /** Every perspective the person holds on the contract: a page may choose among them, never another. */
  perspectives: Perspective[];
}

/** What `load` may be given: the perspective to read in, where storage knows several. */
export interface LoadOptions {
  /** For a keeper that knows who is asking: the perspective to answer in, when the person holds it. */
  as?: Perspective;
}

/** What `act` sends with an action: the revision the person read, and a comment or amendment where the action takes one. */
export interface ActOptions {
  /** The revision the action is based on. */
  expectedRevision: number;
  as?: Perspective;
  comment?: string;
  amendmentId?: string;
}

/** What `save` may be given: the revision the edits are based on, and the perspective. */
export interface SaveOptions {
  /**
   * The revision the writer's edits are based on (0 for a contract never
   * stored). When the stored revision differs, the save is refused with
   * `conflict` and the stored copy, and nothing is written. Left out, the
   * save does not check.
   */
  expectedRevision?: number;
  /** For a keeper that knows who is asking: the perspective the person writes in. */
  as?: Perspective;
}

/**
 * Where contracts are kept. Every method resolves; failures come back as a
 * typed error, never as a rejected promise, so no failure goes unseen. A
 * stored contract carries its schema version, revision and update time.
 */
export interface StorageAdapter {
  readonly capabilities: StorageCapabilities;
  /** The contract stored under `id`, or null when there is none. */
  load(id: string, options?: LoadOptions): Promise<StorageResult<LearningContract | null>>;
  /** Stores the contract under its own id, one revision on; resolves to what was stored. */
  save(contract: LearningContract, options?: SaveOptions): Promise<StorageResult<LearningContract>>;
  /** Every stored contract, in short. */
  list(): Promise<StorageResult<ContractSummary[]>>;
  /** Deletes the contract stored under `id`; `not-found` when there is none. */
  remove(id: string): Promise<StorageResult<void>>;
  /**
   * Calls `listener` when the contract under `id` is saved or removed
   * elsewhere (another tab, another person), with its new
   * revision (null when removed). Returns a function that stops it.
   */
  subscribe?(id: string, listener: (revision: number | null) => void): () => void;
  /**
   * For a keeper that knows who is signed in (a server): who they are on the
   * contract, after it was loaded or saved. A contract it returns is then
   * that person's view, with blanks where they see nothing.
   */
  membership?(id: string): Membership | undefined;
  /**
   * For a keeper that enforces the process itself: runs an action (accept,
   * approve, move on, confirm an amendment) there, recording who and when by
   * its own login and clock. Resolves to the contract after it.
   */
  act?(id: string, action: Action, options: ActOptions): Promise<StorageResult<LearningContract>>;
}

/**
 * The revision check every adapter makes before writing: refused with the
 * stored copy when the writer expected another revision.
 */
export function checkRevision(
  stored: LearningContract | null,
  options: SaveOptions,
): StorageResult<number> {
  const storedRevision = stored?.revision ?? 0;
  if (options.expectedRevision !== undefined && options.expectedRevision !== storedRevision) {
    return {
      ok: false,
      error: stored ? { code: 'conflict', current: stored } : { code: 'conflict' },
    };
  }
  return { ok: true, value: storedRevision + 1 };
}
