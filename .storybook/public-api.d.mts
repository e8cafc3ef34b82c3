/** The manifest with only the public members of each declaration (see public-api.mjs). */
export function publicApi<M>(manifest: M): M;
