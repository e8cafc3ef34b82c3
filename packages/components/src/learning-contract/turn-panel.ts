import {
  canEdit,
  editWithdrawsSignatures,
  parsePerspective,
  whoseTurn,
  type ContractRules,
  type Issue,
  type LearningContract,
  signatureOf,
  type Need,
  type Perspective,
  type SectionSpec,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import { namesJoined } from '../i18n/names-joined.js';
import { capitalised, namesOf, type Names, type Reader } from '../i18n/party-names.js';
import { dateFormat, dayText } from '../i18n/formats.js';
import type { Locale } from '../i18n/locales.js';
import { personName } from '../i18n/party-names.js';
import { waitingText, yoursText } from '../i18n/turn-texts.js';
import { fieldName } from '../shared/field-names.js';

/**
 * The top of the contract: what is this person's to do now, and whom the
 * contract waits for otherwise, from core's `whoseTurn` (the list of
 * contracts and the server's notifications ask the same function).
 */
export function renderTurnPanel(
  contract: LearningContract,
  perspective: Perspective,
  rules: ContractRules | undefined,
  sections: readonly SectionSpec[],
  locale: Locale,
) {
  if (contract.process.state === 'completed') return nothing;
  const { yours, waitingFor } = whoseTurn(contract, perspective, rules);
  const names = namesOf(contract);
  // Missing answers come grouped by who may write them: one line says it once.
  const unique = (lines: string[]) => [...new Set(lines)];
  const leader = leaderText(contract, perspective, yours, sections, locale);
  // The line about the leader names what the line of fields would: it is said once.
  const asked = ({ path }: Issue) => !(leader && path[0] === 'leaders' && path[1] === leader.party);
  const rest = yours
    .map((need) => (need.issues ? { ...need, issues: need.issues.filter(asked) } : need))
    .filter((need) => !(leader && need.need === 'fill-in' && !need.issues?.length));
  const missing = missingFieldsText(rest, sections, locale, { perspective, names });
  const mine = unique([
    ...(leader ? [leader.text] : []),
    ...rest.map(
      (need) =>
        presetGoalsText(need, names) ??
        (need.need === 'fill-in' ? missing : undefined) ??
        yoursText(need, locale),
    ),
  ]);
  const others = unique(waitingFor.map((need) => waitingText(need, names, locale)));
  // Learning is what the parties do while it runs; it is not a task that waits for them.
  const learning = yours.some(({ need }) => need === 'learn');
  const toDo = yours.length > (learning ? 1 : 0);
  return html`<section class="turn" part="turn" aria-labelledby="turn-title">
    <h3 id="turn-title">
      ${
        toDo
          ? msg('Your turn', {
              id: 'turn.title.yours',
              desc: 'Heading: this person has something to do',
            })
          : learning
            ? msg('The learning is under way', {
                id: 'turn.title.learning',
                desc: 'Heading, to a party while the learning runs and nothing else waits for them',
              })
            : msg('Nothing is waiting for you', {
                id: 'turn.title.others',
                desc: 'Heading: this person has nothing to do now; what the contract waits for follows',
              })
      }
    </h3>
    <ul>
      ${mine.map((line) => html`<li class="yours">${line}</li>`)}
      ${learning ? renderLearningNow(contract, locale) : nothing}
      ${others.map((line) => html`<li>${line}</li>`)}
      ${perspective === 'supervisor' ? renderSupervisorsPart(contract, rules) : nothing}
      ${renderClosingConfirmed(contract, locale)}
    </ul>
    ${renderSignedWarning(contract, perspective)}
    ${renderWithdrawn(contract, perspective, sections, locale)}
  </section>`;
}

/**
 * While the learning runs, what it is for now: the logbook, and the next
 * meeting in the plan (from today on), where there is one.
 */
function renderLearningNow(contract: LearningContract, locale: Locale) {
  const today = new Date().toISOString().slice(0, 10);
  const next = contract.plan.schedule
    .filter(({ date }) => date >= today)
    .sort((x, y) => x.date.localeCompare(y.date))[0];
  return html`<li>
      ${msg('Write in the logbook what you do and learn as you go.', {
        id: 'turn.learning.logbook',
        desc: 'To a party while the learning runs',
      })}
    </li>
    ${
      next
        ? html`<li>
            ${msg(str`Next meeting: ${dayText(next.date, locale)}`, {
              id: 'turn.learning.nextMeeting',
              desc: 'While the learning runs: the day of the next meeting in the plan; its topic may follow',
            })}${next.topic.trim() ? ` – ${next.topic}` : ''}
          </li>`
        : nothing
    }`;
}

/**
 * The supervisor's part: their input in the logbook while the pair learn and
 * evaluate, and word that the partners' answer about the supervision is there
 * (the method: the partners tell the supervisor).
 */
function renderSupervisorsPart(contract: LearningContract, rules: ContractRules | undefined) {
  const names = namesOf(contract);
  const pair = namesJoined([personName('party-a', names), personName('party-b', names)], 'and');
  const mayWrite = canEdit(contract, 'supervisor', ['plan', 'logbook'], rules?.customOwners);
  const answered = contract.jointEvaluation.supervisorUse.text.trim() !== '';
  return html`${
    mayWrite
      ? html`<li>
          ${msg(
            'You can give them your support, guidance and input in the logbook, which both read.',
            {
              id: 'turn.supervisor.logbook',
              desc: 'To the supervisor while the pair learn or evaluate',
            },
          )}
        </li>`
      : nothing
  }
  ${
    answered
      ? html`<li class="yours">
          ${msg(
            str`${capitalised(pair)} have answered how they used you as their supervisor: read it under the joint evaluation.`,
            {
              id: 'turn.supervisor.answered',
              desc: 'To the supervisor once the partners answered the question about the supervision; the two names come first',
            },
          )}
        </li>`
      : nothing
  }`;
}

/** In the closing: each leader's confirmation that the conversation was held, once given. */
function renderClosingConfirmed(contract: LearningContract, locale: Locale) {
  const names = namesOf(contract);
  return (['a', 'b'] as const).map((party) => {
    const confirmed = contract.approvals.closing[party];
    if (!confirmed) return nothing;
    const day = dateFormat(locale, { dateStyle: 'long' }).format(new Date(confirmed.at));
    const employee = personName(`party-${party}`, names);
    const leader = personName(`leader-${party}`, names);
    return html`<li>
      ${msg(str`The closing conversation with ${employee} was confirmed by ${leader} on ${day}.`, {
        id: 'turn.closing.confirmed',
        desc: 'In the closing: a leader confirmed the conversation with their employee (the employee, then the leader by name or as “the leader of Mette Larsen”, the day)',
      })}
    </li>`;
  });
}

/**
 * To a party, where core asks them for their own leader's name or email
 * (`whoseTurn`, until the leader has approved: a contract started on the
 * partner board has neither): which of the two, where, and why, instead of
 * "fill in what is missing". `party` is whose leader it is.
 */
function leaderText(
  contract: LearningContract,
  perspective: Perspective,
  yours: readonly Need[],
  sections: readonly SectionSpec[],
  locale: Locale,
): { party: 'a' | 'b'; text: string } | undefined {
  const { role, party } = parsePerspective(perspective);
  if (role !== 'party' || !party) return undefined;
  const missing = yours
    .filter(({ need }) => need === 'fill-in')
    .flatMap(({ issues }) => issues ?? [])
    .filter(({ path }) => path[0] === 'leaders' && path[1] === party)
    .map(({ path }) => path[2]);
  const noName = missing.includes('name');
  const noEmail = missing.includes('email');
  // The leaders' section as the reader sees it named (an organisation may rename it).
  const where = fieldName(sections, ['leaders'], locale, { perspective, names: namesOf(contract) });
  if ((!noName && !noEmail) || !where) return undefined;
  const text =
    noName && noEmail
      ? msg(
          str`Write your leader’s name and email under “${where}”, so that your leader can open the contract and approve it`,
          {
            id: 'turn.yours.leader',
            desc: 'To a party whose leader’s name and email are missing (a contract started on the partner board has none); the section’s heading follows “under”',
          },
        )
      : noName
        ? msg(
            str`Write your leader’s name under “${where}”, so that your leader can approve the contract`,
            {
              id: 'turn.yours.leaderName',
              desc: 'To a party whose leader’s name is missing; the section’s heading follows “under”',
            },
          )
        : msg(
            str`Write your leader’s email under “${where}”, so that your leader can open the contract and approve it`,
            {
              id: 'turn.yours.leaderEmail',
              desc: 'To a party whose leader’s email is missing (the leader signs in with it and is told by it); the section’s heading follows “under”',
            },
          );
  return { party, text };
}

/**
 * What this person is to fill in, by the fields' names as the form labels them
 * ("Date of the conversation (Mette Larsen)"): every field of theirs, in one
 * line. Undefined where no field has a name (the general line says it then).
 */
function missingFieldsText(
  yours: readonly Need[],
  sections: readonly SectionSpec[],
  locale: Locale,
  reader: Reader,
): string | undefined {
  const fields = yours
    .filter((need) => need.need === 'fill-in')
    .flatMap((need) => need.issues ?? [])
    // Goals a leader sets for their employee have a line of their own (presetGoalsText).
    .filter((issue) => issue.code !== 'preset-goal-missing')
    .map((issue) => fieldName(sections, issue.path, locale, reader))
    .filter((name): name is string => !!name);
  if (fields.length === 0) return undefined;
  const named = namesJoined([...new Set(fields)], 'and');
  return msg(str`You need to fill in: ${named}`, {
    id: 'turn.yours.fields',
    desc: 'Whose turn: the fields this person is to fill in, by their labels, joined by “and”',
  });
}

/** Run formally, step 1 is a leader's: set the goals for their employee, then hand the contract on. */
function presetGoalsText(need: Need, names: Names): string | undefined {
  const party = need.issues?.[0]?.params?.['party'];
  if (need.need !== 'fill-in' || !need.issues?.every((i) => i.code === 'preset-goal-missing')) {
    return undefined;
  }
  const name = personName(party === 'b' ? 'party-b' : 'party-a', names);
  return msg(str`Set at least one goal for ${name}, then hand the contract on to the parties`, {
    id: 'turn.yours.presetGoals',
    desc: 'Formal mode, step 1: the leader sets goals for their employee (by name, or Part A)',
  });
}

/**
 * Said afterwards, to each person whose signature a change withdrew and who
 * has not signed again: who changed what, and when (core records it).
 */
function renderWithdrawn(
  contract: LearningContract,
  perspective: Perspective,
  sections: readonly SectionSpec[],
  locale: Locale,
) {
  const withdrawn = contract.process.withdrawn;
  if (
    !withdrawn ||
    contract.process.state !== 'agreement' ||
    withdrawn.by === perspective ||
    !withdrawn.from.includes(perspective) ||
    signatureOf(contract, perspective) !== null
  ) {
    return nothing;
  }
  const path = withdrawn.path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const names = namesOf(contract);
  const field = fieldName(sections, path, locale, { perspective, names }) ?? withdrawn.path;
  const who = capitalised(personName(withdrawn.by, names));
  const day = dateFormat(locale, { dateStyle: 'long' }).format(new Date(withdrawn.at));
  return html`<p class="withdrawn">
    ${
      parsePerspective(perspective).role === 'leader'
        ? msg(
            str`${who} changed “${field}” on ${day}, so your approval was withdrawn. Read the change, and approve again.`,
            {
              id: 'turn.withdrawnApproval',
              desc: 'To a leader whose approval a change withdrew: who changed which field, and when',
            },
          )
        : msg(
            str`${who} changed “${field}” on ${day}, so your acceptance was withdrawn. Read the change, and accept again.`,
            {
              id: 'turn.withdrawn',
              desc: 'To a party whose acceptance a change withdrew: who changed which field, and when',
            },
          )
    }
  </p>`;
}

/**
 * Said before an edit, not after: while the agreement is being signed, a
 * change to what was agreed withdraws every signature (core's applyEdit).
 * The reader's own signature is said to them ("Du har allerede …"), the
 * others' by name, and who must sign again in the right person and number.
 */
function renderSignedWarning(contract: LearningContract, perspective: Perspective) {
  if (!editWithdrawsSignatures(contract) || perspective === 'supervisor') return nothing;
  const names = namesOf(contract);
  const { parties, leaders } = contract.approvals;
  const signed = [
    ...(['a', 'b'] as const).filter((party) => parties[party]).map((party) => `party-${party}`),
    ...(['a', 'b'] as const).filter((party) => leaders[party]).map((party) => `leader-${party}`),
  ] as Perspective[];
  if (signed.length === 0) return nothing;
  const others = signed.filter((who) => who !== perspective);
  const theirNames = others.map((who) => personName(who, names));
  const who = capitalised(namesJoined(theirNames, 'and'));
  const yours = others.length < signed.length;
  const approves = (who: Perspective) => parsePerspective(who).role === 'leader';
  let text: string;
  if (others.length === 0) {
    text = approves(perspective)
      ? msg(
          'You have already approved the agreement. If you change it now, you must approve it again.',
          {
            id: 'signed.you.approved',
            desc: 'To a leader who has approved the agreement, before they change it: a change withdraws their approval',
          },
        )
      : msg(
          'You have already accepted the agreement. If you change it now, you must accept it again.',
          {
            id: 'signed.you.accepted',
            desc: 'To a party who has accepted the agreement, before they change it: a change withdraws their acceptance',
          },
        );
  } else if (yours) {
    const all = capitalised(
      namesJoined(
        [
          msg('you', {
            id: 'signed.you',
            desc: 'The reader, first in a list of names (“you and Jonas Holm”)',
          }),
          ...theirNames,
        ],
        'and',
      ),
    );
    text = msg(
      str`${all} have already accepted or approved the agreement. If you change it now, you must all accept or approve it again.`,
      {
        id: 'signed.withYou',
        desc: 'While the agreement is being signed: the reader (“You”) and the others who accepted or approved (by name), and that a change withdraws it from all of them (Danish: I)',
      },
    );
  } else if (others.length === 1) {
    text = approves(others[0]!)
      ? msg(
          str`${who} has already approved the agreement. If you change it now, ${theirNames[0]} must approve it again.`,
          {
            id: 'signed.one.approved',
            desc: 'While the agreement is being signed: one leader (by name) has approved, and a change withdraws it',
          },
        )
      : msg(
          str`${who} has already accepted the agreement. If you change it now, ${theirNames[0]} must accept it again.`,
          {
            id: 'signed.one.accepted',
            desc: 'While the agreement is being signed: one party (by name) has accepted, and a change withdraws it',
          },
        );
  } else {
    text = msg(
      str`${who} have already accepted or approved the agreement. If you change it now, they must accept or approve it again.`,
      {
        id: 'signed.others',
        desc: 'While the agreement is being signed: two or more others (by name) have accepted or approved, and a change withdraws it from them (Danish: de)',
      },
    );
  }
  return html`<p class="warning">${text}</p>`;
}
