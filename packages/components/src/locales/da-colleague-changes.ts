// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'news.', 'refused.', 'stale.', 'conflict.' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'conflict.help': `Den anden tekst er gemt og står i feltet. Vælg, hvilken der skal stå, eller skriv en ny tekst i feltet.`,
'conflict.keepTheirs': str`Behold teksten fra ${0}`,
'conflict.mine': `Din tekst (ikke gemt):`,
'conflict.theirs': str`Tekst fra ${0}:`,
'conflict.title': str`${0} har ændret feltet, mens du skrev i det.`,
'conflict.useMine': `Brug min tekst`,
'news.changed': str`${0} har ændret ${1}.`,
'news.colleague': `En kollega`,
'news.otherWindow': str`Ændret i dit andet vindue: ${0}.`,
'news.you': `dit andet vindue`,
'refused.atField': str`${0}: Din ændring kunne ikke gemmes. Du kan læse hvorfor ved feltet.`,
'refused.dismiss': `Jeg har kopieret det – fjern beskeden`,
'refused.itemRemoved': `En anden har slettet det punkt, du skrev i.`,
'refused.notAllowed': `Kontrakten er gået videre, og du kan ikke længere ændre dette felt.`,
'refused.other': `Serveren tog ikke imod ændringen.`,
'refused.title': `Ikke gemt`,
'refused.yourText': `Det, du skrev – så du kan kopiere det:`,
'stale.changed': str`${0} har ændret ${1}, efter du åbnede kontrakten. Læs ændringen ovenfor, og tryk så på knappen igen.`,
'stale.other': `Kontrakten er ændret, efter du åbnede den. Læs den igen, og tryk så på knappen igen.`,
};
