import type { Perspective, StorageAdapter } from '@kollegalaering/core';
import { adoptStyles, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { withDanish } from '../i18n/msg.js';
import { partFailedText } from '../i18n/part-failed.js';
import { LazyPart } from '../shared/lazy-part.js';
import type { StorageKind } from '../shared/storage-choice.js';
import { fieldStyles, tokens } from '../shared/tokens.js';

/**
 * The signed-in person's learning contracts, with what awaits them first:
 * "You need to approve the contract", then the contracts that wait for
 * someone else ("Waiting for Jonas Holm to accept") or where the learning
 * runs, then the completed ones.
 * Each shows the other people's names, the step and the last change. Opening
 * one fires `contract-open`; with `href` it is also a link. "Start a new
 * contract" stores a new one with this person as party A and opens it; it is
 * not offered to someone on contracts only as a leader or the supervisor.
 *
 * With `storage="http"` the server says who the person is on each contract.
 * Storage in the browser does not know who is asking: give `perspective` to
 * split what awaits this person from what awaits others.
 *
 * @summary The person's learning contracts, and whose turn it is on each.
 *
 * @tagname contract-list
 *
 * @fires contract-open - When a contract is opened or has just been started. `detail` has `id` and `perspective`. Cancelable: `preventDefault()` keeps a link from being followed.
 * @fires contract-error - When the list cannot be fetched or a new contract cannot be stored. `detail.code` says why: `unavailable`, `forbidden`, `quota`, `unknown-storage`, `missing-endpoint`, `cannot-list`.
 *
 * @csspart list - Each list of contracts.
 * @csspart item - One contract in a list.
 * @csspart new - The button that starts a new contract.
 *
 * @cssprop --lc-color-primary - Links and buttons. Default: #0a4f8c.
 * @cssprop --lc-color-text - Text. Default: #1b1b1b.
 * @cssprop --lc-font-family - Font. Default: inherited from the page.
 * @cssprop --lc-space - Spacing unit. Default: 1rem.
 */
export class ContractListElement extends LitElement {
  static override styles = [tokens, fieldStyles];

  /** Where the contracts are kept: `local` (the default), `indexeddb`, `http` (at `endpoint`), `memory`, or, as a property, any StorageAdapter. Use the same as the page's `<learning-contract>`. */
  @property({ attribute: 'storage' })
  storage: StorageKind | StorageAdapter = 'local';

  /** For `storage="http"`: the base URL of the contracts API. */
  @property({ attribute: 'endpoint' })
  endpoint = '';

  /** A link for each contract, with `{id}` and `{perspective}` filled in, for example `/laering/{id}?som={perspective}`. Without it each contract is a button that fires `contract-open`. */
  @property({ attribute: 'href' })
  href = '';

  /** Who is looking, where storage does not know (storage in the browser): `party-a`, `party-b`, `leader-a`, `leader-b` or `supervisor`. A server's answer takes precedence. */
  @property({ attribute: 'perspective' })
  perspective: Perspective | undefined = undefined;

  /** The section configuration, as `<learning-contract>` takes it (a `<script type="application/json">` child works too): a contract started here is run as its `process.mode` says. With a server, the server's configuration decides. */
  @property({ attribute: false })
  config: unknown = undefined;

  private readonly localization = new LocaleController(this);
  // What the list does and shows is fetched when the element is first on a
  // page: pages without a list never download it.
  private readonly lazyPart = new LazyPart(
    this,
    async () => {
      const part = withDanish(await import('./contract-list-part.js'));
      if (this.shadowRoot) adoptStyles(this.shadowRoot, [tokens, fieldStyles, part.styles]);
      const controller = new part.ContractListController(this);
      return { controller, render: part.renderContractList };
    },
    true,
  );

  /** Fetches the list again (it is fetched on its own when storage changes, a contract on the page is saved, and the page is shown again). */
  async refresh(): Promise<void> {
    await this.lazyPart.ready;
    await this.lazyPart.value?.controller.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage') || changed.has('endpoint'))
      this.lazyPart.value?.controller.storageChanged();
  }

  override render() {
    const part = this.lazyPart.value;
    if (part) return part.render(part.controller.state(this.localization.locale));
    return html`<p role="status">${this.lazyPart.failed ? partFailedText() : ''}</p>`;
  }
}
