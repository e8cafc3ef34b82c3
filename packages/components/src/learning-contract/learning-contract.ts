import {
  appendItem,
  BUILT_IN_SECTIONS,
  createEmptyContract,
  createLocalStorageAdapter,
  createMemoryAdapter,
  getAtPath,
  isListSpec,
  parseContract,
  removeItem,
  setField,
  type FieldPath,
  type LearningContract,
  type StorageAdapter,
  type StorageError,
} from '@kollegalaering/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContractChangeEvent, ContractErrorEvent, ContractSaveEvent } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { msg, str } from '../i18n/msg.js';
import { AutosaveController } from './autosave-controller.js';
import { styles } from './learning-contract.styles.js';
import { controlId, renderSections } from './render-sections.js';

/** The storage choices the `storage` attribute takes. */
export const STORAGE_KINDS = ['local', 'memory'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

/** How long typing must pause before the contract is saved. */
const AUTOSAVE_DELAY_MS = 400;

const adapterFor = (kind: string): StorageAdapter =>
  kind === 'memory' ? createMemoryAdapter() : createLocalStorageAdapter();

const parsePath = (raw: string | undefined): FieldPath | undefined =>
  raw ? (JSON.parse(raw) as FieldPath) : undefined;

/**
 * A learning contract between two colleagues ("Lær af en kollega"): every
 * section of the contract as one accessible form, saved as the user types.
 *
 * The language follows the nearest `lang` attribute (the element's own, an
 * ancestor's, or the page's); Danish when none is set.
 *
 * @summary The whole learning contract in one tag.
 *
 * @fires contract-change - After each edit by the user. `detail.contract` is the new contract.
 * @fires contract-save - After each successful save. `detail` holds `contract` and `savedAt`.
 * @fires contract-error - When a contract cannot be loaded, saved or accepted. `detail.code` says why.
 *
 * @csspart contract - The outer frame.
 * @csspart status - The save status line.
 *
 * @cssprop --lc-color-primary - Buttons, focus and headings accent. Default: #0a4f8c.
 * @cssprop --lc-color-text - Body text. Default: #1b1b1b.
 * @cssprop --lc-color-background - Background of the frame. Default: #ffffff.
 * @cssprop --lc-font-family - Font of the whole element. Default: inherited from the page.
 * @cssprop --lc-space - The base spacing unit. Default: 1rem.
 * @cssprop --lc-radius - Corner radius of fields and buttons. Default: 4px.
 * @cssprop --lc-focus-ring - Outline of the focused control. Default: 3px solid #ffbf47.
 */
export class LearningContractElement extends LitElement {
  static override styles = styles;

  /** The key the contract is stored under. Without it nothing is saved. */
  @property({ attribute: 'contract-id', reflect: true })
  contractId = '';

  /** Where the contract is kept: `local` (this browser's localStorage, the default) or `memory` (until the page closes). */
  @property({ attribute: 'storage' })
  storage: StorageKind = 'local';

  @state() private current: LearningContract | undefined;
  @state() private loadError: StorageError | undefined;
  @state() private loading = false;

  private readonly localization = new LocaleController(this);
  private adapter: StorageAdapter = adapterFor('local');
  private loadRequest = 0;
  /** A selector for the control to focus once the next render is done. */
  private focusAfterRender: string | undefined;

  private readonly autosave = new AutosaveController(this, {
    delay: AUTOSAVE_DELAY_MS,
    adapter: () => this.adapter,
    onSaved: (contract, savedAt) =>
      this.dispatchEvent(new ContractSaveEvent(structuredClone(contract), savedAt)),
    onFailed: (error) => this.dispatchEvent(new ContractErrorEvent(error.code, error.detail)),
  });

  /** The contract as a plain object (a copy), or undefined while it loads. Setting it replaces the contract; an invalid one is refused with `contract-error`. */
  get contract(): LearningContract | undefined {
    return this.current && structuredClone(this.current);
  }

  set contract(value: unknown) {
    const parsed = parseContract(value);
    if (!parsed.ok) {
      const where = parsed.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.code}`)
        .join('; ');
      this.dispatchEvent(new ContractErrorEvent('invalid-contract', where));
      return;
    }
    this.loadRequest++; // a load still on its way must not replace what the host set
    this.loading = false;
    this.loadError = undefined;
    this.current = parsed.value;
  }

  /** Saves pending edits now instead of waiting for typing to pause. */
  save(): Promise<void> {
    return this.autosave.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage')) this.adapter = adapterFor(this.storage);
    if ((changed.has('contractId') || changed.has('storage')) && this.contractId) {
      void this.load();
    }
    if (!this.current && !this.contractId && !this.loading) {
      this.current = createEmptyContract({ id: 'unsaved' });
    }
  }

  private async load(): Promise<void> {
    const request = ++this.loadRequest;
    this.loading = true;
    await this.autosave.flush(); // the previous contract's last edits go to the previous key
    if (request !== this.loadRequest) return;
    const result = await this.adapter.load(this.contractId);
    if (request !== this.loadRequest) return;
    this.loading = false;
    if (result.ok) {
      this.loadError = undefined;
      this.current = result.value ?? createEmptyContract({ id: this.contractId });
      return;
    }
    this.loadError = result.error;
    this.dispatchEvent(new ContractErrorEvent(result.error.code, result.error.detail));
    // An unreadable contract was kept under a backup key, so a fresh one may be
    // started. One from a newer version is shown as nothing and never written.
    this.current =
      result.error.code === 'corrupt' ? createEmptyContract({ id: this.contractId }) : undefined;
  }

  private edit(next: LearningContract): void {
    this.current = { ...next, updatedAt: new Date().toISOString() };
    this.dispatchEvent(new ContractChangeEvent(structuredClone(this.current)));
    if (this.contractId) this.autosave.schedule(this.current);
  }

  private readonly onFieldInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const path = parsePath(target.dataset['path']);
    if (!path || !this.current) return;
    const value = target.type === 'checkbox' ? target.checked : target.value;
    if (getAtPath(this.current, path) === value) return;
    this.edit(setField(this.current, path, value));
  };

  private readonly onClick = (event: Event) => {
    const button = (event.target as Element).closest('button');
    if (!button || !this.current) return;
    const addPath = parsePath(button.dataset['add']);
    if (addPath) {
      const spec = BUILT_IN_SECTIONS.flatMap((section) => section.groups)
        .flatMap((group) => group.fields)
        .filter(isListSpec)
        .find((list) => JSON.stringify(list.path) === JSON.stringify(addPath));
      if (!spec) return;
      const next = appendItem(this.current, addPath, spec.newItem());
      const firstField = spec.itemFields[0];
      const index = (getAtPath(next, addPath) as unknown[]).length - 1;
      if (firstField) {
        this.focusAfterRender = `#${CSS.escape(controlId([...addPath, index, ...firstField.path]))}`;
      }
      this.edit(next);
      return;
    }
    const removePath = parsePath(button.dataset['remove']);
    const itemId = button.dataset['itemId'];
    if (removePath && itemId) {
      // Focus would fall to the page when the button disappears: keep it at the list.
      this.focusAfterRender = `[data-add='${CSS.escape(JSON.stringify(removePath))}']`;
      this.edit(removeItem(this.current, removePath, itemId));
    }
  };

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = undefined;
  }

  private renderStatus() {
    if (!this.contractId) {
      return msg('Not saved: the page gives this contract no contract-id.', {
        id: 'lc.status.noId',
        desc: 'Save status when the host page forgot the contract-id attribute',
      });
    }
    const time = this.autosave.savedAt
      ? new Intl.DateTimeFormat(this.localization.locale, { timeStyle: 'short' }).format(
          this.autosave.savedAt,
        )
      : '';
    switch (this.autosave.status) {
      case 'pending':
      case 'saving':
        return msg('Saving…', { id: 'lc.status.saving', desc: 'Save status while saving' });
      case 'saved':
        return msg(str`Saved at ${time}`, {
          id: 'lc.status.saved',
          desc: 'Save status after a save; the time of day',
        });
      case 'failed':
        return this.autosave.error?.code === 'quota'
          ? msg(
              'Not saved: the browser’s storage is full. Your text is still here; do not close the page.',
              { id: 'lc.status.quota', desc: 'Save failed because storage is full' },
            )
          : msg(
              'Not saved: storage could not be reached. Your text is still here; do not close the page.',
              { id: 'lc.status.failed', desc: 'Save failed for another reason' },
            );
      default:
        return '';
    }
  }

  private renderLoadError() {
    if (!this.loadError) return nothing;
    const text =
      this.loadError.code === 'newer-version'
        ? msg(
            'This contract was saved by a newer version of the tool and cannot be opened here. It has not been changed.',
            {
              id: 'lc.error.newerVersion',
              desc: 'Load error: stored contract is from a newer version',
            },
          )
        : this.loadError.code === 'corrupt'
          ? msg(
              'The saved contract could not be read. A copy of it has been kept, and you are starting on a blank contract.',
              {
                id: 'lc.error.corrupt',
                desc: 'Load error: stored data unreadable, a backup was kept',
              },
            )
          : msg('The saved contract could not be reached.', {
              id: 'lc.error.unavailable',
              desc: 'Load error: storage not available',
            });
    return html`<p class="error" role="alert">${text}</p>`;
  }

  protected override render() {
    return html`<article part="contract" aria-labelledby="title">
      <header>
        <h2 id="title">
          ${msg('Learning contract', { id: 'lc.title', desc: 'Heading of the whole contract (læringskontrakt)' })}
        </h2>
        <p part="status" class="status" role="status">${this.renderStatus()}</p>
      </header>
      ${this.renderLoadError()}
      ${
        this.loading
          ? html`<p>
              ${msg('Loading the contract…', { id: 'lc.loading', desc: 'Shown while the stored contract loads' })}
            </p>`
          : this.current
            ? html`<form
                novalidate
                @input=${this.onFieldInput}
                @change=${this.onFieldInput}
                @click=${this.onClick}
                @submit=${(event: Event) => event.preventDefault()}
              >
                ${renderSections(BUILT_IN_SECTIONS, this.current, false)}
              </form>`
            : nothing
      }
    </article>`;
  }
}
