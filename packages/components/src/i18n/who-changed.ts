import {
  canEdit,
  PERSPECTIVES,
  type ContractRules,
  type FieldPath,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { msg } from './msg.js';
import { namesOf, personName } from './party-names.js';
import { placesInWords, type Telling } from './place-names.js';

/** Parts that follow from actions and bookkeeping, not from what someone wrote. */
const NOT_WRITTEN = new Set([
  'approvals',
  'process',
  'amendments',
  'revision',
  'updatedAt',
  'retainUntil',
]);

/** The paths of a change that someone wrote. */
export const writtenPaths = (paths: readonly FieldPath[]) =>
  paths.filter((path) => !NOT_WRITTEN.has(String(path[0])));

/**
 * Who made a change: the one other person the rules let write every field
 * it touched (in `before`, the version they wrote on); 'colleague' when
 * more than one could have; undefined when only the reader could have (their
 * own change, in another window).
 */
export function writerOf(
  before: LearningContract,
  paths: readonly FieldPath[],
  reader: Perspective,
  rules: ContractRules | undefined,
): Perspective | 'colleague' | undefined {
  const written = writtenPaths(paths);
  const writers = PERSPECTIVES.filter(
    (perspective) =>
      written.length > 0 &&
      written.every((path) => canEdit(before, perspective, path, rules?.customOwners)),
  );
  const others = writers.filter((perspective) => perspective !== reader);
  if (others.length === 1) return others[0];
  if (others.length === 0 && writers.length === 1) return undefined;
  return 'colleague';
}

/**
 * Who made a change, in words inside a sentence: by the name written in
 * `now` (the contract as it is), or the role until one is; "a colleague" when
 * it cannot be told. Capitalise it at the start of a sentence.
 */
export const writerName = (writer: Perspective | 'colleague', now: LearningContract) =>
  writer === 'colleague'
    ? msg('a colleague', {
        id: 'news.colleague',
        desc: 'Who changed the contract, when it cannot be told; used inside a sentence (“Keep the text from a colleague”)',
      })
    : personName(writer, namesOf(now));

/** Who a sentence about a change by `writer` speaks of and to, with the names in `now`. */
export const telling = (
  writer: Perspective | 'colleague' | undefined,
  reader: Perspective,
  now: LearningContract,
): Telling => ({
  writer: writer === 'colleague' ? undefined : (writer ?? reader),
  reader,
  names: namesOf(now),
});

/** "sit navn og formålet": the places someone wrote in, as a sentence says them. */
export const placesChanged = (paths: readonly FieldPath[], told: Telling) =>
  placesInWords(writtenPaths(paths), told);
