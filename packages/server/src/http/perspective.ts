import {
  PERSPECTIVES,
  perspectivesOf,
  type LearningContract,
  type Perspective,
} from '@kollegalaering/core';
import { refusal, type Refusal } from './errors.js';

export type Chosen =
  | { ok: true; perspective: Perspective; held: Perspective[] }
  | { ok: false; status: 400 | 403 | 404; body: Refusal };

/**
 * Which of the person's perspectives a request acts in. A person holds the
 * perspectives whose email in the contract is theirs; `as` picks one when they
 * hold several (one leader for both parties) and can never claim another.
 * Someone who holds none gets 404, as for a contract that does not exist.
 */
export function choosePerspective(
  contract: LearningContract,
  email: string,
  as: string | undefined,
): Chosen {
  const held = perspectivesOf(contract, email);
  if (held.length === 0) return { ok: false, status: 404, body: refusal('not-found') };
  if (as !== undefined && as !== '') {
    if (!(PERSPECTIVES as readonly string[]).includes(as)) {
      return {
        ok: false,
        status: 400,
        body: refusal('unknown-perspective', { perspectives: held }),
      };
    }
    if (!held.includes(as as Perspective)) {
      return {
        ok: false,
        status: 403,
        body: refusal('not-your-perspective', { perspectives: held }),
      };
    }
    return { ok: true, perspective: as as Perspective, held };
  }
  if (held.length > 1) {
    return {
      ok: false,
      status: 400,
      body: refusal('perspective-required', { perspectives: held }),
    };
  }
  return { ok: true, perspective: held[0]!, held };
}
