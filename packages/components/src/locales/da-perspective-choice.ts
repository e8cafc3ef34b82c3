// Do not modify this file by hand: scripts/split-dictionaries.mjs moves the
// 'perspective.choice' messages here from the dictionary lit-localize generates.

export const templates = {
'perspective.choice': `Du arbejder i kontrakten som`,
};
