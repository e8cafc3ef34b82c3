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
