import type { Edit } from '@kollegalaering/core';

/**
 * Resolves once the browser has painted the next frame: a requestAnimationFrame
 * callback runs just before the paint, and a task it queues runs after it. A
 * hidden page paints no frames, so it resolves after 100 ms at the latest.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const hidden = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(hidden);
      setTimeout(resolve);
    });
  });
}

/**
 * What a person types is on the screen before any script of ours runs: after
 * typed text, the element's next update (messages, progress, whose turn it
 * is) waits until that frame is painted, so that re-rendering never delays a
 * keystroke. For an element's `scheduleUpdate`.
 */
export class PaintTypingFirst {
  private typed = false;

  /** After an edit the contract took: text set by typing. */
  edited(edit: Edit): void {
    this.typed ||= edit.op === 'set' && typeof edit.value === 'string';
  }

  /** Runs the host's update now, or once the frame with the typed text is painted. */
  schedule(update: () => void | Promise<unknown>): void | Promise<unknown> {
    if (!this.typed) return update();
    this.typed = false;
    return afterNextPaint().then(update);
  }
}
