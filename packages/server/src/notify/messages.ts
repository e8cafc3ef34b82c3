import type { NoticeKind } from '@kollegalaering/core';
import type { NoticeDetails } from './queue.js';

export const MAIL_LANGUAGES = ['da', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** Both parties by name, or by their part where no name is written yet. */
function pair({ names }: NoticeDetails, language: MailLanguage): string {
  const a = names.a || (language === 'da' ? 'Part A' : 'Party A');
  const b = names.b || (language === 'da' ? 'Part B' : 'Party B');
  return language === 'da' ? `${a} og ${b}` : `${a} and ${b}`;
}

const TEXTS: Record<
  MailLanguage,
  Record<NoticeKind, [subject: string, body: (pair: string) => string]>
> = {
  da: {
    'set-goals': [
      'Sæt målene for en læringskontrakt',
      (p) =>
        `Der er startet en læringskontrakt mellem ${p}. Hos jer sætter lederen målene først: skriv målet for din medarbejder, og send kontrakten videre til parterne.`,
    ],
    agreement: [
      'Jeres læringskontrakt er klar til at blive udfyldt',
      (p) =>
        `Lederne har sat målene for læringskontrakten mellem ${p}. Nu skal I udfylde resten og acceptere den.`,
    ],
    approve: [
      'Du skal godkende en læringskontrakt',
      (p) =>
        `${p} har begge accepteret deres læringskontrakt. Nu venter den på, at du godkender den.`,
    ],
    'confirm-amendment': [
      'En ændring venter på dig',
      (p) =>
        `Der er lavet en ændring i læringskontrakten mellem ${p}. Den venter på, at du bekræfter den.`,
    ],
    withdrawn: [
      'Læringskontrakten skal accepteres igen',
      (p) =>
        `Læringskontrakten mellem ${p} er ændret efter en accept eller godkendelse. Den skal derfor accepteres og godkendes igen.`,
    ],
    'end-early': [
      'Din læringspartner vil slutte læringen før tid',
      (p) =>
        `I læringskontrakten mellem ${p} har din læringspartner bedt om at slutte læringen før den aftalte slutdato. Den slutter, når du også siger ja i kontrakten.`,
    ],
    evaluation: [
      'Tid til jeres fælles evaluering',
      (p) => `Læringsforløbet mellem ${p} er slut. Nu skal I evaluere det sammen.`,
    ],
    supervision: [
      'Parterne har evalueret din supervision',
      (p) =>
        `${p} har evalueret deres forløb, også hvordan de brugte dig som supervisor. Du kan læse deres svar i kontrakten.`,
    ],
    closing: [
      'Tid til den afsluttende samtale',
      (p) => `${p} har evalueret deres forløb. Nu mangler den afsluttende samtale med lederne.`,
    ],
    'confirm-closing': [
      'Bekræft den afsluttende samtale',
      (p) =>
        `Evalueringen med din medarbejder i læringskontrakten mellem ${p} er udfyldt. Når I har holdt den afsluttende samtale, bekræfter du det i kontrakten.`,
    ],
    completed: [
      'Læringskontrakten er gennemført',
      (p) => `Læringskontrakten mellem ${p} er gennemført. Tak for jeres indsats.`,
    ],
  },
  en: {
    'set-goals': [
      'Set the goals of a learning contract',
      (p) =>
        `A learning contract between ${p} has been started. Here the leader sets the goals first: write the goal for your employee, and hand the contract on to the parties.`,
    ],
    agreement: [
      'Your learning contract is ready to be filled in',
      (p) =>
        `The leaders have set the goals of the learning contract between ${p}. Now you fill in the rest and accept it.`,
    ],
    approve: [
      'A learning contract waits for your approval',
      (p) => `${p} have both accepted their learning contract. It now waits for your approval.`,
    ],
    'confirm-amendment': [
      'A change waits for you',
      (p) =>
        `The learning contract between ${p} has been changed. The change waits for you to confirm it.`,
    ],
    withdrawn: [
      'The learning contract must be accepted again',
      (p) =>
        `The learning contract between ${p} was changed after it was accepted or approved, so it must be accepted and approved again.`,
    ],
    'end-early': [
      'Your learning partner wants to end the learning early',
      (p) =>
        `In the learning contract between ${p}, your learning partner has asked to end the learning before the agreed end date. It ends when you agree in the contract too.`,
    ],
    evaluation: [
      'Time for your joint evaluation',
      (p) => `The learning between ${p} has ended. Now you evaluate it together.`,
    ],
    supervision: [
      'The partners have evaluated your supervision',
      (p) =>
        `${p} have evaluated their learning, including how they used you as their supervisor. You can read their answer in the contract.`,
    ],
    closing: [
      'Time for the closing conversation',
      (p) =>
        `${p} have evaluated their learning. The closing conversation with the leaders remains.`,
    ],
    'confirm-closing': [
      'Confirm the closing conversation',
      (p) =>
        `The evaluation with your employee in the learning contract between ${p} is filled in. Once you have held the closing conversation, confirm it in the contract.`,
    ],
    completed: [
      'The learning contract is completed',
      (p) => `The learning contract between ${p} is completed. Thank you for your effort.`,
    ],
  },
};

/**
 * The message for one notice: names and the step only. Mail is not the place
 * for what people wrote, so nothing else of the contract is in it.
 */
export function messageFor(
  kind: NoticeKind,
  details: NoticeDetails,
  link: string,
  language: MailLanguage,
): { subject: string; text: string } {
  const [subject, body] = TEXTS[language][kind];
  const open = language === 'da' ? 'Åbn kontrakten' : 'Open the contract';
  const footer =
    language === 'da'
      ? 'Beskeden er sendt automatisk fra Lær af en kollega.'
      : 'This message was sent automatically by Learn from a colleague.';
  return { subject, text: `${body(pair(details, language))}\n\n${open}: ${link}\n\n${footer}\n` };
}
