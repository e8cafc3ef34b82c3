import { noChange, type PropertyPart } from 'lit';
import { Directive, directive, type DirectiveResult } from 'lit/directive.js';

/**
 * Where a caret goes when the text around it changes (a colleague's words
 * merged in while the person types): beside the same characters it was beside,
 * so the next keystroke lands where the person meant it.
 */
export function caretAfterChange(old: string, next: string, caret: number): number {
  const shorter = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < shorter && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    old[old.length - 1 - suffix] === next[next.length - 1 - suffix]
  ) {
    suffix++;
  }
  if (caret <= prefix) return caret;
  if (caret >= old.length - suffix) return next.length - (old.length - caret);
  return next.length - suffix; // inside what changed: after the new text
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * `.value=${textValue(text)}` on a text control (a property binding only): writes only when the text differs
 * from what the control holds, and keeps the caret of a focused control beside
 * the same words (setting `value` would move it to the end).
 */
class TextValue extends Directive {
  render(text: string) {
    return text;
  }

  override update(part: PropertyPart, [text]: [string]) {
    const control = part.element as TextControl;
    const old = control.value;
    if (old === text) return noChange;
    // Email and date inputs have no caret to keep (selectionStart is null).
    const caret = control.matches(':focus') ? control.selectionStart : null;
    control.value = text;
    if (caret !== null) {
      const at = caretAfterChange(old, text, caret);
      control.setSelectionRange(at, at);
    }
    return noChange;
  }
}

export const textValue: (text: string) => DirectiveResult<typeof TextValue> = directive(TextValue);
