import { msg, str } from './msg.js';

/**
 * Names joined as a sentence says them: "Mette Larsen, Jonas Holm eller
 * supervisoren". Our own two messages rather than Intl.ListFormat, whose
 * first use in a page loads the language's list patterns: 18 ms of the first
 * render in a cold load (a CPU profile of six loads of the benchmark's page).
 */
export function namesJoined(names: readonly string[], joiner: 'and' | 'or'): string {
  if (names.length <= 1) return names[0] ?? '';
  const rest = names.slice(0, -1).join(', ');
  const last = names[names.length - 1]!;
  return joiner === 'or'
    ? msg(str`${rest} or ${last}`, {
        id: 'names.or',
        desc: 'Two or more names, the last joined by “or”: “Mette Larsen, Jonas Holm or the supervisor”',
      })
    : msg(str`${rest} and ${last}`, {
        id: 'names.and',
        desc: 'Two or more names, the last joined by “and”: “Mette Larsen, Jonas Holm and Mette Larsen’s leader”',
      });
}
