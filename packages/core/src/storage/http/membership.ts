import { PERSPECTIVES, type Perspective } from '../../constants.js';
import type { Membership } from '../storage-adapter.js';

/** Who the person is on each contract, by id, as the server said last. */
export type Members = Map<string, Membership>;

const isPerspective = (p: string | null): p is Perspective =>
  (PERSPECTIVES as readonly (string | null)[]).includes(p);

/**
 * Notes who the server says the person is on a contract, from an answer's
 * headers: `Kollegalaering-Perspective` (the one it answered in) and
 * `Kollegalaering-Perspectives` (all they hold). Without a known perspective
 * nothing changes.
 */
export function remember(members: Members, id: string, headers: Headers): void {
  const perspective = headers.get('Kollegalaering-Perspective');
  const held = (headers.get('Kollegalaering-Perspectives') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(isPerspective);
  if (isPerspective(perspective)) members.set(id, { perspective, perspectives: held });
}

/** The perspective to ask in: the one the server answered in last, else the page's. */
export const perspectiveOn = (members: Members, id: string, as?: Perspective) =>
  members.get(id)?.perspective ?? as;
