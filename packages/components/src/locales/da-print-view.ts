// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'print.copyFor', 'print.signatures', 'print.confirmedBy', 'print.closingConfirmed', 'print.completed', 'print.notCompleted' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'print.closingConfirmed': str`Den afsluttende samtale med ${0} er holdt: bekræftet af ${1} den ${2}`,
'print.completed': str`Afsluttet den ${0}.`,
'print.confirmedBy': `Bekræftet af`,
'print.copyFor': str`Kopi til ${0}. Udskrevet den ${1}.`,
'print.notCompleted': str`Ikke afsluttet: Kontrakten er ved trin ${0}, ${1}.`,
'print.signatures': `Accepteret, godkendt og bekræftet`,
};
