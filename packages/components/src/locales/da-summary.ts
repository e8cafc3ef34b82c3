// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'devplan.' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'devplan.devplan': `Ind i udviklingsplanen`,
'devplan.goals': `Mål`,
'devplan.period': str`Periode: ${0} – ${1}`,
'devplan.plan': `Plan for nyttiggørelse`,
'devplan.plan.how': `Hvordan`,
'devplan.plan.what': `Hvad`,
'devplan.plan.when': `Hvornår`,
'devplan.plan.who': `Hvem`,
'devplan.purpose': `Formål`,
'devplan.reached': `Sådan blev målene nået`,
'devplan.results': `Det blev lært, vurderet med lederen`,
'devplan.theme': `Tema`,
'devplan.title': `Resumé til udviklingsplanen`,
'devplan.who': str`${0}, ${1}: har lært sammen med ${2}, ${3}`,
};
