import {
  parsePerspective,
  summaryNames,
  type LearningContract,
  type Perspective,
  type SummaryNames,
} from '@kollegalaering/core';
import { labelFor } from './field-labels.js';
import { msg, str } from './msg.js';

/** The names written in a contract or a list's summary ('' where none is). */
export type Names = SummaryNames;

/** Who reads a text, and the names written in the contract: what a text that names people needs. */
export interface Reader {
  perspective: Perspective;
  names: Names;
}

/** The names of a contract's five people, as written. */
export const namesOf = (contract: LearningContract): Names => summaryNames(contract);

/** A party's leader, by the party's name, inside a sentence ("lederen for Mette Larsen"). */
export const leaderOf = (party: string) =>
  msg(str`the leader of ${party}`, {
    id: 'turn.leaderOf',
    desc: 'A party’s leader, by the party’s name (or Part A); used inside a sentence',
  });

/**
 * A person on a contract by their name, or by their role until one is
 * written: "Mette Larsen" or "part A", "Hanne Berg" or "lederen for Mette
 * Larsen", "Lone Dahl" or "supervisoren". Said inside a sentence; at the
 * start of one, `capitalised` it. The one way every text names someone.
 */
export function personName(perspective: Perspective, names: Names): string {
  const { role, party } = parsePerspective(perspective);
  const side = party ?? 'a';
  const written =
    role === 'leader'
      ? names.leaders?.[side]
      : role === 'supervisor'
        ? names.supervisor
        : names[side];
  if (written?.trim()) return written.trim();
  switch (role) {
    case 'party': {
      // "part A" inside a sentence, as "Du er part A" says it; "Part A" is a heading.
      const label = labelFor(`party.${side}`);
      return label.charAt(0).toLowerCase() + label.slice(1);
    }
    case 'leader':
      return leaderOf(personName(`party-${side}`, names));
    case 'supervisor':
      return msg('the supervisor', {
        id: 'turn.supervisor',
        desc: 'The supervisor (videnforvalter); used inside a sentence',
      });
  }
}

/** A text that starts a sentence with a name or a role: "Lederen for Mette Larsen godkendte …". */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
