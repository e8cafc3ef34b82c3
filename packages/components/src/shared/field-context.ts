import {
  canEdit,
  formatPath,
  parsePerspective,
  type FieldPath,
  type Issue,
} from '@kollegalaering/core';
import type { Locale } from '../i18n/locales.js';
import { namesOf, type Reader } from '../i18n/party-names.js';
import type { ContractState } from '../state/contract-state.js';

/** A DOM id for the control at a path; unique within one shadow root. */
export const controlId = (path: FieldPath) => `f-${path.join('-')}`;

/** The id of the "add" button of the list at a path. */
export const addButtonId = (path: FieldPath) => `add-${path.join('-')}`;

/** What rendering fields needs: the state, the locale, and the issues by field. */
export interface FieldContext {
  state: ContractState;
  locale: Locale;
  issuesAt: (path: FieldPath) => readonly Issue[];
  editable: (path: FieldPath) => boolean;
  /** Who reads, and the names in the contract: labels say "you" to them and name everyone else. */
  reader: Reader;
  /**
   * Leaders and the supervisor read what they may not change as text, like a
   * "check your answers" page, not as a form of locked fields.
   */
  summary: boolean;
  /**
   * Long lists the person chose to see whole, by formatted path. Without it
   * (an element that offers no choice) every list is shown whole.
   */
  expandedLists?: ReadonlySet<string>;
}

export function fieldContext(
  state: ContractState,
  locale: Locale,
  expandedLists?: ReadonlySet<string>,
): FieldContext {
  const byPath = new Map<string, Issue[]>();
  for (const issue of state.issues) {
    const key = formatPath(issue.path);
    byPath.set(key, [...(byPath.get(key) ?? []), issue]);
  }
  return {
    state,
    locale,
    ...(expandedLists && { expandedLists }),
    issuesAt: (path) => byPath.get(formatPath(path)) ?? [],
    reader: { perspective: state.perspective, names: namesOf(state.contract) },
    summary: parsePerspective(state.perspective).role !== 'party',
    editable: (path) =>
      !state.readonly && canEdit(state.contract, state.perspective, path, state.rules.customOwners),
  };
}
