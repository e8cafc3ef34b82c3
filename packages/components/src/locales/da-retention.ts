// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'retention.' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'retention.cancel': `Fortryd`,
'retention.confirm': `Vil du slette kontrakten helt, for alle der bruger den? Den kan ikke hentes tilbage.`,
'retention.delete': `Slet kontrakten …`,
'retention.deleteForGood': `Slet helt`,
'retention.failed': `Kontrakten kunne ikke slettes: lageret kunne ikke nås eller tillod det ikke. Intet er ændret.`,
'retention.text': str`Kontrakten må gemmes til og med ${0}. Hent din kopi, hvis du har brug for den, og slet derefter kontrakten.`,
'retention.title': `Kontrakten har været gemt længere, end den må`,
};
