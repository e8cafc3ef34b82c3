import type { Party, Perspective } from './constants.js';

export type Role = 'party' | 'leader' | 'supervisor';

/** Splits a perspective into its role and, for parties and leaders, which side it is on. */
export function parsePerspective(perspective: Perspective): { role: Role; party: Party | null } {
  switch (perspective) {
    case 'party-a':
      return { role: 'party', party: 'a' };
    case 'party-b':
      return { role: 'party', party: 'b' };
    case 'leader-a':
      return { role: 'leader', party: 'a' };
    case 'leader-b':
      return { role: 'leader', party: 'b' };
    case 'supervisor':
      return { role: 'supervisor', party: null };
  }
}

/** The other colleague: `a` for `b`, `b` for `a`. */
export const otherParty = (party: Party): Party => (party === 'a' ? 'b' : 'a');
