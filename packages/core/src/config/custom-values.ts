import { issue, type Issue } from '../result.js';
import type { ContractRules } from '../contract-rules.js';
import { MAX_TEXT_LENGTH, isCalendarDay } from '../schema/primitives.js';
import type { LearningContract } from '../schema/contract-schema.js';

const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

/** Problems with the value of one custom field under the organisation's configuration. */
export function validateCustomValue(
  fieldId: string,
  value: unknown,
  rules: ContractRules,
): Issue[] {
  const field = rules.customFields[fieldId];
  // Values of fields the configuration no longer has are kept as they are, unchecked.
  if (!field || value === undefined) return [];
  const path = ['custom', fieldId];
  const allowed = new Set((field.options ?? []).map((option) => option.value));
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
      if (typeof value !== 'string') return [issue(path, 'invalid-type')];
      return value.length > (field.maxLength ?? MAX_TEXT_LENGTH)
        ? [issue(path, 'too-long', { max: field.maxLength ?? MAX_TEXT_LENGTH })]
        : [];
    case 'date':
      // The same codes as the built-in dates: the wrong shape, or a day the calendar does not have.
      if (typeof value !== 'string' || !DATE.test(value)) return [issue(path, 'invalid-format')];
      return value === '' || isCalendarDay(value) ? [] : [issue(path, 'not-a-date')];
    case 'choice':
      return typeof value === 'string' && (value === '' || allowed.has(value))
        ? []
        : [issue(path, 'invalid-option')];
    case 'checklist':
      return Array.isArray(value) &&
        value.every((item) => typeof item === 'string' && allowed.has(item))
        ? []
        : [issue(path, 'invalid-option')];
  }
}

/** Problems with every custom value in a contract that the configuration knows. */
export function validateCustomValues(contract: LearningContract, rules: ContractRules): Issue[] {
  return Object.entries(contract.custom).flatMap(([fieldId, value]) =>
    validateCustomValue(fieldId, value, rules),
  );
}
