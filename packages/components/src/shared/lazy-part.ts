import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { partFailedText } from '../i18n/part-failed.js';

/**
 * A part of an element that most pages never show, loaded by import() so that
 * the page's first download leaves it out: when the element is first connected
 * (`whenConnected`, for an element that is all such a part), or else the first
 * time the rendering asks for it with `get()`. The host re-renders when it
 * arrives; `failed` says it could not be fetched (offline before it was ever
 * needed), for the host to say so.
 */
export class LazyPart<T> implements ReactiveController {
  value: T | undefined;
  failed = false;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPart: () => Promise<T>,
    private readonly whenConnected = false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A part that failed is asked for again once the element is back on a page.
    this.failed = false;
    if (this.whenConnected) this.start();
  }

  /**
   * The part, or undefined while it loads (the host renders again when it is
   * there). After a failure it is not asked for again until the element is
   * connected again, so that a page offline does not ask in a loop.
   */
  get(): T | undefined {
    if (!this.failed) this.start();
    return this.value;
  }

  /** What `render` makes of the part: nothing while it loads, and a message when it could not be fetched. */
  render(render: (part: T) => unknown): unknown {
    const value = this.get();
    if (value) return render(value);
    return this.failed ? html`<p class="error" role="alert">${partFailedText()}</p>` : nothing;
  }

  private start(): void {
    if (this.value || this.loading) return;
    this.loading = this.fetchPart().then(
      (value) => {
        this.value = value;
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.loading = undefined;
        this.host.requestUpdate();
      },
    );
  }

  /** The part once loaded, or undefined when it could not be fetched. */
  async load(): Promise<T | undefined> {
    this.get();
    await this.ready;
    return this.value;
  }

  /** Resolves once the part is loaded or has failed to load. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }
}
