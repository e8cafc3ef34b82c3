import {
  parsePerspective,
  signatureOf,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { dateFormat } from '../i18n/formats.js';
import { msg, str } from '../i18n/msg.js';

/**
 * What this person has signed, with the date, and a leader's comment: said
 * instead of offering the button again.
 */
export function renderSigned(contract: LearningContract, perspective: Perspective, locale: string) {
  const signed = signatureOf(contract, perspective);
  if (!signed) return nothing;
  const date = (at: string) => dateFormat(locale, { dateStyle: 'long' }).format(new Date(at));
  if (parsePerspective(perspective).role === 'party') {
    return html`<p class="signed">
      ${msg(str`You accepted the contract on ${date(signed.at)}.`, {
        id: 'signed.accepted',
        desc: 'A party sees their own acceptance, with the date',
      })}
    </p>`;
  }
  return html`<p class="signed">
      ${msg(str`You approved the contract on ${date(signed.at)}.`, {
        id: 'signed.approved',
        desc: 'A leader sees their own approval, with the date',
      })}
    </p>
    ${
      signed.comment
        ? html`<p class="signed">
            ${msg(str`Your comment: ${signed.comment}`, {
              id: 'signed.comment',
              desc: 'The comment the leader gave with the approval',
            })}
          </p>`
        : nothing
    }`;
}
