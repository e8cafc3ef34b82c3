import {
  createEmptyContract,
  parseContract,
  sameContent,
  SCHEMA_VERSION,
  type Action,
  type LearningContract,
  type Membership,
  type Perspective,
  type StorageAdapter,
  type StorageError,
  type StorageResult,
} from '@kollegalaering/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ContractDeleteEvent,
  ContractErrorEvent,
  ContractSaveEvent,
  type ContractErrorCode,
} from '../events.js';
import { AutosaveController } from './autosave-controller.js';
import type { ChoiceAction, CopyChoice } from './copy-choice.js';
import { downloadJson } from './download.js';
import { chooseStorage, type StorageKind } from '../shared/storage-choice.js';

/** How long typing must pause before the contract is saved. */
const AUTOSAVE_DELAY_MS = 400;

/** What the element renders from its storage side. */
export interface SessionState {
  /** The contract shown, or undefined while none is loaded. */
  readonly current: LearningContract | undefined;
  readonly loading: boolean;
  readonly loadError: StorageError | undefined;
  /** Two copies to choose between, when there are. */
  readonly choice: CopyChoice | undefined;
  /** Opened read-only: saved by a newer version of the tool, never written over. */
  readonly frozen: boolean;
  readonly deleted: boolean;
  readonly deleteFailed: boolean;
  /** Who the signed-in person is on the contract, where the storage knows (a server). */
  readonly membership: Membership | undefined;
}

const INITIAL: SessionState = {
  current: undefined,
  loading: false,
  loadError: undefined,
  choice: undefined,
  frozen: false,
  deleted: false,
  deleteFailed: false,
  membership: undefined,
};

export type SessionHost = ReactiveControllerHost &
  EventTarget & { readonly contractId: string; perspective: Perspective };

/**
 * The storage side of `<learning-contract>`: which adapter, loading, saving
 * (through AutosaveController), the copies to choose between after a
 * conflict, a change elsewhere, a deletion elsewhere or a contract the page
 * gave, and deletion. Nothing the person typed is replaced without their
 * choice. The element edits through `edited()` and renders from `state`.
 */
export class ContractSession implements ReactiveController {
  state: SessionState = INITIAL;
  readonly autosave: AutosaveController;

  private adapter: StorageAdapter | undefined;
  private adapterReady: Promise<StorageAdapter | undefined> | undefined;
  private stopListening: (() => void) | undefined;
  /** Disconnected from the page since the last connection. */
  private away = false;
  private loadRequest = 0;
  /** The contract shown came from the page's `contract`, not from storage. */
  private fromHost = false;

  constructor(
    private readonly host: SessionHost,
    /** Called when a contract from storage or the page replaces the one shown. */
    private readonly onReplaced: () => void,
    /** A new contract, as the organisation runs the method (a formal one starts at step 1). */
    private readonly blank: (id: string) => LearningContract = (id) => createEmptyContract({ id }),
  ) {
    host.addController(this);
    this.autosave = new AutosaveController(host, {
      delay: AUTOSAVE_DELAY_MS,
      adapter: () => this.adapter,
      onSaved: (saved, savedAt) => this.onSaved(saved, savedAt),
      onFailed: (error, unsaved) => this.onSaveFailed(error, unsaved),
    });
  }

  /**
   * Moved in the page (disconnected, then connected again): hear of changes
   * made elsewhere again, and catch up with any made while it was away.
   */
  hostConnected(): void {
    const adapter = this.adapter;
    const id = this.host.contractId;
    if (!this.away || !adapter || !id || this.stopListening) return;
    this.away = false;
    this.stopListening = adapter.subscribe?.(
      id,
      (revision) => void this.onChangedElsewhere(revision),
    );
    void this.catchUp(adapter, id);
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    this.away = true;
  }

  private async catchUp(adapter: StorageAdapter, id: string): Promise<void> {
    const stored = await adapter.load(id, { as: this.host.perspective });
    if (!stored.ok) return;
    // Nothing stored is news only for a contract that had been (it was deleted meanwhile).
    if (stored.value) await this.onChangedElsewhere(stored.value.revision);
    else if ((this.latest?.revision ?? 0) > 0) await this.onChangedElsewhere(null);
  }

  /** The contract with edits not saved yet: what the person sees. */
  get latest(): LearningContract | undefined {
    return this.autosave.unsaved ?? this.state.current;
  }

  private set(changes: Partial<SessionState>): void {
    this.state = { ...this.state, ...changes };
    this.host.requestUpdate();
  }

  private fail(error: { code: ContractErrorCode; detail?: string | undefined }): void {
    this.host.dispatchEvent(new ContractErrorEvent(error.code, error.detail));
  }

  /**
   * Why the page's storage cannot be used (an unknown name, `http` without an
   * endpoint): then nothing may be typed that would be lost, and the element is read-only.
   */
  storageProblem: 'unknown-storage' | 'missing-endpoint' | undefined;

