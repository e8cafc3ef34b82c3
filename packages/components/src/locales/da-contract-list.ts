// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'contracts.' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'contracts.cannotList': `Listen over dine kontrakter kan ikke vises på denne side.`,
'contracts.changed': str`Ændret ${0}`,
'contracts.completed': `Gennemført`,
'contracts.empty': `Du er ikke med i nogen læringskontrakt endnu.`,
'contracts.group.completed': `Gennemførte`,
'contracts.group.running': `I gang`,
'contracts.group.starting': `Ikke i gang endnu`,
'contracts.group.yours': `Venter på dig`,
'contracts.loading': `Henter dine kontrakter …`,
'contracts.names': str`${0} og ${1}`,
'contracts.new': `Start en ny kontrakt`,
'contracts.newFailed': `Den nye kontrakt kunne ikke gemmes. Prøv igen om lidt.`,
'contracts.retry': `Prøv igen`,
'contracts.step': str`Trin: ${0}`,
'contracts.title': `Dine læringskontrakter`,
'contracts.unavailable': `Dine kontrakter kunne ikke hentes. Intet er ændret.`,
'contracts.unnamed': `Ny kontrakt, endnu uden navne`,
};
