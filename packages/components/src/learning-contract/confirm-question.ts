import {
  otherParty,
  parsePerspective,
  type Action,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { html } from 'lit';
import { dayText } from '../i18n/formats.js';
import type { Locale } from '../i18n/locales.js';
import { msg, str } from '../i18n/msg.js';
import { capitalised, namesOf, personName } from '../i18n/party-names.js';
import { actionLabel } from './action-labels.js';

/** The question and what follows from yes, in plain words. */
function question(
  action: Action,
  contract: LearningContract,
  perspective: Perspective,
  locale: Locale,
): [string, string] {
  const written = namesOf(contract);
  const names = { a: personName('party-a', written), b: personName('party-b', written) };
  const { party } = parsePerspective(perspective);
  const other = names[otherParty(party ?? 'a')];
  const end = dayText(contract.plan.timeFrame.end, locale);
  if (action === 'end-early') {
    return contract.process.endEarly
      ? [
          msg(str`End the learning now, before ${end}?`, {
            id: 'confirm.endEarly.agree',
            desc: 'Question before a party agrees to end the learning early; the agreed last day follows',
          }),
          msg(
            str`${capitalised(other)} has asked to. The learning ends for you both, and you cannot go back to it: next you evaluate it together.`,
            {
              id: 'confirm.endEarly.agreeText',
              desc: 'What follows when a party agrees to end the learning early; the other party’s name comes first',
            },
          ),
        ]
      : [
          msg(str`Ask ${other} to end the learning early?`, {
            id: 'confirm.endEarly.ask',
            desc: 'Question before a party asks the other to end the learning early; the other party’s name follows',
          }),
          msg(
            str`You agreed that the learning runs until ${end}. It ends before then only if ${other} agrees too.`,
            {
              id: 'confirm.endEarly.askText',
              desc: 'What follows when a party asks to end the learning early',
            },
          ),
        ];
  }
  if (action === 'confirm-closing') {
    const employee = names[party ?? 'a'];
    const held = contract.leaderEvaluations[party ?? 'a'].conversation.date;
    const othersConfirmed = contract.approvals.closing[otherParty(party ?? 'a')] !== null;
    const otherLeader = personName(`leader-${otherParty(party ?? 'a')}`, written);
    return [
      msg(
        str`Confirm that you held the closing conversation with ${employee} on ${dayText(held, locale)}?`,
        {
          id: 'confirm.closing',
          desc: 'Question before a leader confirms the closing conversation; the employee’s name and the day follow',
        },
      ),
      `${msg(str`Your evaluation with ${employee} cannot be changed afterwards.`, {
        id: 'confirm.closingText',
        desc: 'What follows when a leader confirms the closing conversation',
      })} ${
        othersConfirmed
          ? msg('The learning contract is then completed.', {
              id: 'confirm.closingCompletes',
              desc: 'Said when the other leader has confirmed already: this confirmation completes the contract',
            })
          : msg(str`The contract is completed once ${otherLeader} has confirmed too.`, {
              id: 'confirm.closingWaits',
              desc: 'Said when the other leader has not confirmed yet',
            })
      }`,
    ];
  }
  return contract.process.state === 'learning'
    ? [
        msg('End the learning and evaluate it together now?', {
          id: 'confirm.toEvaluation',
          desc: 'Question before a party ends the learning on or after its end date',
        }),
        msg('The learning ends for you both, and you cannot go back to it.', {
          id: 'confirm.toEvaluationText',
          desc: 'What follows when the learning ends',
        }),
      ]
    : [
        msg('Move on to the closing conversation?', {
          id: 'confirm.toClosing',
          desc: 'Question before the partners leave their joint evaluation',
        }),
        msg(
          'Your joint evaluation cannot be changed afterwards. Then each of you evaluates the learning with your own leader.',
          {
            id: 'confirm.toClosingText',
            desc: 'What follows when the partners leave their joint evaluation',
          },
        ),
      ];
}

/**
 * Asked before a step that cannot be undone: the question, what follows, the
 * action's own button to take it, and a button to leave it for now.
 */
export function renderQuestion(
  action: Action,
  contract: LearningContract,
  perspective: Perspective,
  locale: Locale,
) {
  const [asked, follows] = question(action, contract, perspective, locale);
  return html`<div class="confirm" role="group" aria-labelledby="confirm-question">
    <p id="confirm-question" class="question" tabindex="-1">${asked}</p>
    <p>${follows}</p>
    <button type="button" data-action=${action} data-confirmed>
      ${actionLabel(action, contract)}
    </button>
    <button type="button" class="secondary" data-action="cancel">
      ${msg('Not now', { id: 'confirm.cancel', desc: 'Button: do not take the step asked about' })}
    </button>
  </div>`;
}