  /** Chooses the adapter for a storage name or object; a load follows. */
  connect(storage: StorageKind | StorageAdapter, endpoint: string): void {
    this.adapter = undefined;
    this.storageProblem = undefined;
    this.adapterReady = chooseStorage(storage, endpoint).then(({ adapter, problem }) => {
      this.storageProblem = problem;
      if (problem) this.fail({ code: problem, detail: typeof storage === 'string' ? storage : '' });
      this.host.requestUpdate();
      return adapter;
    });
  }

  /** A contract set by the page: shown at once, never saved until edited. */
  give(contract: LearningContract): void {
    this.loadRequest++; // a load still on its way must not replace what the page set
    this.fromHost = true;
    this.set({ ...INITIAL, current: contract });
    this.onReplaced();
  }

  /** A contract to show when there is no id to load one by. */
  startBlank(): void {
    if (!this.state.current && !this.state.loading) {
      this.state = { ...this.state, current: this.blank('unsaved') };
    }
  }

  /** An edit the person made: shown, and saved once typing pauses. */
  edited(next: LearningContract): void {
    this.set({ current: next });
    if (this.host.contractId) this.autosave.schedule(next);
  }

  /** Offers two copies to choose between (after an import, say). */
  offer(choice: CopyChoice): void {
    this.set({ choice });
  }

  async load(): Promise<void> {
    const request = ++this.loadRequest;
    this.set({ loading: true, deleted: false });
    this.stopListening?.();
    await this.autosave.flush(); // the previous contract's last edits go to the previous key
    const adapter = await this.adapterReady;
    if (request !== this.loadRequest || !adapter) return;
    this.adapter = adapter;
    const id = this.host.contractId;
    const result = await adapter.load(id, { as: this.host.perspective });
    if (request !== this.loadRequest) return;
    this.adoptMembership(adapter, id);
    this.onReplaced();
    // What the page gave (with any edits since) is kept, and compared with what is stored.
    const given = this.fromHost ? this.latest : undefined;
    this.fromHost = false;
    this.stopListening = adapter.subscribe?.(
      id,
      (revision) => void this.onChangedElsewhere(revision),
    );
    const base = { loading: false, choice: undefined, frozen: false };
    if (result.ok) {
      if (given) return this.keepGiven(given, result.value, base);
      this.set({
        ...base,
        loadError: undefined,
        current: result.value ?? this.blank(id),
      });
      // Changes kept in this browser while offline are sent again; nothing else is written.
      if (result.value && adapter.hasUnsent?.(id)) this.autosave.schedule(result.value);
      return;
    }
    const { error } = result;
    this.fail(error);
    if (error.code === 'conflict') {
      // Kept changes the server refused: show both, and let the person choose.
      this.set({
        ...base,
        loadError: undefined,
        current: error.unsent ?? error.current ?? this.blank(id),
        choice: { reason: 'conflict', theirs: error.current ?? null },
      });
      return;
    }
    if (error.code === 'newer-version') {
      // Shown read-only when this version can read it, and never written.
      const readable = parseContract({ ...(error.raw as object), schemaVersion: SCHEMA_VERSION });
      this.set({
        ...base,
        loadError: error,
        frozen: true,
        current: readable.ok ? readable.value : undefined,
      });
      return;
    }
    // An unreadable contract was kept under a backup key, so a fresh one may be started.
    this.set({
      ...base,
      loadError: error,
      current: error.code === 'corrupt' ? this.blank(id) : undefined,
    });
  }

  /**
   * A server says who the person is on the contract: the page may choose
   * among their perspectives, and is moved to one of them when it asked for
   * another (it can never claim one the login does not hold).
   */
  private adoptMembership(adapter: StorageAdapter, id: string): void {
    const membership = adapter.membership?.(id);
    this.set({ membership });
    if (membership && membership.perspective !== this.host.perspective) {
      this.host.perspective = membership.perspective;
    }
  }

  /** Whether actions run in storage (a server that enforces the process), not in this browser. */
  get actsInStorage(): boolean {
    return this.adapter?.act !== undefined;
  }

  /**
   * Runs an action in storage, after the edits waiting to be saved: the
   * server checks it, records who and when, and answers with the contract
   * after it, which is then shown. Undefined when storage has no actions.
   */
  async act(
    action: Action,
    options: { comment?: string; amendmentId?: string },
  ): Promise<StorageResult<LearningContract> | undefined> {
    const adapter = this.adapter;
    const id = this.host.contractId;
    if (!adapter?.act || !id) return undefined;
    await this.autosave.flush();
    const base = this.latest;
    if (!base || this.autosave.unsaved) return undefined; // a failed save is shown; act after it
    const result = await adapter.act(id, action, {
      ...options,
      expectedRevision: base.revision,
      as: this.host.perspective,
    });
    if (result.ok) {
      this.adoptMembership(adapter, id);
      this.set({ current: result.value });
    } else {
      this.fail(result.error);
      if (result.error.code === 'conflict') {
        this.set({ choice: { reason: 'elsewhere', theirs: result.error.current ?? null } });
      }
    }
    return result;
  }

