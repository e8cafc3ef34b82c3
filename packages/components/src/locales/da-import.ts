// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'import.' messages here from the dictionary lit-localize generates.

export const templates = {
'import.newerVersion': `Filen er gemt af en nyere version af værktøjet. Intet er ændret.`,
'import.notContract': `Filen er ikke en læringskontrakt, som værktøjet kan læse. Intet er ændret.`,
'import.notJson': `Filen er ikke en JSON-fil. Intet er ændret.`,
'import.tooLarge': `Filen er for stor til at være en læringskontrakt. Intet er ændret.`,
};
