// Naming a place in a contract the way a person would say it in a sentence
// about a change: "sit navn", "dit mål nr. 2", "formålet", "5 felter i Plan
// og aktiviteter". Only the part that shows colleagues' changes needs it, so it
// is a module of its own (loaded with that part), not in field-labels.ts.
import { builtInSectionOf, type FieldPath, type Perspective } from '@kollegalaering/core';
import { labelFor } from './field-labels.js';
import { msg, str } from './msg.js';
import { namesJoined } from './names-joined.js';
import { personName, type Names } from './party-names.js';

/** Who a sentence about a change speaks of and to. */
export interface Telling {
  /** Who made the change (the reader, for their own); undefined when it cannot be told. */
  writer: Perspective | undefined;
  reader: Perspective;
  /** The names written in the contract now. */
  names: Names;
}

/** More places than this in one sentence are counted instead of named. */
const MOST_NAMED = 3;

/**
 * Something that belongs to a person, said from where the sentence stands:
 * the reader's ("dit navn"), the writer's own ("sit navn"), or another's by
 * name ("navnet på Mette Larsen").
 */
function owned(
  owner: Perspective,
  { writer, reader, names }: Telling,
  forms: { yours: () => string; own: () => string; of: (who: string) => string },
): string {
  if (owner === reader) return forms.yours();
  if (owner === writer) return forms.own();
  return forms.of(personName(owner, names));
}

const nameOf = (owner: Perspective, telling: Telling) =>
  owned(owner, telling, {
    yours: () => msg('your name', { id: 'place.name.yours', desc: 'In “… changed your name”' }),
    own: () =>
      msg('their name', {
        id: 'place.name.own',
        desc: 'In “Jonas Holm changed their name” (his or her own name; Danish: sit navn)',
      }),
    of: (who) =>
      msg(str`the name of ${who}`, {
        id: 'place.name.of',
        desc: 'In “Jonas Holm changed the name of Mette Larsen”; a person’s name or role',
      }),
  });

const detailsOf = (owner: Perspective, telling: Telling) =>
  owned(owner, telling, {
    yours: () =>
      msg('your details', {
        id: 'place.details.yours',
        desc: 'In “… changed your details” (department, job title, email)',
      }),
    own: () =>
      msg('their details', {
        id: 'place.details.own',
        desc: 'In “Jonas Holm changed their details” (his or her own; Danish: sine oplysninger)',
      }),
    of: (who) =>
      msg(str`the details of ${who}`, {
        id: 'place.details.of',
        desc: 'In “Jonas Holm changed the details of Mette Larsen” (department, job title, email); a name or role',
      }),
  });

const goalOf = (owner: Perspective, telling: Telling, n: number) =>
  owned(owner, telling, {
    yours: () =>
      msg(str`your goal ${n}`, { id: 'place.goal.yours', desc: 'In “… changed your goal 2”' }),
    own: () =>
      msg(str`their goal ${n}`, {
        id: 'place.goal.own',
        desc: 'In “Jonas Holm changed their goal 2” (his or her own; Danish: sit mål nr. 2)',
      }),
    of: (who) =>
      msg(str`goal ${n} of ${who}`, {
        id: 'place.goal.of',
        desc: 'In “Jonas Holm changed goal 2 of Mette Larsen”; the number, then a name or role',
      }),
  });

const goalsOf = (owner: Perspective, telling: Telling) =>
  owned(owner, telling, {
    yours: () => msg('your goals', { id: 'place.goals.yours', desc: 'In “… changed your goals”' }),
    own: () =>
      msg('their goals', {
        id: 'place.goals.own',
        desc: 'In “Jonas Holm changed their goals” (his or her own; Danish: sine mål)',
      }),
    of: (who) =>
      msg(str`the goals of ${who}`, {
        id: 'place.goals.of',
        desc: 'In “Jonas Holm changed the goals of Mette Larsen”; a name or role',
      }),
  });

const evaluationOf = (owner: Perspective, telling: Telling) =>
  owned(owner, telling, {
    yours: () =>
      msg('your closing evaluation', {
        id: 'place.evaluation.yours',
        desc: 'In “… changed your closing evaluation” (with the leader)',
      }),
    own: () =>
      msg('their closing evaluation', {
        id: 'place.evaluation.own',
        desc: 'In “Jonas Holm changed their closing evaluation” (his or her own, with the leader)',
      }),
    of: (who) =>
      msg(str`the closing evaluation of ${who}`, {
        id: 'place.evaluation.of',
        desc: 'In “Hanne Berg changed the closing evaluation of Jonas Holm”; a party’s name or role',
      }),
  });

/** A list item by its number, or the whole list. */
const item = (index: string | undefined, one: (n: number) => string, all: () => string) =>
  index !== undefined && /^\d+$/.test(index) ? one(Number(index) + 1) : all();

