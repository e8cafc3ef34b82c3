import {
  createEmptyContract,
  mayStartContracts,
  newItemId,
  type Perspective,
  type StorageAdapter,
} from '@kollegalaering/core';
import type { ReactiveController } from 'lit';
import { ContractErrorEvent, ContractOpenEvent } from '../events.js';
import { chooseStorage } from '../shared/storage-choice.js';
import { readConfigScript, resolveConfig } from '../shared/config-source.js';
import type { ListHost, ListState } from './list-state.js';

const CHANGES_ON_THE_PAGE = ['contract-save', 'step-change', 'contract-delete'];

/**
 * What `<contract-list>` does: fetches the list from storage (again when a
 * contract on the page is saved and when the page is shown again), opens a
 * contract, and starts a new one.
 */
export class ContractListController implements ReactiveController {
  private shown: Pick<ListState, 'loaded' | 'creating' | 'createFailed'> = {
    loaded: { kind: 'loading' },
    creating: false,
    createFailed: false,
  };
  private adapter: StorageAdapter | undefined;
  private fetching = 0;
  private readonly refreshOnChange = () => void this.refresh();
  private readonly refreshWhenShown = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  constructor(private readonly host: ListHost) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const name of CHANGES_ON_THE_PAGE) window.addEventListener(name, this.refreshOnChange);
    document.addEventListener('visibilitychange', this.refreshWhenShown);
    void this.refresh();
  }

  hostDisconnected(): void {
    for (const name of CHANGES_ON_THE_PAGE) window.removeEventListener(name, this.refreshOnChange);
    document.removeEventListener('visibilitychange', this.refreshWhenShown);
  }

  /** The element's storage or endpoint changed: the list comes from there now. */
  storageChanged(): void {
    this.adapter = undefined;
    void this.refresh();
  }

  private show(change: Partial<ListState>) {
    this.shown = { ...this.shown, ...change };
    this.host.requestUpdate();
  }

  async refresh(): Promise<void> {
    const ticket = ++this.fetching;
    const adapter = await this.connect();
    if (!adapter || ticket !== this.fetching) return;
    if (!adapter.capabilities.list) {
      this.show({ loaded: { kind: 'cannot-list' } });
      this.host.dispatchEvent(new ContractErrorEvent('cannot-list'));
      return;
    }
    const result = await adapter.list();
    if (ticket !== this.fetching) return;
    if (result.ok) {
      this.show({ loaded: { kind: 'loaded', summaries: result.value } });
    } else {
      // What was shown stays shown: a list a moment old beats an empty one.
      if (this.shown.loaded.kind !== 'loaded') this.show({ loaded: { kind: 'unavailable' } });
      this.host.dispatchEvent(new ContractErrorEvent(result.error.code, result.error.detail));
    }
  }

  private async connect(): Promise<StorageAdapter | undefined> {
    if (this.adapter) return this.adapter;
    const choice = await chooseStorage(this.host.storage, this.host.endpoint);
    if (choice.problem) {
      this.show({ loaded: { kind: 'unavailable' } });
      this.host.dispatchEvent(new ContractErrorEvent(choice.problem));
      return undefined;
    }
    this.adapter = choice.adapter;
    return this.adapter;
  }

  private linkTo(id: string, perspective: Perspective): string {
    return this.host.href
      .replaceAll('{id}', encodeURIComponent(id))
      .replaceAll('{perspective}', encodeURIComponent(perspective));
  }

  /** Tells the host page; one that shows the contract itself cancels, and a link is then not followed. */
  private open(id: string, perspective: Perspective): boolean {
    return this.host.dispatchEvent(new ContractOpenEvent(id, perspective));
  }

  private async startNew() {
    const adapter = await this.connect();
    if (!adapter || this.shown.creating) return;
    this.show({ creating: true, createFailed: false });
    // Run formally, a new contract starts at step 1 with the leaders (a server decides this itself).
    const resolved = resolveConfig(this.host.config, readConfigScript(this.host));
    const mode = (resolved.ok && resolved.value.rules.mode) || 'informal';
    const blank = createEmptyContract({ id: `kontrakt-${newItemId()}`, settings: { mode } });
    const saved = await adapter.save(blank, { expectedRevision: 0 });
    this.show({ creating: false });
    if (!saved.ok) {
      this.show({ createFailed: true });
      this.host.dispatchEvent(new ContractErrorEvent(saved.error.code, saved.error.detail));
      return;
    }
    await this.refresh();
    if (this.open(saved.value.id, 'party-a') && this.host.href) {
      location.assign(this.linkTo(saved.value.id, 'party-a'));
    }
  }

  /**
   * Whether the person is offered to start a contract (core's
   * mayStartContracts), from what they are on the contracts listed: a server
   * says so on each; storage in the browser knows only the element's
   * `perspective`. Not before the list is here, so as not to show it and take it away.
   */
  private mayStart(): boolean {
    const { loaded } = this.shown;
    if (loaded.kind === 'loading') return false;
    const known =
      loaded.kind === 'loaded' ? loaded.summaries.flatMap((s) => s.perspectives ?? []) : [];
    const held = known.length > 0 ? known : this.host.perspective ? [this.host.perspective] : [];
    return mayStartContracts(held);
  }

  /** What the view renders, in the element's locale. */
  state(locale: string): ListState {
    return {
      ...this.shown,
      mayStart: this.mayStart(),
      href: this.host.href,
      perspective: this.host.perspective || undefined,
      locale,
      linkTo: (id, perspective) => this.linkTo(id, perspective),
      open: (id, perspective) => this.open(id, perspective),
      refresh: () => void this.refresh(),
      startNew: () => void this.startNew(),
    };
  }
}
