/**
 * Which entries on the partner board match whose, and how the board filters
 * and orders them. The board in the browser and the server both ask these
 * functions, so what counts as a match is decided in one place. No zod here:
 * the board's CDN file needs only this.
 */

/** What matching reads of an entry (core's MatchableEntry has this shape). */
export interface MatchableEntry {
  name: string;
  department: string;
  teach: { text: string; themes: string[] };
  learn: { text: string; themes: string[] };
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
  mine: Pick<MatchableEntry, 'teach' | 'learn' | 'department'>,
  theirs: Pick<MatchableEntry, 'teach' | 'learn' | 'department'>,
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

export function filterPartners<T extends MatchableEntry>(
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
export function rankPartners<T extends MatchableEntry>(
  entries: readonly T[],
  mine: MatchableEntry | null,
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
export function themesInUse(entries: readonly MatchableEntry[]): string[] {
  return uniqueThemes(entries.flatMap((e) => [...e.teach.themes, ...e.learn.themes])).sort((a, b) =>
    a.localeCompare(b, 'da'),
  );
}
