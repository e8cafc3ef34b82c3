// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'error.', 'status.removed', 'status.offline', 'status.quota', 'status.failed', 'status.download', 'status.signedOut', 'status.signInAgain' messages here from the dictionary lit-localize generates.

export const templates = {
'error.corrupt': `Den gemte kontrakt kunne ikke læses. Der er gemt en kopi af den, og du starter på en tom kontrakt.`,
'error.newerVersion': `Kontrakten er gemt af en nyere version af værktøjet. Den vises her skrivebeskyttet, så langt denne version kan læse den, og den bliver aldrig ændret herfra.`,
'error.retry': `Prøv igen`,
'error.storageProblem': `Siden beder om et lager, som værktøjet ikke kan bruge, så intet, du skriver, ville blive gemt. Kontrakten vises derfor skrivebeskyttet. Sig det til den, der passer siden.`,
'error.unavailable': `Den gemte kontrakt kunne ikke hentes.`,
'error.unknownPerspective': `Siden angiver en rolle, værktøjet ikke kender. Derfor vises kun de fælles dele, og de kan ikke ændres.`,
'status.download': `Hent det hele som fil`,
'status.failed': `Ikke gemt: lageret kunne ikke nås. Din tekst er her stadig, så luk ikke siden.`,
'status.offline': `Offline: dine ændringer gemmes i denne browser og sendes, når forbindelsen er tilbage.`,
'status.quota': `Ikke gemt: browserens lager er fuldt. Din tekst er her stadig, så luk ikke siden.`,
'status.removed': `En anden har slettet kontrakten. Det, du ser, er ikke længere gemt nogen steder. Hent det som fil, hvis du har brug for det.`,
'status.signedOut': `Du er ikke længere logget ind. Dine ændringer er gemt i denne browser; log ind igen for at gemme dem.`,
'status.signInAgain': `Log ind igen`,
};
