import { parsePerspective, type LearningContract, type Perspective } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { dateFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';

/**
 * What this person has signed, with the date, and a leader's comment: said
 * instead of offering the button again.
 */
export function renderSigned(contract: LearningContract, perspective: Perspective, locale: string) {
  const { role, party } = parsePerspective(perspective);
  if (!party || role === 'supervisor') return nothing;
  const date = (at: string) => dateFormat(locale, { dateStyle: 'long' }).format(new Date(at));
  if (role === 'party') {
    const accepted = contract.approvals.parties[party];
    if (!accepted) return nothing;
    return html`<p class="signed">
      ${msg(str`You accepted the contract on ${date(accepted.at)}.`, {
        id: 'signed.accepted',
        desc: 'A party sees their own acceptance, with the date',
      })}
    </p>`;
  }
  const approved = contract.approvals.leaders[party];
  if (!approved) return nothing;
  return html`<p class="signed">
      ${msg(str`You approved the contract on ${date(approved.at)}.`, {
        id: 'signed.approved',
        desc: 'A leader sees their own approval, with the date',
      })}
    </p>
    ${
      approved.comment
        ? html`<p class="signed">
            ${msg(str`Your comment: ${approved.comment}`, {
              id: 'signed.comment',
              desc: 'The comment the leader gave with the approval',
            })}
          </p>`
        : nothing
    }`;
}