  private keepGiven(
    given: LearningContract,
    stored: LearningContract | null,
    base: Partial<SessionState>,
  ): void {
    if (stored && sameContent(given, stored)) {
      this.set({ ...base, loadError: undefined, current: { ...given, revision: stored.revision } });
      return;
    }
    // Given keeps its own revision: a save before the person chooses is refused as a conflict.
    this.set({
      ...base,
      loadError: undefined,
      current: given,
      choice: stored ? { reason: 'stored', theirs: stored } : undefined,
    });
  }

  private onSaved(saved: LearningContract, savedAt: Date): void {
    // Edits made during the write stay; they are now based on the new revision.
    const current = this.state.current;
    if (current && !this.autosave.unsaved && !sameContent(current, saved)) {
      // Storage kept something else than was sent (a server applied its own rules): show what it kept.
      this.set({ current: saved });
    } else if (current) this.set({ current: { ...current, revision: saved.revision } });
    this.host.dispatchEvent(new ContractSaveEvent(structuredClone(saved), savedAt));
  }

  private onSaveFailed(error: StorageError, unsaved: LearningContract): void {
    this.fail({ code: error.code, detail: error.queued ? 'offline' : error.detail });
    if (error.code !== 'conflict') return;
    const theirs = error.current ?? null;
    if (theirs && sameContent(theirs, unsaved)) {
      // The other copy says the same (sent earlier from the outbox): nothing to choose.
      this.set({ current: { ...unsaved, revision: theirs.revision } });
      this.autosave.discard();
      return;
    }
    this.set({ choice: { reason: 'conflict', theirs } });
  }

  /** Another tab or person saved (or removed) this contract. */
  private async onChangedElsewhere(revision: number | null): Promise<void> {
    const mine = this.latest;
    if (!mine || !this.adapter || (revision !== null && revision <= mine.revision)) return;
    // Already showing that very copy (a save of ours it refused): the panel stays as it is.
    const shown = this.state.choice?.theirs;
    if (shown && revision !== null && shown.revision >= revision) return;
    if (revision === null) {
      this.set({ choice: { reason: 'removed', theirs: null } });
      return;
    }
    const loaded = await this.adapter.load(this.host.contractId, { as: this.host.perspective });
    if (!loaded.ok || !loaded.value) return;
    const theirs = loaded.value;
    if (sameContent(theirs, mine)) {
      this.set({ current: { ...mine, revision: theirs.revision } });
      return;
    }
    this.set({ choice: { reason: 'elsewhere', theirs } });
  }

  /**
   * The person's answer to the two copies. Returns the contract to commit as
   * their edit (an import they accepted), if any.
   */
  choose(action: ChoiceAction): LearningContract | undefined {
    const { choice } = this.state;
    const mine = this.latest;
    if (!choice || !mine) return undefined;
    if (action === 'download-both') {
      downloadJson(`laeringskontrakt-${this.host.contractId}-to-kopier.json`, {
        mine,
        theirs: choice.theirs,
      });
      return undefined;
    }
    this.set({ choice: undefined });
    const theirs = choice.theirs;
    if (choice.reason === 'import') return action === 'use-theirs' && theirs ? theirs : undefined;
    if (action === 'keep-mine') {
      // Mine, based on the stored copy: the next save writes it over theirs, as chosen.
      const next = { ...mine, revision: theirs?.revision ?? 0 };
      this.set({ current: next });
      void this.autosave.resolve(next);
    } else if (theirs) {
      this.set({ current: theirs });
      this.autosave.discard();
      // Changes kept to send must not be sent later: storing their copy again clears them.
      if (this.adapter?.hasUnsent?.(this.host.contractId)) void this.autosave.resolve(theirs);
    }
    return undefined;
  }

  /** Deletes the contract from storage, with every copy kept aside and anything waiting to be sent. */
  async remove(): Promise<boolean> {
    const adapter = this.adapter ?? (await this.adapterReady);
    const id = this.host.contractId;
    if (!id || !adapter) return false;
    this.autosave.discard();
    const result = await adapter.remove(id);
    const failed = !result.ok && result.error.code !== 'not-found';
    if (!result.ok && failed) {
      this.set({ deleteFailed: true });
      this.fail(result.error);
      return false;
    }
    this.set({ current: undefined, choice: undefined, deleted: true, deleteFailed: false });
    this.host.dispatchEvent(new ContractDeleteEvent(id));
    return true;
  }
}
