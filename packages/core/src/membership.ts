import { PARTIES, type Perspective } from './constants.js';
import type { FieldPath } from './paths.js';
import type { LearningContract } from './schema/contract-schema.js';

/** Emails are compared as people type them into a login: case and surrounding spaces do not count. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** The email each perspective signs in with, as the contract holds it ('' where none is set). */
export function emailOf(contract: LearningContract, perspective: Perspective): string {
  switch (perspective) {
    case 'party-a':
      return contract.parties.a.email;
    case 'party-b':
      return contract.parties.b.email;
    case 'leader-a':
      return contract.leaders.a.email;
    case 'leader-b':
      return contract.leaders.b.email;
    case 'supervisor':
      // A supervisor the parties decided against has no access, whatever email is left in the field.
      return contract.supervisor.decision === 'assigned' ? contract.supervisor.email : '';
  }
}

const ORDER: readonly Perspective[] = [
  ...PARTIES.map((party) => `party-${party}` as const),
  ...PARTIES.map((party) => `leader-${party}` as const),
  'supervisor',
];

/**
 * Who the person signed in as `email` is on this contract: every perspective
 * whose email in the contract is theirs. One person may hold two (one leader
 * for both parties); none means they are not a member and see nothing.
 */
export function perspectivesOf(contract: LearningContract, email: string): Perspective[] {
  const wanted = normaliseEmail(email);
  if (!wanted) return [];
  return ORDER.filter((perspective) => normaliseEmail(emailOf(contract, perspective)) === wanted);
}

/** Whether `path` is one of the emails that say who is who. */
export function isEmailPath(path: FieldPath): boolean {
  const [section, key, field] = path;
  if (section === 'supervisor') return path.length === 2 && key === 'email';
  return path.length === 3 && (section === 'parties' || section === 'leaders') && field === 'email';
}

/** Every distinct email that gives access to the contract, normalised. */
export function memberEmails(contract: LearningContract): string[] {
  return [...new Set(ORDER.map((p) => normaliseEmail(emailOf(contract, p))).filter(Boolean))];
}
