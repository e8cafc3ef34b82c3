// Storybook's API tables list every member the analyzer found, private ones
// included (`session`, `provider`, `issues`, …). The tables are for people
// embedding the elements: keep what they can use, as docs/api.md does.

/** @param {{ privacy?: string, static?: boolean }} member */
const isPublic = (member) => !member.privacy && !member.static;

/**
 * The manifest with only the public members of each declaration.
 * @template {{ modules: Array<{ declarations?: Array<{ members?: Array<{ privacy?: string, static?: boolean }> }> }> }} M
 * @param {M} manifest
 * @returns {M}
 */
export function publicApi(manifest) {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.members
          ? { ...declaration, members: declaration.members.filter(isPublic) }
          : declaration,
      ),
    })),
  };
}
