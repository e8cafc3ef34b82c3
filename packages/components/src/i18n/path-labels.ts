// Naming any place in a contract by its labels: only the comparison of two
// copies needs it, which is a part loaded when needed (copy-choice.ts), so it
// is a module of its own rather than part of field-labels.ts, which every page loads.
import { hasLabel, labelFor } from './field-labels.js';

// The label prefixes a field name is looked up under, to name a path in a contract.
const FIELD_PREFIXES = [
  'person',
  'goal',
  'leader',
  'supervisor',
  'plan',
  'activity',
  'timeFrame',
  'meeting',
  'logEntry',
  'amendment',
  'jointEvaluation',
  'leaderEvaluation',
  'keepingPlan',
  'subGoal',
  'conversation',
  'settings',
  'answer',
];

/**
 * A readable name for a place in a contract, such as “Partners › Party A ›
 * Name”, for the comparison of two copies. Falls back to the path's own words.
 */
export function labelForPath(path: ReadonlyArray<string | number>): string {
  const known = (key: string) => (hasLabel(key) ? labelFor(key) : undefined);
  const [first, ...rest] = path.map(String);
  const section = known(`section.${first}`) ?? known(first ?? '') ?? first ?? '';
  const party = rest.find((segment) => segment === 'a' || segment === 'b');
  const field = rest
    .filter((segment) => !/^\d+$/.test(segment))
    .reverse()
    .map((segment) => FIELD_PREFIXES.map((prefix) => known(`${prefix}.${segment}`)).find(Boolean))
    .find(Boolean);
  const item = rest.find((segment) => /^\d+$/.test(segment));
  return [section, party && known(`party.${party}`), item && `#${Number(item) + 1}`, field]
    .filter(Boolean)
    .join(' › ');
}
