import { withAnswered } from './answered.js';
import { fail, issue, ok, type Result } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';

/** One step: turns a document of version N into one of version N + 1. Pure; never changes its input. */
export type MigrationStep = (document: Record<string, unknown>) => Record<string, unknown>;

type Json = Record<string, unknown>;
const record = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/**
 * Version 2 gives each leader and the supervisor an email, so that a server
 * can tell who signs in as whom. Version 1 had none: they start empty.
 */
const addLeaderAndSupervisorEmails: MigrationStep = (document) => {
  const leaders = record(document['leaders']);
  return {
    ...document,
    leaders: {
      ...leaders,
      a: { email: '', ...record(leaders['a']) },
      b: { email: '', ...record(leaders['b']) },
    },
    supervisor: { email: '', ...record(document['supervisor']) },
  };
};

/**
 * Version 3 gives the closing conversation with each leader its date and
 * participants, and says how the development plan was updated, beside the tick.
 */
const addClosingConversation: MigrationStep = (document) => {
  const evaluations = record(document['leaderEvaluations']);
  const withConversation = (evaluation: unknown) => ({
    conversation: { date: '', participants: '' },
    developmentPlan: '',
    ...record(evaluation),
  });
  return {
    ...document,
    leaderEvaluations: {
      ...evaluations,
      a: withConversation(evaluations['a']),
      b: withConversation(evaluations['b']),
    },
  };
};

/**
 * Version 4 completes a contract with each leader's confirmation that the
 * closing conversation was held (`approvals.closing`, none yet), and keeps
 * whether the parts some people cannot see are answered (`process.answered`,
 * worked out here as the built-in rules count; each write keeps it after).
 * Logbook entries may be the supervisor's, and a party may ask to end the
 * learning early: neither needs anything of a version 3 document.
 */
const addClosingConfirmations: MigrationStep = (document) => {
  const approvals = { closing: { a: null, b: null }, ...record(document['approvals']) };
  const migrated = { ...document, approvals };
  try {
    return withAnswered(migrated as unknown as LearningContract);
  } catch {
    // Not a contract in shape: parsing says why, after the steps.
    return migrated;
  }
};

/**
 * The steps from each version to the next, keyed by the version they start
 * from. A real document of each old version is kept in `fixtures/` and
 * migrated in the tests.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  1: addLeaderAndSupervisorEmails,
  2: addClosingConversation,
  3: addClosingConfirmations,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Runs the migration steps from the document's version up to `targetVersion`.
 * Refuses a document from a newer version (`newer-version`) and never changes
 * its input: it works on a copy.
 */
export function runMigrations(
  input: unknown,
  steps: Readonly<Record<number, MigrationStep>>,
  targetVersion: number,
): Result<{ document: Record<string, unknown>; fromVersion: number }> {
  if (!isRecord(input)) return fail([issue([], 'not-an-object')]);
  const fromVersion = input['schemaVersion'];
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    return fail([issue(['schemaVersion'], 'unknown-version')]);
  }
  if (fromVersion > targetVersion) {
    return fail([issue(['schemaVersion'], 'newer-version', { version: fromVersion })]);
  }
  let document: Record<string, unknown> = structuredClone(input);
  for (let version = fromVersion; version < targetVersion; version++) {
    const step = steps[version];
    if (!step) return fail([issue(['schemaVersion'], 'no-migration', { version })]);
    document = { ...step(document), schemaVersion: version + 1 };
  }
  return ok({ document, fromVersion });
}
