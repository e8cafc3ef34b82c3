import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of an element that most pages never show, loaded by import() when
 * the element is first connected, so that the page's first download leaves it
 * out. The host re-renders when it arrives; `failed` says it could not be
 * fetched (offline before it was ever needed), for the host to say so.
 */
export class LazyPart<T> implements ReactiveController {
  value: T | undefined;
  failed = false;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.value || this.loading) return;
    this.failed = false;
    this.loading = this.load().then(
      (value) => {
        this.value = value;
        this.host.requestUpdate();
      },
      () => {
        // Tried again when the element is connected again (the page reloaded its content).
        this.failed = true;
        this.loading = undefined;
        this.host.requestUpdate();
      },
    );
  }

  /** Resolves once the part is loaded or has failed to load. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }
}
