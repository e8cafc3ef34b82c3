import type { LearningContract, StorageAdapter, StorageError } from '@kollegalaering/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface AutosaveOptions {
  /** How long typing must pause before a save starts, in milliseconds. */
  delay: number;
  adapter: () => StorageAdapter;
  onSaved: (contract: LearningContract, savedAt: Date) => void;
  onFailed: (error: StorageError) => void;
}

/**
 * Saves the latest contract a while after the last edit, with at most one
 * write in flight: edits made during a write are saved right after it. Saves
 * at once when the page is hidden or left, so a closed tab loses nothing.
 */
export class AutosaveController implements ReactiveController {
  status: SaveStatus = 'idle';
  savedAt: Date | undefined;
  error: StorageError | undefined;

  private pending: LearningContract | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AutosaveOptions,
  ) {
    host.addController(this);
  }

  private readonly flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly flushOnLeave = () => void this.flush();

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.flushWhenHidden);
    window.addEventListener('pagehide', this.flushOnLeave);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.flushWhenHidden);
    window.removeEventListener('pagehide', this.flushOnLeave);
    void this.flush();
  }

  /** Marks `contract` as the version to save; the save starts when typing pauses. */
  schedule(contract: LearningContract): void {
    this.pending = contract;
    this.setStatus('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delay);
  }

  /** Saves what is pending now. Resolves when nothing is pending or a save failed. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Forgets what is pending without saving it: for a contract that must not be written. */
  discard(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.setStatus('idle');
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const contract = this.pending;
      this.pending = undefined;
      this.setStatus('saving');
      const result = await this.options.adapter().save(contract);
      if (!result.ok) {
        // Keep the unsaved version: the next edit or flush tries again.
        this.pending ??= contract;
        this.error = result.error;
        this.setStatus('failed');
        this.options.onFailed(result.error);
        return;
      }
      this.error = undefined;
      this.savedAt = new Date();
      this.setStatus(this.pending ? 'pending' : 'saved');
      this.options.onSaved(contract, this.savedAt);
    }
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
