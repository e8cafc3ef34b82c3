/**
 * The partner board: an employee's entry (what they can teach, what they
 * would like to learn, their department) and which entries match whose. The
 * server stores entries and proposals; the board and the server both ask
 * these functions, so what counts as a match is decided in one place.
 */
import * as z from 'zod/mini';
import { fail, ok, type Result } from './result.js';
import { fromZodIssues } from './zod-issues.js';

/** Longest name, department or theme on the board: a few words. */
export const MAX_PARTNER_SHORT = 120;
/** Longest description of what a person can teach or would like to learn. */
export const MAX_PARTNER_TEXT = 1000;
/** At most this many themes on each side of an entry. */
export const MAX_PARTNER_THEMES = 8;

const short = () => z.string().check(z.trim(), z.maxLength(MAX_PARTNER_SHORT));
const themes = () =>
  z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_PARTNER_SHORT)))
    .check(z.maxLength(MAX_PARTNER_THEMES));

/** One side of an entry: a short text and the themes it is about. */
export const PartnerSideSchema = z.object({
  text: z.string().check(z.trim(), z.maxLength(MAX_PARTNER_TEXT)),
  themes: themes(),
});

/** What a person writes when they opt in to the board. */
export const PartnerEntryInputSchema = z.object({
  name: short().check(z.minLength(1)),
  department: short().check(z.minLength(1)),
  teach: PartnerSideSchema,
  learn: PartnerSideSchema,
});

export type PartnerSide = z.infer<typeof PartnerSideSchema>;
export type PartnerEntryInput = z.infer<typeof PartnerEntryInputSchema>;

/** An entry as the board shows it: an opaque id, never the person's email. */
export interface PartnerEntry extends PartnerEntryInput {
  id: string;
  updatedAt: string;
}

export const PROPOSAL_STATUSES = ['open', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A proposal to learn together, as the two people in it see it. */
export interface PartnerProposal {
  id: string;
  /** The entries of the one who proposed and the one asked, as they stand. */
  from: Pick<PartnerEntry, 'id' | 'name' | 'department'>;
  to: Pick<PartnerEntry, 'id' | 'name' | 'department'>;
  theme: string;
  message: string;
  status: ProposalStatus;
  /** The contract started when the proposal was accepted. */
  contractId: string | null;
  createdAt: string;
}

export const ProposalInputSchema = z.object({
  to: z.string().check(z.minLength(1), z.maxLength(100)),
  theme: short(),
  message: z.optional(z.string().check(z.trim(), z.maxLength(MAX_PARTNER_TEXT))),
});
export type ProposalInput = z.infer<typeof ProposalInputSchema>;

/** Reads what a person sent to opt in: trimmed, with each side's themes once each. */
export function parsePartnerEntry(value: unknown): Result<PartnerEntryInput> {
  const parsed = z.safeParse(PartnerEntryInputSchema, value);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const entry = parsed.data;
  const once = (side: PartnerSide): PartnerSide => ({ ...side, themes: uniqueThemes(side.themes) });
  return ok({ ...entry, teach: once(entry.teach), learn: once(entry.learn) });
}

export function parseProposal(value: unknown): Result<ProposalInput> {
  const parsed = z.safeParse(ProposalInputSchema, value);
  return parsed.success ? ok(parsed.data) : fail(fromZodIssues(parsed.error.issues));
}

const key = (theme: string) => theme.trim().toLocaleLowerCase('da');

/** Themes once each, whatever their case, in the order first written. */
export function uniqueThemes(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((theme) => {
    const k = key(theme);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** How an entry fits the reader's own: the themes each can teach the other. */
export interface PartnerMatch {
  /** Themes the reader would like to learn and the other can teach. */
  theyTeach: string[];
  /** Themes the other would like to learn and the reader can teach. */
  iTeach: string[];
  /** Whether the other works in another department: learning across is the point. */
  otherDepartment: boolean;
  /** Higher first: both ways before one way, another department before one's own. */
  score: number;
}

const shared = (wanted: readonly string[], offered: readonly string[]) => {
  const offeredKeys = new Set(offered.map(key));
  return wanted.filter((theme) => offeredKeys.has(key(theme)));
};

export function partnerMatch(
  mine: Pick<PartnerEntryInput, 'teach' | 'learn' | 'department'>,
  theirs: Pick<PartnerEntryInput, 'teach' | 'learn' | 'department'>,
): PartnerMatch {
  const theyTeach = shared(mine.learn.themes, theirs.teach.themes);
  const iTeach = shared(theirs.learn.themes, mine.teach.themes);
  const otherDepartment = key(mine.department) !== key(theirs.department);
  const ways = (theyTeach.length > 0 ? 1 : 0) + (iTeach.length > 0 ? 1 : 0);
  const score =
    ways === 0 ? 0 : ways * 100 + (otherDepartment ? 50 : 0) + theyTeach.length + iTeach.length;
  return { theyTeach, iTeach, otherDepartment, score };
}

/** What the board filters by; empty values filter nothing. */
export interface PartnerFilter {
  theme?: string;
  department?: string;
  /** Words to find in the name, department, texts or themes. */
  text?: string;
}

export function filterPartners<T extends PartnerEntryInput>(
  entries: readonly T[],
  filter: PartnerFilter,
): T[] {
  const theme = key(filter.theme ?? '');
  const department = key(filter.department ?? '');
  const words = key(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return entries.filter((entry) => {
    if (theme && ![...entry.teach.themes, ...entry.learn.themes].some((t) => key(t) === theme))
      return false;
    if (department && key(entry.department) !== department) return false;
    const haystack = key(
      [
        entry.name,
        entry.department,
        entry.teach.text,
        entry.learn.text,
        ...entry.teach.themes,
        ...entry.learn.themes,
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The entries in the order the board shows them: matches with the reader's
 * own entry first (both ways, then across departments, then more themes),
 * then the rest by name. Without an entry of one's own there is no match.
 */
export function rankPartners<T extends PartnerEntryInput>(
  entries: readonly T[],
  mine: PartnerEntryInput | null,
): { entry: T; match: PartnerMatch | null }[] {
  const ranked = entries.map((entry) => ({
    entry,
    match: mine ? partnerMatch(mine, entry) : null,
  }));
  return ranked.sort(
    (x, y) =>
      (y.match?.score ?? 0) - (x.match?.score ?? 0) ||
      x.entry.name.localeCompare(y.entry.name, 'da'),
  );
}

/** The themes in use on the board, once each, as suggestions for a person's own. */
export function themesInUse(entries: readonly PartnerEntryInput[]): string[] {
  return uniqueThemes(entries.flatMap((e) => [...e.teach.themes, ...e.learn.themes])).sort((a, b) =>
    a.localeCompare(b, 'da'),
  );
}
