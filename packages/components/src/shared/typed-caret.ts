// Whether a caret is where the person's last keystroke left it (they are
// typing there) or was put there since (a click, an arrow key). A colleague's
// words that arrive right at a typing caret go after it, where the colleague
// goes on typing; at a caret just put there they go before it, as if the
// person had clicked a moment later (else the next word typed there runs
// into the colleague's).

/** Where each text control's caret was after the person's last keystroke in it. */
const typedTo = new WeakMap<EventTarget, number | null>();

let noting = false;

/** Notes each keystroke's caret, page-wide (the part that merges starts this as it loads). */
export function noteTyping(): void {
  if (noting) return;
  noting = true;
  globalThis.document?.addEventListener(
    'input',
    (event) => {
      const control = event.composedPath()[0] as HTMLInputElement;
      typedTo.set(control, control.selectionStart);
    },
    true,
  );
}

/** The focused element, inside shadow roots too. */
function focused(): Element | null {
  let element = globalThis.document?.activeElement ?? null;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Whether the focused control's caret at `caret` was put there since the person last typed in it (not known: typed). */
export function caretPut(caret: number): boolean {
  const control = focused();
  return !!control && typedTo.has(control) && typedTo.get(control) !== caret;
}

/** The text moved under a typing caret from `from` to `to`: the person types on from there. */
export function typingMoved(from: number, to: number): void {
  const control = focused();
  if (control && typedTo.get(control) === from) typedTo.set(control, to);
}
