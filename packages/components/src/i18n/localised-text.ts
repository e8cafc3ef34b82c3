import type { FieldPath, FieldSpec, LocalisedText, SectionSpec } from '@kollegalaering/core';
import { labelFor } from './field-labels.js';
import type { Locale } from './locales.js';
import type { Reader } from './party-names.js';

/** An organisation's own text in the locale, falling back to the Danish it must always give. */
export const localised = (text: LocalisedText, locale: Locale): string =>
  locale === 'en' ? (text.en ?? text.da) : text.da;

// Ours name people to the reader where they are given (see labelFor).

/** A field's label: the organisation's own words where it gave some, else ours. */
export const fieldLabel = (
  field: FieldSpec,
  locale: Locale,
  reader?: Reader,
  path?: FieldPath,
): string =>
  field.text?.label ? localised(field.text.label, locale) : labelFor(field.label, reader, path);

/** A choice's label: the organisation's words for custom fields, else ours. */
export const optionLabel = (
  field: FieldSpec,
  option: string,
  locale: Locale,
  reader?: Reader,
): string => {
  const own = field.text?.options?.[option];
  return own ? localised(own, locale) : labelFor(`${field.label}.${option}`, reader);
};

/** A section's heading: the organisation's own where it relabelled it, else ours. */
export const sectionLabel = (section: SectionSpec, locale: Locale, reader?: Reader): string =>
  section.labelText
    ? localised(section.labelText, locale)
    : labelFor(`section.${section.id}`, reader);