/** The answers of the joint evaluation, by what they are about. */
const ANSWERS: Record<string, () => string> = {
  goals: () =>
    msg('the answer about the goals', {
      id: 'place.answer.goals',
      desc: 'In “… changed the answer about the goals” (joint evaluation)',
    }),
  collaboration: () =>
    msg('the answer about working together', {
      id: 'place.answer.collaboration',
      desc: 'In “… changed the answer about working together” (joint evaluation)',
    }),
  supervisorUse: () =>
    msg('the answer about the supervisor', {
      id: 'place.answer.supervisorUse',
      desc: 'In “… changed the answer about the supervisor” (joint evaluation)',
    }),
  nextTime: () =>
    msg('the answer about next time', {
      id: 'place.answer.nextTime',
      desc: 'In “… changed the answer about next time” (joint evaluation)',
    }),
  keepingKnowledge: () =>
    msg('the answer about keeping the new knowledge alive', {
      id: 'place.answer.keepingKnowledge',
      desc: 'In “… changed the answer about keeping the new knowledge alive” (joint evaluation)',
    }),
};

function inPlan(part: string | undefined, index: string | undefined): string {
  switch (part) {
    case 'approach':
      return msg('the plan for learning from each other', {
        id: 'place.approach',
        desc: 'In “… changed the plan for learning from each other”',
      });
    case 'activities':
      return item(
        index,
        (n) => msg(str`activity ${n}`, { id: 'place.activity', desc: 'In “… changed activity 2”' }),
        () =>
          msg('the activities', { id: 'place.activities', desc: 'In “… changed the activities”' }),
      );
    case 'schedule':
      return item(
        index,
        (n) => msg(str`meeting ${n}`, { id: 'place.meeting', desc: 'In “… changed meeting 2”' }),
        () => msg('the meetings', { id: 'place.meetings', desc: 'In “… changed the meetings”' }),
      );
    case 'logbook':
      return item(
        index,
        (n) =>
          msg(str`logbook entry ${n}`, {
            id: 'place.logEntry',
            desc: 'In “… changed logbook entry 2”',
          }),
        () => msg('the logbook', { id: 'place.logbook', desc: 'In “… changed the logbook”' }),
      );
    default:
      return msg('the time frame', {
        id: 'place.timeFrame',
        desc: 'In “… changed the time frame”',
      });
  }
}

/**
 * A place in a contract as a sentence about a change names it: the field, or
 * the list item or person it belongs to. Never a chain of sections or an
 * internal number.
 */
export function placeOf(path: FieldPath, telling: Telling): string {
  const [top, second, third] = path.map(String);
  const side = second === 'b' ? 'b' : 'a';
  const person: Perspective | undefined =
    top === 'parties'
      ? `party-${side}`
      : top === 'leaders'
        ? `leader-${side}`
        : top === 'supervisor'
          ? 'supervisor'
          : undefined;
  if (person) {
    const field = top === 'supervisor' ? second : third;
    return field === 'name' ? nameOf(person, telling) : detailsOf(person, telling);
  }
  switch (top) {
    case 'purpose':
      return msg('the purpose', { id: 'place.purpose', desc: 'In “… changed the purpose”' });
    case 'settings':
      return msg('the theme from the competence plan', {
        id: 'place.theme',
        desc: 'In “… changed the theme from the competence plan” (formal mode)',
      });
    case 'goals':
      return item(
        third,
        (n) => goalOf(`party-${side}`, telling, n),
        () => goalsOf(`party-${side}`, telling),
      );
    case 'plan':
      return inPlan(second, third);
    case 'jointEvaluation':
      return (
        ANSWERS[second ?? '']?.() ??
        msg('the joint evaluation', {
          id: 'place.jointEvaluation',
          desc: 'In “… changed the joint evaluation”',
        })
      );
    case 'leaderEvaluations':
      return evaluationOf(`party-${side}`, telling);
    case 'privateNotes':
      return msg('your notes', { id: 'place.notes', desc: 'In “… changed your notes” (private)' });
    default:
      return msg('a field of the organisation’s own', {
        id: 'place.custom',
        desc: 'In “… changed a field of the organisation’s own” (a field the organisation added)',
      });
  }
}

/**
 * The places a change touched, as a sentence says them: each once, joined
 * with "and" ("sit navn og formålet"); more than three places are not named
 * but their fields counted, in the one section they are in ("5 felter i Plan
 * og aktiviteter") or in how many.
 */
export function placesInWords(paths: readonly FieldPath[], telling: Telling): string {
  const places = [...new Set(paths.map((path) => placeOf(path, telling)))];
  if (places.length <= MOST_NAMED) return namesJoined(places, 'and');
  const sections = new Set(paths.map((path) => builtInSectionOf(path) ?? String(path[0])));
  const count = paths.length;
  const [only] = sections;
  return sections.size === 1 && builtInSectionOf(paths[0]!)
    ? msg(
        str`${count} fields in ${labelFor(`section.${only}`, { perspective: telling.reader, names: telling.names })}`,
        {
          id: 'place.fieldsIn',
          desc: 'In “… changed 5 fields in Plan and activities”: a count, then a section heading',
        },
      )
    : msg(str`${count} fields in ${sections.size} sections`, {
        id: 'place.fieldsInSections',
        desc: 'In “… changed 7 fields in 3 sections”',
      });
}
