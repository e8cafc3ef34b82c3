import type { MailLanguage } from './messages.js';
import type { NoticeDetails } from './queue.js';

/** The partner board's messages: a proposal to the one asked, and its acceptance to the proposer. */
export const PARTNER_KINDS = ['partner-proposal', 'partner-accepted'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const isPartnerKind = (kind: string): kind is PartnerKind =>
  (PARTNER_KINDS as readonly string[]).includes(kind);

type Details = NoticeDetails & { theme?: string };

/** Names and the theme only: what the proposer wrote is read on the board, signed in. */
export function partnerMessage(
  kind: PartnerKind,
  { names, theme = '' }: Details,
  link: string,
  language: MailLanguage,
): { subject: string; text: string } {
  const about = theme ? (language === 'da' ? ` om ${theme}` : ` about ${theme}`) : '';
  const texts = {
    da: {
      'partner-proposal': [
        'En kollega foreslår et samarbejde',
        `${names.a} har fundet dig på opslagstavlen for læringspartnere og foreslår, at I lærer af hinanden${about}. Læs forslaget, og sig ja eller nej tak:`,
      ],
      'partner-accepted': [
        'Dit forslag om et samarbejde er modtaget med et ja',
        `${names.b} har sagt ja til at lære sammen med dig${about}. Jeres læringskontrakt er startet:`,
      ],
    },
    en: {
      'partner-proposal': [
        'A colleague proposes learning together',
        `${names.a} found you on the learning partner board and proposes that you learn from each other${about}. Read the proposal, and accept or decline it:`,
      ],
      'partner-accepted': [
        'Your proposal to learn together was accepted',
        `${names.b} has accepted your proposal to learn together${about}. Your learning contract has started:`,
      ],
    },
  } as const;
  const [subject, body] = texts[language][kind];
  return { subject, text: `${body}\n\n${link}\n` };
}
