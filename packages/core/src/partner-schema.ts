/**
 * The partner board's shapes: an employee's entry (what they can teach, what
 * they would like to learn, their department) and a proposal, as the server
 * reads them. The board in the browser needs none of this: it sends what the
 * person typed and the server answers with core's issues.
 */
import * as z from 'zod/mini';
import { fail, ok, type Result } from './result.js';
import { fromZodIssues } from './zod-issues.js';
import { uniqueThemes } from './partner-match.js';

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
