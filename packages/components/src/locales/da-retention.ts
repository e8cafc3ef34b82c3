// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'retention.', 'delete.' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'delete.keep': `Behold kontrakten`,
'delete.question': str`Vil du slette læringskontrakten mellem ${0}?`,
'delete.who': str`Den bliver slettet for alle, der er med i den: ${0}. Den kan ikke hentes tilbage.`,
'retention.cancel': `Fortryd`,
'retention.confirm': `Vil du slette kontrakten helt, for alle, der bruger den? Den kan ikke hentes tilbage.`,
'retention.delete': `Slet kontrakten …`,
'retention.deleteForGood': `Slet helt`,
'retention.failed': `Kontrakten blev ikke slettet, fordi stedet, hvor den gemmes, ikke kunne nås eller ikke tillod det. Intet er ændret. Prøv igen om lidt.`,
'retention.text': str`Kontrakten må gemmes til og med ${0}. Udskriv den, eller gem den som PDF, hvis du har brug for en kopi, og slet derefter kontrakten.`,
'retention.title': `Kontrakten har været gemt længere, end den må`,
};
