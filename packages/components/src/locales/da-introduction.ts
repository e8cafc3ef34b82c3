// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'intro.' messages here from the dictionary lit-localize generates.

export const templates = {
'intro.link': `Læs, hvordan jeres organisation bruger det (åbner i et nyt vindue)`,
'intro.method': `To kolleger fra hver sin faggruppe eller afdeling lærer af hinanden. I skriver sammen en læringskontrakt med et fælles formål og et mål hver, og jeres ledere godkender den. Derefter lærer I af hinanden, evaluerer sammen og slutter med en samtale med hver jeres leder.`,
'intro.title': `Sådan foregår Lær af en kollega`,
};
