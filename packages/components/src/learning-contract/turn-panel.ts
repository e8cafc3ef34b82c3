import {
  editWithdrawsSignatures,
  parsePerspective,
  whoseTurn,
  type ContractRules,
  type LearningContract,
  signatureOf,
  type Need,
  type Perspective,
  type SectionSpec,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import { namesJoined } from '../i18n/names-joined.js';
import { namesOf, roleNames } from '../i18n/party-names.js';
import { dateFormat } from '../i18n/formats.js';
import type { Locale } from '../i18n/locales.js';
import { personName, waitingText, yoursText } from '../i18n/turn-texts.js';
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
  const mine = unique(yours.map((need) => presetGoalsText(need, names) ?? yoursText(need)));
  const others = unique(waitingFor.map((need) => waitingText(need, names)));
  return html`<section class="turn" part="turn" aria-labelledby="turn-title">
    <h3 id="turn-title">
      ${
        mine.length > 0
          ? msg('Your turn', {
              id: 'turn.title.yours',
              desc: 'Heading: this person has something to do',
            })
          : msg('Waiting for others', {
              id: 'turn.title.others',
              desc: 'Heading: the contract waits for someone else',
            })
      }
    </h3>
    <ul>
      ${mine.map((line) => html`<li class="yours">${line}</li>`)}
      ${others.map((line) => html`<li>${line}</li>`)}
    </ul>
    ${renderSignedWarning(contract, perspective)}
    ${renderWithdrawn(contract, perspective, sections, locale)}
  </section>`;
}

/** Run formally, step 1 is a leader's: set the goals for their employee, then hand the contract on. */
function presetGoalsText(need: Need, names: { a: string; b: string }): string | undefined {
  const party = need.issues?.[0]?.params?.['party'];
  if (need.need !== 'fill-in' || !need.issues?.every((i) => i.code === 'preset-goal-missing')) {
    return undefined;
  }
  const name = (party === 'b' ? names.b : names.a).trim() || roleNames()[party === 'b' ? 'b' : 'a'];
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
  const field = fieldName(sections, path, locale) ?? withdrawn.path;
  const who = personName(withdrawn.by, namesOf(contract));
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
 */
function renderSignedWarning(contract: LearningContract, perspective: Perspective) {
  if (!editWithdrawsSignatures(contract) || perspective === 'supervisor') return nothing;
  const names = namesOf(contract);
  const { parties, leaders } = contract.approvals;
  const signed = [
    ...(['a', 'b'] as const)
      .filter((party) => parties[party])
      .map((party) => personName(`party-${party}`, names)),
    ...(['a', 'b'] as const)
      .filter((party) => leaders[party])
      .map((party) => personName(`leader-${party}`, names)),
  ];
  const who = namesJoined(signed, 'and');
  return html`<p class="warning">
    ${msg(
      str`Already accepted or approved by ${who}. If you change the agreement now, they must accept or approve it again.`,
      {
        id: 'turn.signedWarning',
        desc: 'While the agreement is accepted and approved: who has (by name), and that a change withdraws it',
      },
    )}
  </p>`;
}
