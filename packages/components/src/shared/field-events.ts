import {
  getAtPath,
  isListSpec,
  parsePerspective,
  type FieldPath,
  type FieldSpec,
  type ListSpec,
} from '@kollegalaering/core';
import type { ContractState } from '../state/contract-state.js';
import { addButtonId, controlId } from './field-context.js';
import { drawnText } from './text-value.js';

const parsePath = (raw: string | undefined): FieldPath | undefined =>
  raw ? (JSON.parse(raw) as FieldPath) : undefined;

const samePath = (a: FieldPath, b: FieldPath) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The list at a path, with its path made whole: a top-level list, or one
 * inside an item of another (`goals.a.0.subGoals`).
 */
function findList(
  lists: ReadonlyArray<FieldSpec | ListSpec>,
  path: FieldPath,
  at: FieldPath = [],
): ListSpec | undefined {
  for (const list of lists.filter(isListSpec)) {
    const whole = [...at, ...list.path];
    if (samePath(whole, path)) return { ...list, path: whole };
    const index = path[whole.length];
    if (typeof index === 'number' && samePath(path.slice(0, whole.length), whole)) {
      const inner = findList(list.itemFields, path, [...whole, index]);
      if (inner) return inner;
    }
  }
  return undefined;
}

const listsOf = (state: ContractState) =>
  state.sections.flatMap((section) => section.groups).flatMap((group) => group.fields);

function showHeld(control: HTMLInputElement, held: unknown, option: string | undefined): void {
  if (option !== undefined) control.checked = Array.isArray(held) && held.includes(option);
  else if (control.type === 'checkbox') control.checked = held === true;
  // What it shows now is what the next keystroke is typed on.
  else drawnText.set(control, (control.value = typeof held === 'string' ? held : ''));
}

/** Turns typing, ticking and choosing in a control into an edit of the contract. */
export function editFromInput(event: Event, state: ContractState): void {
  const control = event.target as HTMLInputElement;
  const path = parsePath(control.dataset['path']);
  if (!path) return;
  const current = getAtPath(state.contract, path);
  let value: unknown;
  const option = control.dataset['option'];
  if (option !== undefined) {
    // A checklist: tick or untick one option in the list of chosen ones.
    const chosen = Array.isArray(current) ? (current as string[]) : [];
    // Both input and change fire for one tick: adding must not add twice.
    const without = chosen.filter((item) => item !== option);
    value = control.checked ? [...without, option] : without;
  } else {
    value = control.type === 'checkbox' ? control.checked : control.value;
  }
  if (JSON.stringify(current) === JSON.stringify(value)) return;
  // What the text was before this keystroke: where a colleague's words came in since, they stay.
  const before = drawnText.get(control);
  if (typeof value === 'string') drawnText.set(control, value);
  // Refused (core said no): the control shows again what the contract holds, not what was typed.
  if (!state.edit({ op: 'set', path, value }, before)) showHeld(control, current, option);
}

/**
 * Handles the add and remove buttons of lists. Returns a selector for where
 * focus should go once the element has re-rendered: into the new item, or to
 * the list's add button when the focused item is gone.
 */
export function editFromListClick(event: Event, state: ContractState): string | undefined {
  const button = (event.target as Element).closest('button');
  if (!button) return undefined;
  const addPath = parsePath(button.dataset['add']);
  if (addPath) {
    const list = findList(listsOf(state), addPath);
    if (!list) return undefined;
    const { party, role } = parsePerspective(state.perspective);
    const item = list.newItem({ party, role, today: new Date().toISOString().slice(0, 10) });
    state.edit({ op: 'append', path: addPath, item });
    const index = ((getAtPath(state.contract, addPath) as unknown[] | undefined) ?? []).length;
    const first = list.itemFields.find((field) => !isListSpec(field));
    return first ? `#${CSS.escape(controlId([...addPath, index, ...first.path]))}` : undefined;
  }
  const removePath = parsePath(button.dataset['remove']);
  const itemId = button.dataset['itemId'];
  if (removePath && itemId) {
    state.edit({ op: 'remove', path: removePath, id: itemId });
    return `#${CSS.escape(addButtonId(removePath))}`;
  }
  return undefined;
}
