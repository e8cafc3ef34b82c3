import type { CustomFieldConfig } from './config/section-config-schema.js';
import type { Mode, ProcessState } from './constants.js';
import type { CustomOwners } from './ownership.js';

/** A field of a custom section that must be filled before the process leaves a step. */
export interface CustomRequirement {
  fieldId: string;
  requiredBefore: ProcessState;
}

/**
 * What an organisation's configuration adds to the contract's rules: who owns
 * its custom fields, which must be filled before which step, which built-in
 * sections it hides. Core's functions take it; without it, the built-ins apply.
 */
export interface ContractRules {
  customOwners: CustomOwners;
  customRequirements: readonly CustomRequirement[];
  customFields: Readonly<Record<string, CustomFieldConfig>>;
  hiddenSections: readonly string[];
  /** How new contracts are run: formal ones start with the leaders setting goals. Informal when left out. */
  mode?: Mode;
  /** Months a contract is kept after completion; undefined: the organisation set none. */
  retentionMonths?: number;
}

/** The rules with no organisation configuration: the built-in sections and process. */
export const BUILT_IN_RULES: ContractRules = {
  customOwners: {},
  customRequirements: [],
  customFields: {},
  hiddenSections: [],
};
