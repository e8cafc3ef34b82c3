import * as z from 'zod/mini';

/**
 * A link the organisation gives, e.g. to its guide on the intranet: `https:`
 * only, so configuration can never carry `javascript:` or an unencrypted link.
 */
export const httpsUrl = () =>
  z.string().check(
    z.maxLength(2000),
    z.refine((value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    }, 'https-only'),
  );
