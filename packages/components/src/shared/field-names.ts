import {
  isListSpec,
  type FieldPath,
  type FieldSpec,
  type ListSpec,
  type SectionSpec,
} from '@kollegalaering/core';
import { labelFor } from '../i18n/field-labels.js';
import { fieldLabel, sectionLabel } from '../i18n/localised-text.js';
import type { Locale } from '../i18n/locales.js';
import type { Reader } from '../i18n/party-names.js';

const startsWith = (path: FieldPath, prefix: FieldPath) =>
  prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);

/**
 * The name of the field at a path, with its group where that tells it apart:
 * "Name (Party A)". Falls back to the section's name, then to nothing. With
 * the reader, people are named as the labels name them to that reader: by
 * their names once written ("Name (Mette Larsen)"), and "you" to themselves.
 */
export function fieldName(
  sections: readonly SectionSpec[],
  path: FieldPath,
  locale: Locale,
  reader?: Reader,
): string | undefined {
  for (const section of sections) {
    for (const group of section.groups) {
      const where = group.label ? ` (${labelFor(group.label, reader)})` : '';
      for (const field of group.fields) {
        if (isListSpec(field)) {
          if (!startsWith(path, field.path)) continue;
          const index = path[field.path.length];
          const rest = path.slice(field.path.length + 1);
          const item = field.itemFields.find((candidate: FieldSpec | ListSpec) =>
            startsWith(rest, candidate.path),
          );
          if (typeof index !== 'number' || !item) return `${labelFor(field.label, reader)}${where}`;
          // A list inside an item (a goal's sub-goals) is named by the list: "Sub-goals (Goal 1)".
          const name = isListSpec(item)
            ? labelFor(item.label, reader)
            : fieldLabel(item, locale, reader, path);
          return `${name} (${labelFor(field.itemLabel)} ${index + 1})`;
        }
        if (startsWith(path, field.path))
          return `${fieldLabel(field, locale, reader, path)}${where}`;
      }
    }
    if (
      section.groups.some((group) => group.fields.some((field) => startsWith(field.path, path)))
    ) {
      return sectionLabel(section, locale, reader);
    }
  }
  return undefined;
}
