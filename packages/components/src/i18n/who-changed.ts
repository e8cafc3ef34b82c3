import {
  canEdit,
  PERSPECTIVES,
  type ContractRules,
  type FieldPath,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { labelForPath } from './path-labels.js';
import { msg } from './msg.js';
import { namesJoined } from './names-joined.js';
import { personName } from './party-names.js';

/** A person by the name the contract gives them: a leader's own name once it is written. */
export function nameOf(perspective: Perspective, contract: LearningContract): string {
  const names = { a: contract.parties.a.name, b: contract.parties.b.name };
  const leader = perspective === 'leader-a' ? 'a' : perspective === 'leader-b' ? 'b' : undefined;
  const own = leader && contract.leaders[leader].name.trim();
  return own || personName(perspective, names);
}

/** Parts that follow from actions and bookkeeping, not from what someone wrote. */
const NOT_WRITTEN = new Set([
  'approvals',
  'process',
  'amendments',
  'revision',
  'updatedAt',
  'retainUntil',
]);

/** The fields a change touched, in words, each once. */
export function fieldsInWords(paths: readonly FieldPath[]): string[] {
  const written = paths.filter((path) => !NOT_WRITTEN.has(String(path[0])));
  return [...new Set(written.map((path) => labelForPath(path.slice(0, 4))))];
}

/**
 * Who made a change: the one other person the rules let write every field
 * it touched (in `before`, the version they wrote on); "a colleague" when
 * more than one could have; undefined when only the reader could have (their
 * own change, in another window).
 */
export function whoChanged(
  before: LearningContract,
  paths: readonly FieldPath[],
  reader: Perspective,
  rules: ContractRules | undefined,
): string | undefined {
  const written = paths.filter((path) => !NOT_WRITTEN.has(String(path[0])));
  const writers = PERSPECTIVES.filter(
    (perspective) =>
      written.length > 0 &&
      written.every((path) => canEdit(before, perspective, path, rules?.customOwners)),
  );
  const others = writers.filter((perspective) => perspective !== reader);
  if (others.length === 1) return nameOf(others[0]!, before);
  if (others.length === 0 && writers.length === 1) return undefined;
  return msg('A colleague', {
    id: 'news.colleague',
    desc: 'Who changed the contract, when it cannot be told',
  });
}

/** "Formål og Plan" */
export const fieldsJoined = (paths: readonly FieldPath[]) =>
  namesJoined(fieldsInWords(paths), 'and');
