// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'choice.' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'choice.caption': `Her er udgaverne forskellige`,
'choice.column.file': `Med filens ændringer`,
'choice.column.mine': `Din udgave`,
'choice.column.place': `Sted i kontrakten`,
'choice.column.theirs': `Den anden udgave`,
'choice.conflict.text': `Intet er gået tabt: begge udgaver er her, indtil du vælger, hvilken du vil beholde.`,
'choice.conflict.title': `En anden har gemt kontrakten, mens du skrev`,
'choice.download': `Hent begge udgaver som fil`,
'choice.elsewhere.text': `Et andet vindue eller en anden person har gemt en nyere udgave. Brug den anden udgave, eller behold din egen.`,
'choice.elsewhere.title': `Kontrakten er ændret et andet sted`,
'choice.empty': `(tom)`,
'choice.import.keep': `Behold kontrakten, som den er`,
'choice.import.text': str`Filen indeholder ${0} ændringer, som du må lave. ${1} andre ændringer hører til en anden person eller et afsluttet trin og bliver ikke taget med.`,
'choice.import.title': `Læst fra filen`,
'choice.import.use': `Brug ændringerne fra filen`,
'choice.keepMine': `Behold min udgave`,
'choice.more': str`… og ${0} forskelle mere.`,
'choice.removed.text': `Din udgave er stadig her. Gem den igen, eller hent den som fil.`,
'choice.removed.title': `Kontrakten er slettet et andet sted`,
'choice.saveAgain': `Gem min udgave igen`,
'choice.stored.text': `Siden åbnede én udgave, og en anden er gemt under samme navn. Behold din egen (den, du ser), eller brug den anden udgave (den gemte).`,
'choice.stored.title': `En gemt udgave af kontrakten er anderledes`,
'choice.useTheirs': `Brug den anden udgave`,
};
