import { noChange, type PropertyPart } from 'lit';
import { Directive, directive, type DirectiveResult } from 'lit/directive.js';

/**
 * Where a focused control's caret goes when its text changes under it. Only
 * a colleague's change does that, and it comes through the part that merges,
 * which sets the rule that follows the words (`caret-after-change.ts`); until
 * then the caret keeps its place.
 */
export const caretRule = { after: (_old: string, _next: string, caret: number) => caret };

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * The text each control last held as far as the element knows: what it drew
 * there, or what the person typed since. A keystroke on text the screen had
 * not caught up with (a colleague's words merged in meanwhile) is told apart
 * by it (see editFromInput).
 */
export const drawnText = new WeakMap<Element, string>();

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
    drawnText.set(control, text);
    const old = control.value;
    if (old === text) return noChange;
    // Email and date inputs have no caret to keep (selectionStart is null).
    const caret = control.matches(':focus') ? control.selectionStart : null;
    control.value = text;
    if (caret !== null) {
      const at = caretRule.after(old, text, caret);
      control.setSelectionRange(at, at);
    }
    return noChange;
  }
}

export const textValue: (text: string) => DirectiveResult<typeof TextValue> = directive(TextValue);
