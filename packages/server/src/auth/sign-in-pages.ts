/**
 * The sign-in's own pages, in Danish, or in English where the browser asks for
 * English before Danish (`Accept-Language`). Nothing on them comes from a
 * request but the path to come back to, which is URL-encoded.
 */

export type PageLang = 'da' | 'en';

/** Danish unless the browser lists English before Danish (browsers list by preference). */
export function langOf(acceptLanguage: string | undefined): PageLang {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = (part.split(';')[0] ?? '').trim().toLowerCase();
    if (tag === 'da' || tag.startsWith('da-')) return 'da';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'da';
}

const page = (lang: PageLang, title: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/auth/sign-in.css"></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

/** A button that ends the session here and at the provider (a form: the sign-out is a POST). */
const signOutButton = (action: string, label: string) =>
  `<form method="post" action="${action}"><button type="submit">${label}</button></form>`;

const WORDS = {
  da: {
    signIn: 'Log ind',
    mustSignIn: 'Du skal logge ind for at se læringskontrakten.',
    unreachableTitle: 'Login er ikke muligt lige nu',
    unreachable: 'Kommunens login svarer ikke. Prøv igen om lidt.',
    failedTitle: 'Login lykkedes ikke',
    failed: 'Login blev afbrudt eller er udløbet. Start forfra.',
    again: 'Log ind igen',
    signedOut: 'Du er logget ud',
    noEmailTitle: 'Vi kan ikke se din e-mailadresse',
    noEmail: `<p>Du er logget ind hos kommunens login, men din konto har ingen e-mailadresse, som
læringskontrakterne kan bruge. Kontrakterne kender deltagerne på deres e-mailadresse, så du kan
ikke komme videre med denne konto.</p>
<p>Kontakt din IT-support, og fortæl, at din konto mangler en e-mailadresse til Kollegalæring.</p>
<p>Er det ikke din konto, eller har du en anden?</p>`,
    signInAsAnother: 'Log ud og log ind som en anden',
    forIt: `<details><summary>For IT-supporten</summary>
<p>Login-udbyderen sendte ikke det felt (claim), som serveren læser e-mailadressen fra. Serverens log
har hændelsen <code>sign-in-without-email</code> med navnet på feltet og navnene på de felter, der kom.
Se afsnittet om login i serverens README.</p></details>`,
  },
  en: {
    signIn: 'Sign in',
    mustSignIn: 'Sign in to see the learning contract.',
    unreachableTitle: 'Signing in is not possible right now',
    unreachable: 'The municipality’s login does not answer. Try again in a moment.',
    failedTitle: 'Signing in did not work',
    failed: 'The sign-in was interrupted or has expired. Start again.',
    again: 'Sign in again',
    signedOut: 'You are signed out',
    noEmailTitle: 'We cannot see your email address',
    noEmail: `<p>You are signed in at the municipality’s login, but your account has no email address that
the learning contracts can use. The contracts know the people on them by their email address, so you
cannot go on with this account.</p>
<p>Contact your IT support and tell them that your account lacks an email address for Kollegalæring.</p>
<p>Is this not your account, or do you have another?</p>`,
    signInAsAnother: 'Sign out and sign in as someone else',
    forIt: `<details><summary>For IT support</summary>
<p>The login provider did not send the claim the server reads the email address from. The server’s
log has the event <code>sign-in-without-email</code> with the name of that claim and the names of the
claims that came. See the sign-in section of the server’s README.</p></details>`,
  },
} as const;

/** The pages, with the sign-in's paths. */
export function signInPages(paths: { signIn: string; signOut: string; script: string }) {
  const again = (lang: PageLang) => `<p><a href="${paths.signIn}">${WORDS[lang].again}</a></p>`;
  return {
    /**
     * For a person who is not signed in, instead of a page under STATIC_DIR: its
     * script sends them to the sign-in with the whole address, `#contract`
     * included, which a server redirect would lose (the browser never sends the
     * part after `#`). Without script, the link does it without the `#`.
     */
    signIn: (lang: PageLang, path: string) =>
      page(
        lang,
        WORDS[lang].signIn,
        `<p>${WORDS[lang].mustSignIn}</p>
<p><a id="sign-in" href="${paths.signIn}?return=${encodeURIComponent(path).replace(/'/g, '%27')}">${WORDS[lang].signIn}</a></p>
<script src="${paths.script}"></script>`,
      ),
    unreachable: (lang: PageLang) =>
      page(lang, WORDS[lang].unreachableTitle, `<p>${WORDS[lang].unreachable}</p>`),
    failed: (lang: PageLang) =>
      page(lang, WORDS[lang].failedTitle, `<p>${WORDS[lang].failed}</p>${again(lang)}`),
    signedOut: (lang: PageLang) => page(lang, WORDS[lang].signedOut, again(lang)),
    /**
     * For a person whose provider sent no email address: what happened and whom
     * to ask, in plain words; the technical detail is in the server's log.
     * Signing out here lets someone else (or another account) sign in.
     */
    noEmail: (lang: PageLang) =>
      page(
        lang,
        WORDS[lang].noEmailTitle,
        `${WORDS[lang].noEmail}
${signOutButton(paths.signOut, WORDS[lang].signInAsAnother)}
${WORDS[lang].forIt}`,
      ),
  };
}
