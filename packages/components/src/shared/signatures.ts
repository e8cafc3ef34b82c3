import { canView, PARTIES, type LearningContract, type Perspective } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { dateFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';
import { capitalised, namesOf, personName } from '../i18n/party-names.js';
import {
  acceptedText,
  approvedText,
  notAcceptedText,
  notApprovedText,
  youNotAcceptedText,
  youNotApprovedText,
} from '../i18n/signature-texts.js';

/**
 * Every acceptance and approval as list items, by name, with the day and a
 * leader's comment for whoever may read it: on the page (the steps) and on
 * paper (the print view, which adds with `by` who signed in to give each,
 * where a server recorded an email). On the page (`toReader`) the reader's own
 * is said to them ("Du har ikke accepteret endnu"); on paper, by name.
 */
export function signatureItems(
  contract: LearningContract,
  perspective: Perspective,
  locale: string,
  by: (who: string | undefined, name: string) => unknown = () => nothing,
  toReader = false,
) {
  const names = namesOf(contract);
  const day = (at: string) => dateFormat(locale, { dateStyle: 'long' }).format(new Date(at));
  return PARTIES.map((party) => {
    const accepted = contract.approvals.parties[party];
    const approved = contract.approvals.leaders[party];
    const name = capitalised(personName(`party-${party}`, names));
    const leader = capitalised(personName(`leader-${party}`, names));
    const comment =
      approved?.comment && canView(perspective, ['approvals', 'leaders', party, 'comment'])
        ? approved.comment
        : '';
    return html`<li>
        ${
          accepted
            ? acceptedText(name, day(accepted.at))
            : toReader && perspective === `party-${party}`
              ? youNotAcceptedText()
              : notAcceptedText(name)
        }${by(accepted?.by, name)}
      </li>
      <li>
        ${
          approved
            ? approvedText(leader, day(approved.at))
            : toReader && perspective === `leader-${party}`
              ? youNotApprovedText()
              : notApprovedText(leader)
        }${by(approved?.by, leader)}
        ${
          comment
            ? html`<span class="comment"
                >${msg(str`Comment: “${comment}”`, { id: 'approval.comment', desc: 'A leader’s comment with their approval, under it on the page and on paper' })}</span
              >`
            : nothing
        }
      </li>`;
  });
}
