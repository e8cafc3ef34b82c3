import { fail, issue, ok, type Issue, type Result } from '../result.js';
import { BUILT_IN_RULES, type ContractRules } from '../contract-rules.js';
import {
  BUILT_IN_SECTIONS,
  type FieldKind,
  type FieldSpec,
  type SectionSpec,
} from '../sections.js';
import { fromZodIssues } from '../zod-issues.js';
import {
  SectionsConfigSchema,
  type LocalisedText,
  type ProcessConfig,
  type CustomFieldConfig,
  type CustomFieldKind,
  type SectionConfig,
} from './section-config-schema.js';

/** Sections the method cannot do without: the two people and what they want to learn. */
export const REQUIRED_SECTIONS = ['parties', 'purpose'] as const;

/** The sections to show, in order, and the rules the configuration adds. */
export interface ResolvedSections {
  sections: readonly SectionSpec[];
  rules: ContractRules;
  /** The organisation's introduction to the method, shown while a contract is being agreed. */
  introduction?: NonNullable<ProcessConfig['introduction']>;
}

/**
 * The theme a formal contract is chosen within: a choice among the
 * organisation's themes (stored as the Danish words, so a contract still says
 * what was chosen if the list changes), or a text where it listed none.
 */
export function themeField(themes: readonly LocalisedText[] = []): FieldSpec {
  if (themes.length === 0)
    return { label: 'settings.theme', path: ['settings', 'theme'], kind: 'text' };
  return {
    label: 'settings.theme',
    path: ['settings', 'theme'],
    kind: 'choice',
    options: themes.map((theme) => theme.da),
    text: { options: Object.fromEntries(themes.map((theme) => [theme.da, theme])) },
  };
}

/** The purpose section with the theme at its top, for an organisation that runs the method formally. */
function withTheme(section: SectionSpec, process: ProcessConfig | undefined): SectionSpec {
  if (section.id !== 'purpose' || process?.mode !== 'formal') return section;
  const [first, ...rest] = section.groups;
  return {
    ...section,
    groups: [{ ...first!, fields: [themeField(process.themes), ...first!.fields] }, ...rest],
  };
}

const FIELD_KIND_OF: Readonly<Record<CustomFieldKind, FieldKind>> = {
  'short-text': 'text',
  'long-text': 'longtext',
  date: 'date',
  choice: 'choice',
  checklist: 'checklist',
};

const builtInIds = new Set(BUILT_IN_SECTIONS.map((section) => section.id));

function toFieldSpec(field: CustomFieldConfig): FieldSpec {
  const options = field.options ?? [];
  return {
    label: `custom.${field.id}`,
    path: ['custom', field.id],
    kind: FIELD_KIND_OF[field.kind],
    ...(options.length > 0 ? { options: options.map((option) => option.value) } : {}),
    text: {
      label: field.label,
      help: field.help,
      options: Object.fromEntries(options.map((option) => [option.value, option.label])),
    },
    ...(field.maxLength ? { maxLength: field.maxLength } : {}),
  };
}

/** The checks zod cannot make alone: ids that repeat, sections that need fields, options. */
function meaningIssues(sections: readonly SectionConfig[]): Issue[] {
  const issues: Issue[] = [];
  const seenSections = new Set<string>();
  const seenFields = new Set<string>();
  sections.forEach((section, index) => {
    const at = ['sections', index];
    if (seenSections.has(section.id)) issues.push(issue([...at, 'id'], 'duplicate-id'));
    seenSections.add(section.id);
    const builtIn = builtInIds.has(section.id);
    if (builtIn && section.fields) issues.push(issue([...at, 'fields'], 'fields-on-built-in'));
    if (
      builtIn &&
      section.hidden &&
      (REQUIRED_SECTIONS as readonly string[]).includes(section.id)
    ) {
      issues.push(issue([...at, 'hidden'], 'section-required'));
    }
    if (!builtIn && !section.label) issues.push(issue([...at, 'label'], 'label-required'));
    if (!builtIn && !section.fields?.length)
      issues.push(issue([...at, 'fields'], 'fields-required'));
    section.fields?.forEach((field, fieldIndex) => {
      const fieldAt = [...at, 'fields', fieldIndex];
      if (seenFields.has(field.id)) issues.push(issue([...fieldAt, 'id'], 'duplicate-id'));
      seenFields.add(field.id);
      const takesOptions = field.kind === 'choice' || field.kind === 'checklist';
      if (takesOptions && !field.options?.length) {
        issues.push(issue([...fieldAt, 'options'], 'options-required'));
      }
      if (!takesOptions && field.options) {
        issues.push(issue([...fieldAt, 'options'], 'options-not-allowed'));
      }
      if (
        field.maxLength !== undefined &&
        field.kind !== 'short-text' &&
        field.kind !== 'long-text'
      ) {
        issues.push(issue([...fieldAt, 'maxLength'], 'max-length-not-allowed'));
      }
    });
  });
  return issues;
}

/**
 * Checks a municipality's section configuration and turns it into the
 * sections to render and the rules core applies. A bad configuration gets
 * issues whose paths name the place in it (`sections[2].fields[0].kind`).
 * No configuration (undefined) means the built-in sections as they are.
 */
export function resolveSections(config: unknown): Result<ResolvedSections> {
  if (config === undefined || config === null) {
    return ok({ sections: BUILT_IN_SECTIONS, rules: BUILT_IN_RULES });
  }
  const parsed = SectionsConfigSchema.safeParse(config);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const configured = parsed.data.sections ?? [];
  const problems = meaningIssues(configured);
  if (problems.length > 0) return fail(problems);

  const mentioned = new Set(configured.map((section) => section.id));
  const ordered: SectionConfig[] = [
    ...configured,
    ...BUILT_IN_SECTIONS.filter((section) => !mentioned.has(section.id)).map(({ id }) => ({ id })),
  ];
  const sections: SectionSpec[] = [];
  for (const entry of ordered.filter((section) => !section.hidden)) {
    const builtIn = BUILT_IN_SECTIONS.find((section) => section.id === entry.id);
    const labelText = {
      ...(entry.label && { labelText: entry.label }),
      ...(entry.helpUrl && { helpUrl: entry.helpUrl }),
    };
    sections.push(
      builtIn
        ? withTheme({ ...builtIn, ...labelText }, parsed.data.process)
        : {
            id: entry.id,
            custom: true,
            activeIn: ['introduced', 'agreement', 'learning', 'evaluation', 'closing'],
            ...labelText,
            groups: [
              { label: null, owner: 'shared', fields: (entry.fields ?? []).map(toFieldSpec) },
            ],
          },
    );
  }

  const fields = configured
    .filter((section) => !section.hidden)
    .flatMap((section) => section.fields ?? []);
  const process = parsed.data.process;
  return ok({
    sections,
    ...(process?.introduction && { introduction: process.introduction }),
    rules: {
      ...(process?.mode && { mode: process.mode }),
      hiddenSections: configured
        .filter((section) => section.hidden && builtInIds.has(section.id))
        .map((section) => section.id),
      customFields: Object.fromEntries(fields.map((field) => [field.id, field])),
      customOwners: Object.fromEntries(fields.map((field) => [field.id, field.owner ?? 'shared'])),
      customRequirements: fields
        .filter((field) => field.requiredBefore)
        .map((field) => ({ fieldId: field.id, requiredBefore: field.requiredBefore! })),
      ...(parsed.data.retention && {
        retentionMonths: parsed.data.retention.monthsAfterCompletion,
      }),
    },
  });
}
