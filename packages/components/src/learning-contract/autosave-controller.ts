import type { LearningContract, StorageAdapter, StorageError } from '@kollegalaering/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SaveStatus =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'failed' | 'conflict';

export interface AutosaveOptions {
  /** How long typing must pause before a save starts, in milliseconds. */
  delay: number;
  adapter: () => StorageAdapter | undefined;
  /** The stored copy, one revision on. Edits made meanwhile are already rebased on it. */
  onSaved: (saved: LearningContract, savedAt: Date) => void;
  onFailed: (error: StorageError, unsaved: LearningContract) => void;
}

/** Waits before retrying while offline: 2 s, 4 s, 8 s … up to a minute. */
const offlineRetryDelay = (attempt: number) => Math.min(2000 * 2 ** attempt, 60_000);

/**
 * Saves the latest contract a while after the last edit, with at most one
 * write in flight: edits made during a write are saved right after it. Each
 * save says which revision it is based on, so a copy changed elsewhere is
 * never written over (`conflict`). Saves at once when the page is hidden or
 * left. What could not be saved stays here, and is retried: while offline on
 * a timer and when the browser is online again, otherwise on the next edit.
 */
export class AutosaveController implements ReactiveController {
  status: SaveStatus = 'idle';
  savedAt: Date | undefined;
  error: StorageError | undefined;

  private pending: LearningContract | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private offlineAttempts = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AutosaveOptions,
  ) {
    host.addController(this);
  }

  /** The edits not stored yet, if any. */
  get unsaved(): LearningContract | undefined {
    return this.pending;
  }

  private readonly flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly flushOnLeave = () => void this.flush();
  private readonly retryWhenOnline = () => {
    if (this.status === 'offline') void this.flush();
  };

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.flushWhenHidden);
    window.addEventListener('pagehide', this.flushOnLeave);
    window.addEventListener('online', this.retryWhenOnline);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.flushWhenHidden);
    window.removeEventListener('pagehide', this.flushOnLeave);
    window.removeEventListener('online', this.retryWhenOnline);
    void this.flush();
  }

  /** Marks `contract` as the version to save; the save starts when typing pauses. */
  schedule(contract: LearningContract): void {
    this.pending = contract;
    // While a conflict waits for the person's choice nothing is written, and
    // while offline the retry timer is already set.
    if (this.status === 'conflict' || this.status === 'offline') return;
    this.setStatus('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delay);
  }

  /** Saves `contract` now, whatever waited before: the person chose it (after a conflict). */
  resolve(contract: LearningContract): Promise<void> {
    this.pending = contract;
    this.error = undefined;
    this.setStatus('pending');
    return this.flush();
  }

  /** Saves what is pending now. Resolves when nothing is pending or a save failed. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.status === 'conflict') return Promise.resolve();
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Forgets what is pending without saving it: for a contract that must not be written. */
  discard(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.error = undefined;
    this.setStatus('idle');
  }

  private async drain(): Promise<void> {
    const adapter = this.options.adapter();
    while (this.pending && adapter) {
      const contract = this.pending;
      this.setStatus('saving');
      const result = await adapter.save(contract, { expectedRevision: contract.revision });
      if (!result.ok) {
        this.fail(result.error, this.pending);
        return;
      }
      const saved = result.value;
      // Edits made during the write are based on what was just stored.
      this.pending =
        this.pending === contract ? undefined : { ...this.pending, revision: saved.revision };
      this.error = undefined;
      this.offlineAttempts = 0;
      this.savedAt = new Date();
      this.setStatus(this.pending ? 'pending' : 'saved');
      this.options.onSaved(saved, this.savedAt);
    }
  }

  private fail(error: StorageError, unsaved: LearningContract): void {
    this.error = error;
    if (error.code === 'conflict') this.setStatus('conflict');
    else if (error.queued) {
      this.setStatus('offline');
      this.timer = setTimeout(() => void this.flush(), offlineRetryDelay(this.offlineAttempts++));
    } else this.setStatus('failed');
    this.options.onFailed(error, unsaved);
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
