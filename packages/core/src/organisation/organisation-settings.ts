import * as z from 'zod/mini';
import { httpsUrl } from '../config/https-url.js';
import { LocalisedTextSchema } from '../config/localised-text.js';
import { resolveSections } from '../config/resolve-sections.js';
import { SectionsConfigSchema } from '../config/section-config-schema.js';
import { PROCESS_STATES, type Mode } from '../constants.js';
import { fail, issue, ok, type Result } from '../result.js';
import { fromZodIssues } from '../zod-issues.js';

/** A person people may choose as their supervisor (videnforvalter). */
export const SupervisorChoiceSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  email: z.string().check(z.minLength(3), z.maxLength(320), z.regex(/^[^\s@]+@[^\s@]+$/)),
  role: z.optional(z.string().check(z.maxLength(200))),
});

/** A link given with the introduction, e.g. to the slides of the meeting where the tool was presented. */
export const IntroductionLinkSchema = z.strictObject({
  label: LocalisedTextSchema,
  url: httpsUrl(),
});

/**
 * What an administrator edits in the browser: the section configuration
 * (docs/sections.md, with the introduction, the mode, the themes and the
 * retention period), the supervisors to choose from, and links for the
 * introduction. Stored versioned by the server.
 */
export const OrganisationSettingsSchema = z.strictObject({
  sections: SectionsConfigSchema,
  supervisors: z.array(SupervisorChoiceSchema).check(z.maxLength(200)),
  links: z.array(IntroductionLinkSchema).check(z.maxLength(20)),
  /**
   * Run formally: the goals a contract started under a theme begins with, for
   * each party, as goals their leader preset. Keyed by the theme's Danish name
   * (as `sections.process.themes` lists it).
   */
  presetGoals: z.optional(
    z.record(
      z.string(),
      z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(20)),
    ),
  ),
});

export type SupervisorChoice = z.infer<typeof SupervisorChoiceSchema>;
export type IntroductionLink = z.infer<typeof IntroductionLinkSchema>;
export type OrganisationSettings = z.infer<typeof OrganisationSettingsSchema>;

/** Settings with nothing set: the built-in sections, informal mode, no supervisors, no links. */
export const EMPTY_SETTINGS: OrganisationSettings = { sections: {}, supervisors: [], links: [] };

/**
 * Checks settings an administrator sent: the shape, and the sections as core
 * resolves them (the same check SECTIONS_CONFIG gets). Issues carry paths
 * from the settings' root, such as `sections.sections.0.id`.
 */
export function parseOrganisationSettings(value: unknown): Result<OrganisationSettings> {
  const parsed = OrganisationSettingsSchema.safeParse(value);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const resolved = resolveSections(parsed.data.sections);
  if (!resolved.ok) {
    return fail(resolved.issues.map((i) => ({ ...i, path: ['sections', ...i.path] })));
  }
  const themes = (parsed.data.sections.process?.themes ?? []).map((theme) => theme.da);
  const unknown = Object.keys(parsed.data.presetGoals ?? {}).find((t) => !themes.includes(t));
  if (unknown !== undefined) return fail([issue(['presetGoals', unknown], 'invalid-option')]);
  const emails = parsed.data.supervisors.map((s) => s.email.toLowerCase());
  const twice = emails.findIndex((email, index) => emails.indexOf(email) !== index);
  if (twice >= 0) return fail([issue(['supervisors', twice, 'email'], 'duplicate')]);
  return ok(parsed.data);
}

const sameTheme = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');

/**
 * The contract settings a new contract starts with under these organisation
 * settings: the mode, and where it starts with a theme (a proposal accepted
 * on the partner board), the theme and, run formally, the goals the
 * organisation preset for it, for each party (a theme the organisation lists is
 * spelt as it lists it). `createEmptyContract` makes them
 * goals the leaders preset: a leader may change or remove them in step 1; the
 * parties add their own goals and break these into sub-goals.
 */
export function startingSettings(
  settings: OrganisationSettings,
  theme = '',
): { mode: Mode; theme: string; presetGoals: { a: string[]; b: string[] } } {
  const mode = settings.sections.process?.mode ?? 'informal';
  // The organisation's own spelling of a theme it lists, so the contract's choice of theme finds it.
  const listed = (settings.sections.process?.themes ?? []).find(
    (t) => theme && sameTheme(t.da, theme),
  );
  const name = listed?.da ?? theme;
  const preset = listed && mode === 'formal' ? (settings.presetGoals?.[name] ?? []) : [];
  const goals = preset.filter((goal) => goal.trim() !== '');
  return { mode, theme: name, presetGoals: { a: [...goals], b: [...goals] } };
}

/** No figure below this many contracts is shown, nor returned by the server. */
export const OVERVIEW_MINIMUM = 5;

/** One figure of the overview: a count, or "under 5" (null) where fewer contracts lie behind it. */
export type OverviewCount = number | null;

/** The scheme's figures for administrators: counts only, never a name, a contract or a text. */
export interface OrganisationOverview {
  /** Contracts in each step now. */
  perStep: Array<{ step: (typeof PROCESS_STATES)[number]; count: OverviewCount }>;
  /** Contracts started, and completed, per month (`YYYY-MM`). */
  perMonth: Array<{ month: string; started: OverviewCount; completed: OverviewCount }>;
  /** The median days from reaching a step to reaching the next, where at least five did. */
  medianDays: Array<{ step: (typeof PROCESS_STATES)[number]; days: number | null }>;
  /** Contracts in each step that have not changed for `stallDays` days. */
  stalled: Array<{ step: (typeof PROCESS_STATES)[number]; count: OverviewCount }>;
  stallDays: number;
  /** Contracts per theme of the organisation's own (a theme typed by someone is never returned). */
  themes: Array<{ theme: string; count: OverviewCount }>;
  /** Contracts between party A's department and party B's. */
  departments: Array<{ from: string; to: string; count: OverviewCount }>;
}
