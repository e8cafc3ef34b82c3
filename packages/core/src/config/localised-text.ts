import * as z from 'zod/mini';

const label = () => z.string().check(z.minLength(1), z.maxLength(500));

/** A text in Danish, and in English where the organisation gives one (else the Danish is shown). */
export const LocalisedTextSchema = z.strictObject({ da: label(), en: z.optional(label()) });
/** A text an organisation writes, in Danish and optionally in English. */
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;
