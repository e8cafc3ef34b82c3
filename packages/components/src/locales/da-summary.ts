// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'summary.' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'summary.devplan': `Ind i udviklingsplanen`,
'summary.goals': `Mål`,
'summary.others': `Andre mangler også at udfylde noget. Øverst står, hvem kontrakten venter på.`,
'summary.period': str`Periode: ${0} – ${1}`,
'summary.plan': `Plan for nyttiggørelse`,
'summary.plan.how': `Hvordan`,
'summary.plan.what': `Hvad`,
'summary.plan.when': `Hvornår`,
'summary.plan.who': `Hvem`,
'summary.purpose': `Formål`,
'summary.reached': `Sådan blev målene nået`,
'summary.results': `Det blev lært, vurderet med lederen`,
'summary.theme': `Tema`,
'summary.title': `Resumé til udviklingsplanen`,
'summary.title.accept': `Det mangler, før du kan acceptere`,
'summary.title.advance': `Det mangler, før kontrakten kan gå videre`,
'summary.title.approve': `Det mangler, før du kan godkende`,
'summary.title.confirm-amendment': `Det mangler, før du kan bekræfte ændringen`,
'summary.who': str`${0}, ${1}: har lært sammen med ${2}, ${3}`,
};
