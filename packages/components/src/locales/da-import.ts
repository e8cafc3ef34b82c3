// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'import.', 'choice.' messages here from the dictionary lit-localize generates.
import { str } from '@lit/localize';

export const templates = {
'choice.caption': `Her er udgaverne forskellige`,
'choice.column.file': `Med filens ændringer`,
'choice.column.mine': `Din udgave`,
'choice.column.place': `Sted i kontrakten`,
'choice.empty': `(tom)`,
'choice.import.keep': `Behold kontrakten, som den er`,
'choice.import.text': str`Filen indeholder ${0} ændringer, som du må lave. ${1} andre ændringer hører til en anden person eller et afsluttet trin og bliver ikke taget med.`,
'choice.import.title': `Læst fra filen`,
'choice.import.use': `Brug ændringerne fra filen`,
'choice.more': str`… og ${0} forskelle mere.`,
'import.newerVersion': `Filen er gemt af en nyere version af værktøjet. Intet er ændret.`,
'import.notContract': `Filen er ikke en læringskontrakt, som værktøjet kan læse. Intet er ændret.`,
'import.notJson': `Filen er ikke en JSON-fil. Intet er ændret.`,
'import.tooLarge': `Filen er for stor til at være en læringskontrakt. Intet er ændret.`,
};
