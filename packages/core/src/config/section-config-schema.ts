import * as z from 'zod/mini';
import { MODES, STEPS } from '../constants.js';
import { MAX_TEXT_LENGTH } from '../schema/primitives.js';
import { BUILT_IN_SECTIONS } from '../sections.js';
import { httpsUrl } from './https-url.js';
import { LocalisedTextSchema } from './localised-text.js';

export { LocalisedTextSchema, type LocalisedText } from './localised-text.js';

/** Ids of custom sections and fields: short, lowercase, safe in paths and DOM ids. */
const configId = () => z.string().check(z.regex(/^[a-z][a-z0-9-]{0,49}$/));
/**
 * A section's id: a built-in section's own (some are camelCase, such as
 * `jointEvaluation`), or a new one under the rule above.
 */
const sectionId = () =>
  z
    .string()
    .check(
      z.regex(
        new RegExp(`^(?:${BUILT_IN_SECTIONS.map((s) => s.id).join('|')}|[a-z][a-z0-9-]{0,49})$`),
      ),
    );

/** The kinds of field an organisation can add. */
export const CUSTOM_FIELD_KINDS = [
  'short-text',
  'long-text',
  'date',
  'choice',
  'checklist',
] as const;
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];

export const CustomFieldConfigSchema = z.strictObject({
  id: configId(),
  kind: z.enum(CUSTOM_FIELD_KINDS),
  label: LocalisedTextSchema,
  help: z.optional(LocalisedTextSchema),
  /** For `choice` and `checklist`: the values to pick from. */
  options: z.optional(
    z
      .array(z.strictObject({ value: configId(), label: LocalisedTextSchema }))
      .check(z.maxLength(100)),
  ),
  /** The step that may not be left while this field is empty. */
  requiredBefore: z.optional(z.enum(STEPS)),
  /** Whose the field is; a party's own field goes only into that party's copy. */
  owner: z.optional(z.enum(['shared', 'a', 'b'])),
  maxLength: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_TEXT_LENGTH))),
});

export const SectionConfigSchema = z.strictObject({
  /** A built-in section's id to hide, move or relabel it; any other id adds a section. */
  id: sectionId(),
  hidden: z.optional(z.boolean()),
  label: z.optional(LocalisedTextSchema),
  /** A link to the organisation's own help for this section (`https:` only). */
  helpUrl: z.optional(httpsUrl()),
  /** Only for the organisation's own sections. */
  fields: z.optional(z.array(CustomFieldConfigSchema).check(z.maxLength(100))),
});

/** A longer text in Danish, and in English where given: an introduction of a few paragraphs. */
const LongLocalisedTextSchema = z.strictObject({
  da: z.string().check(z.minLength(1), z.maxLength(4000)),
  en: z.optional(z.string().check(z.minLength(1), z.maxLength(4000))),
});

/**
 * How the organisation runs the method (step 1 of the process): formally, with
 * leaders who set the goals in advance within themes from the competence plan,
 * or informally, with employees who start contracts themselves; and the
 * introduction everyone is given, as a text and a link to the organisation's own page.
 */
export const ProcessConfigSchema = z.strictObject({
  mode: z.optional(z.enum(MODES)),
  /** The competence plan's themes a formal contract is chosen within. */
  themes: z.optional(z.array(LocalisedTextSchema).check(z.maxLength(50))),
  introduction: z.optional(
    z.strictObject({ text: z.optional(LongLocalisedTextSchema), url: z.optional(httpsUrl()) }),
  ),
});

/**
 * A municipality's section configuration. Sections appear in the order given;
 * built-in sections it does not mention follow in their usual order.
 */
export const SectionsConfigSchema = z.strictObject({
  sections: z.optional(z.array(SectionConfigSchema).check(z.maxLength(50))),
  process: z.optional(ProcessConfigSchema),
  /**
   * How long the organisation keeps a contract: this many months after it was
   * completed (or, if it never was, after its last change). The date is stored
   * on the contract as `retainUntil`, and the element warns once it has passed.
   */
  retention: z.optional(
    z.strictObject({
      monthsAfterCompletion: z.number().check(z.int(), z.minimum(1), z.maximum(240)),
    }),
  ),
});

export type CustomFieldConfig = z.infer<typeof CustomFieldConfigSchema>;
export type SectionConfig = z.infer<typeof SectionConfigSchema>;
export type SectionsConfig = z.infer<typeof SectionsConfigSchema>;
export type ProcessConfig = z.infer<typeof ProcessConfigSchema>;
