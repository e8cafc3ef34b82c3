import type { FieldSpec, LocalisedText, SectionSpec } from '@kollegalaering/core';
import { labelFor } from './field-labels.js';
import type { Locale } from './locales.js';

/** An organisation's own text in the locale, falling back to the Danish it must always give. */
export const localised = (text: LocalisedText, locale: Locale): string =>
  locale === 'en' ? (text.en ?? text.da) : text.da;

/** A field's label: the organisation's own words where it gave some, else ours. */
export const fieldLabel = (field: FieldSpec, locale: Locale): string =>
  field.text?.label ? localised(field.text.label, locale) : labelFor(field.label);

/** A choice's label: the organisation's words for custom fields, else ours. */
export const optionLabel = (field: FieldSpec, option: string, locale: Locale): string => {
  const own = field.text?.options?.[option];
  return own ? localised(own, locale) : labelFor(`${field.label}.${option}`);
};

/** A section's heading: the organisation's own where it relabelled it, else ours. */
export const sectionLabel = (section: SectionSpec, locale: Locale): string =>
  section.labelText ? localised(section.labelText, locale) : labelFor(`section.${section.id}`);
