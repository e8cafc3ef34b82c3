import {
  applyEditOrAction,
  type ChangeOptions,
  createEmptyContract,
  formatPath,
  parseContract,
  recordEdit,
  resolvePath,
  SCHEMA_VERSION,
  type Action,
  type ContractRules,
  type Edit,
  type FieldConflict,
  type FieldPath,
  type Issue,
  type LearningContract,
  type Membership,
  type PendingEdit,
  type Perspective,
  type RefusedEdit,
  type Result,
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
import { chooseStorage, type StorageKind } from '../shared/storage-choice.js';
import { ContractChanges } from './contract-changes.js';
import type { JournalEntry, PendingJournal } from './pending-journal.js';
import type { Held, Taken } from './rebase-part.js';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'failed';

/** How long typing must pause before the contract is saved. */
const AUTOSAVE_DELAY_MS = 400;
/** Waits before retrying while the keeper cannot be reached: 2 s, 4 s, 8 s … up to a minute. */
const offlineRetryDelay = (attempt: number) => Math.min(2000 * 2 ** attempt, 60_000);
/** Colleagues saving faster than this person can send: after so many, wait until typing pauses. */
const MAX_REBASES_IN_A_ROW = 5;

/** What a colleague changed in the stored contract since the person last saw it. */
export interface ColleagueChange {
  /** The stored contract before it. */
  before: LearningContract;
  /** The stored contract with it: the names to say it with. */
  after?: LearningContract;
  paths: FieldPath[];
}

/**
 * An action met a newer version: what changed in what it is about (`change`,
 * the person is asked again), or who had already done it (`done`). It belongs
 * to the step it was said in (`change.after`), and goes when the step moves.
 */
export interface StaleAction {
  action: Action;
  change: ColleagueChange;
  done?: { by?: Perspective | undefined };
}

/** What an action is taken with: a leader's comment, the amendment confirmed. */
export type ActOptions = { comment?: string; amendmentId?: string };

export type ControllerHost = ReactiveControllerHost &
  EventTarget & { readonly contractId: string; perspective: Perspective };

export interface ControllerOptions {
  /** A new contract, as the organisation runs the method (a formal one starts at step 1). */
  blank?: (id: string) => LearningContract;
  /** The organisation's rules, for every change made here. */
  rules: () => ContractRules | undefined;
}

let rebasePart: Promise<typeof import('./rebase-part.js')> | undefined;
/** Replaying edits onto a colleague's version is a part of its own: most pages never need it. */
const loadRebase = () => (rebasePart ??= import('./rebase-part.js'));

/**
 * A keystroke typed on `typedOn`, the text its control showed: the edit to
 * make, or none (held apart as a conflict). The screen lags behind the field
 * only where a colleague's words were merged in, so the part that merges
 * sets the rule that puts the typing onto them (`typedOnShown`).
 */
export const typing = {
  onto: (_: ContractController, edit: Edit, _typedOn?: string): Edit | undefined => edit,
};

/**
 * A stored version with the pending edits applied one after another, where
 * core allows them: what the person sees when the part that merges cannot be
 * fetched (offline). Nothing is dropped: what is pending stays pending.
 */
function applyPending(
  held: Held,
  stored: LearningContract,
  perspective: Perspective,
  options: ChangeOptions,
): Taken {
  let shown = stored;
  for (const { edit, as } of held.pending) {
    const result = applyEditOrAction(shown, as ?? perspective, { edit }, options);
    if (result.ok) shown = result.value.contract;
  }
  return { ...held, base: stored, shown, pending: [...held.pending] };
}

/**
 * The one owner of a contract in the browser, for one person: the last stored
 * version they have seen (the base), their changes not stored yet (core's
 * edits, `pending`), what they see (the base with those edits), and the
 * storage session that loads, saves and hears of colleagues' changes.
 *
 * A colleague's save is merged, never offered as a rival copy: the person's
 * pending edits are replayed onto it through core (`rebase`). Only a field
 * both changed in the same words is a conflict, kept at that field for the
 * person to settle; a change core refuses now is taken out of what is pending
 * and kept at its field with the reason, so the rest still saves. On shared
 * storage (a server) what is pending is kept in this browser until stored.
 */
export class ContractController implements ReactiveController {
  base: LearningContract | undefined;
  /** The base with the person's pending edits: what they see. */
  shown: LearningContract | undefined;
  pending: readonly PendingEdit[] = [];
  conflicts: readonly FieldConflict[] = [];
  refused: readonly RefusedEdit[] = [];
  status: SaveStatus = 'idle';
  error: StorageError | undefined;
  savedAt: Date | undefined;
  loading = false;
  loadError: StorageError | undefined;
  /** Opened read-only: saved by a newer version of the tool, never written over. */
  frozen = false;
  deleted = false;
  deleteFailed = false;
  /** Someone deleted the contract while this page showed it. */
  removedElsewhere = false;
  /** Who the signed-in person is on the contract, where the storage knows (a server). */
  membership: Membership | undefined;
  /** The latest change a colleague made, to announce. */
  news: ColleagueChange | undefined;
  /** An action not taken as pressed: the contract changed since the person read it, or someone had done it already. */
  stale: StaleAction | undefined;
  /** Why the page's storage cannot be used: then nothing may be typed that would be lost. */
  storageProblem: 'unknown-storage' | 'missing-endpoint' | undefined;

  private adapter: StorageAdapter | undefined;
  private adapterReady: Promise<StorageAdapter | undefined> | undefined;
  private scope = '';
  private journal: PendingJournal | undefined;
  private stopListening: (() => void) | undefined;
  private away = false;
  private loadRequest = 0;
  /** A contract the page set, to be merged with what is stored under the id. */
  private given: LearningContract | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private offlineAttempts = 0;
  /**
   * What this browser sent and never heard back of: a save on its way when a
   * tab closes, or one whose answer the connection lost, may be stored unseen.
   * Text stored just as sent is then the person's own, not a colleague's.
   */
  private sent: LearningContract[] = [];
  /** The last save: what was stored, and the edits that made it (see changedElsewhere). */
  private lastSaved: [LearningContract, readonly PendingEdit[]] | undefined;
  private readonly changes: ContractChanges;

  constructor(
    private readonly host: ControllerHost,
    private readonly options: ControllerOptions,
  ) {
    host.addController(this);
    this.changes = new ContractChanges(host, () => undefined);
  }

  // ——— the page's life ———

  /** Ends the page listeners below when the element leaves the page. */
  private leaving: AbortController | undefined;

  hostConnected(): void {
    this.leaving = new AbortController();
    const { signal } = this.leaving;
    // What is typed is saved when the tab is hidden or closed, and when the connection is back.
    const flushIf = (when: () => boolean) => () => void (when() && this.flush());
    document.addEventListener(
      'visibilitychange',
      flushIf(() => document.visibilityState === 'hidden'),
      { signal },
    );
    window.addEventListener(
      'pagehide',
      flushIf(() => true),
      { signal },
    );
    window.addEventListener(
      'online',
      flushIf(() => this.status === 'offline'),
      { signal },
    );
    // Moved in the page: hear of colleagues' changes again, and catch up with those made meanwhile.
    const adapter = this.adapter;
    const id = this.host.contractId;
    if (!this.away || !adapter || !id || this.stopListening) return;
    this.away = false;
    this.listen(adapter, id);
    void this.changedElsewhere(Number.MAX_SAFE_INTEGER);
  }

  hostDisconnected(): void {
    this.leaving?.abort();
    this.stopListening?.();
    this.stopListening = undefined;
    this.away = true;
    void this.flush();
  }

  /** Draws the host again (the part that merges calls it too). */
  update(): void {
    this.host.requestUpdate();
  }

  private fail(error: { code: ContractErrorCode; detail?: string | undefined }): void {
    this.host.dispatchEvent(new ContractErrorEvent(error.code, error.detail));
  }

  private get perspective(): Perspective {
    return this.host.perspective;
  }

  private rebaseOptions() {
    const rules = this.options.rules();
    return rules ? { rules } : {};
  }

  private blank(id: string): LearningContract {
    return this.options.blank?.(id) ?? createEmptyContract({ id });
  }

  // ——— storage ———

  /** Chooses the adapter for a storage name or object; a load follows. */
  connect(storage: StorageKind | StorageAdapter, endpoint: string): void {
    this.adapter = undefined;
    this.storageProblem = undefined;
    this.scope = typeof storage === 'string' ? `${storage}:${endpoint}` : 'custom';
    this.adapterReady = chooseStorage(storage, endpoint).then(({ adapter, problem }) => {
      this.storageProblem = problem;
      if (problem) this.fail({ code: problem, detail: typeof storage === 'string' ? storage : '' });
      this.update();
      return adapter;
    });
  }

  /** Whether the storage is shared with other people (a server). */
  get shared(): boolean {
    return this.adapter?.capabilities.shared === true;
  }

  private listen(adapter: StorageAdapter, id: string): void {
    this.stopListening = adapter.subscribe?.(id, (revision) => {
      if (revision === null) {
        this.removedElsewhere = true;
        this.update();
      } else void this.changedElsewhere(revision);
    });
  }

  /** A contract set by the page: shown at once, never saved until edited. */
  give(contract: LearningContract): void {
    this.reset(contract);
    if (!this.host.contractId) return;
    this.given = contract;
    // With an id, what is stored decides what is the page's to add (a load on its way takes it).
    if (this.adapter && !this.loading) void this.takeGiven(this.adapter);
  }

  /** The page set a contract after this one was loaded: merged with what is stored now. */
  private async takeGiven(adapter: StorageAdapter): Promise<void> {
    const request = this.loadRequest;
    const result = await adapter.load(this.host.contractId, { as: this.perspective });
    const given = this.given;
    if (!result.ok || !given || request !== this.loadRequest || adapter !== this.adapter) return;
    await this.startFrom(result.value, given, this.pending);
  }

  /**
   * What is stored, with the page's contract on it: where they differ, the
   * page's becomes this person's edits (`typed` meanwhile go on top); where
   * the stored one may be newer, a choice at the field. Nothing stored yet:
   * the page's contract is the start, stored once the person edits it.
   */
  private async startFrom(
    stored: LearningContract | null,
    given: LearningContract,
    typed: readonly PendingEdit[] = [],
  ): Promise<void> {
    this.given = undefined;
    if (!stored) {
      this.base = { ...given, id: this.host.contractId, revision: 0 };
      this.shown ??= this.base;
      this.update();
      if (typed.length > 0) this.schedule();
      return;
    }
    this.base = this.shown = stored;
    await this.merge((part, options) =>
      part.takeStored(
        this.held([...part.asEdits(stored, given, this.perspective, options), ...typed]),
        stored,
        this.perspective,
        options,
      ),
    );
  }

  /** A contract to show when there is no id to load one by. */
  startBlank(): void {
    if (!this.shown && !this.loading) this.reset(this.blank('unsaved'));
  }

  private reset(base: LearningContract | undefined): void {
    clearTimeout(this.timer);
    Object.assign(this, {
      base,
      shown: base,
      pending: [],
      conflicts: [],
      refused: [],
      status: 'idle',
      error: undefined,
      loadError: undefined,
      frozen: false,
      deleted: false,
      removedElsewhere: false,
      news: undefined,
      stale: undefined,
    });
    this.update();
  }

  async load(): Promise<void> {
    const request = ++this.loadRequest;
    this.loading = true;
    this.deleted = false;
    this.update();
    this.stopListening?.();
    this.stopListening = undefined;
    await this.flush(); // the previous contract's last edits go to where it is kept
    const adapter = await this.adapterReady;
    if (request !== this.loadRequest || !adapter) return;
    const id = this.host.contractId;
    this.adapter = adapter;
    // Only shared storage keeps what is pending in this browser (a part of its own).
    this.journal = adapter.capabilities.shared
      ? new (await import('./pending-journal.js')).PendingJournal(
          `kollegalaering:pending:${this.scope}:${id}`,
        )
      : undefined;
    if (request !== this.loadRequest) return;
    const kept = this.journal?.read();
    const result = await adapter.load(id, { as: this.perspective });
    if (request !== this.loadRequest) return;
    const given = this.given;
    this.membership = adapter.membership?.(id);
    // The server says who the person is; the page may choose among their perspectives, never another.
    const own = this.membership?.perspective;
    if (own && own !== this.perspective) this.host.perspective = own;
    this.reset(undefined);
    this.listen(adapter, id);
    // Shown once what was kept here is on it: nobody starts typing into a field about to change.
    await this.open(result, id, kept, given);
    this.loading = false;
    this.update();
  }

  /** What a load found: the stored contract with what was kept or given on it, or why not. */
  private async open(
    result: StorageResult<LearningContract | null>,
    id: string,
    kept: JournalEntry | undefined,
    given: LearningContract | undefined,
  ): Promise<void> {
    this.sent = kept?.sent ? [kept.sent] : [];
    if (result.ok) {
      if (given) return this.startFrom(result.value, given);
      const stored = result.value ?? this.blank(id);
      this.base = this.shown = stored;
      if (kept && kept.perspective === this.perspective) {
        // Changes kept from before a reload or a closed tab, replayed as this person's edits.
        this.pending = kept.pending;
        this.conflicts = kept.conflicts;
      }
      await this.replay(stored, false);
      return;
    }
    const { error } = result;
    this.fail(error);
    if (error.code === 'unavailable' && kept) {
      // Offline, with changes kept here: they are what the person last saw, and go when it answers.
      this.host.perspective = kept.perspective;
      this.pending = kept.pending;
      this.conflicts = kept.conflicts;
      await this.replay(kept.base, false);
      this.goOffline(error);
      return;
    }
    if (error.code === 'newer-version') {
      // Shown read-only when this version can read it, and never written.
      const readable = parseContract({ ...(error.raw as object), schemaVersion: SCHEMA_VERSION });
      this.frozen = true;
      this.loadError = error;
      this.base = this.shown = readable.ok ? readable.value : undefined;
    } else {
      // An unreadable contract was kept under a backup key, so a fresh one may be started.
      this.loadError = error;
      this.base = this.shown = error.code === 'corrupt' ? this.blank(id) : undefined;
    }
  }

  /**
   * Takes what the part that merges made of what is held: replayed onto a
   * stored version through core, merged where two people changed different
   * words of one text. Without the part (offline, never fetched) the edits
   * are applied as they are, and merged once it arrives.
   */
  private async merge(
    make: (part: typeof import('./rebase-part.js'), options: ChangeOptions) => Taken,
    fallback?: LearningContract,
  ): Promise<void> {
    const part = await loadRebase().catch(() => undefined);
    // While the part was fetched, a newer version was taken (a save's answer, a notice): this one is
    // older, and must not go under what the person has.
    if (fallback && this.base && fallback.revision < this.base.revision) return;
    const options = this.rebaseOptions();
    // Typing went on while the part was fetched: `make` reads what is held now.
    const taken = part
      ? make(part, options)
      : applyPending(this.held(), fallback ?? this.base!, this.perspective, options);
    Object.assign(this, taken);
    this.keep();
    this.update();
    if (this.pending.length > 0) this.schedule();
  }

  /** Takes a newer stored version, with the person's pending edits replayed onto it. */
  private async replay(stored: LearningContract, announce: boolean): Promise<void> {
    const before = this.base;
    // Taken late (another take got a newer one meanwhile): never an older base under the edits.
    if (announce && before && stored.revision <= before.revision) return;
    // What is stored changed elsewhere: the rest of the page (a contract list) follows it too.
    if (announce) {
      this.host.dispatchEvent(
        new ContractSaveEvent(structuredClone(stored), new Date(stored.updatedAt)),
      );
    }
    if (!announce && this.pending.length === 0) {
      this.base = this.shown = stored; // nothing to replay, nobody to name: no part to fetch
      this.keep();
      this.update();
      return;
    }
    await this.merge((part, options) => {
      if (announce && before) this.news = part.colleagueChange(before, stored, this.sent);
      return part.takeStored(this.held(), stored, this.perspective, options);
    }, stored);
  }

  /** Another tab or person saved this contract: take their version, with this person's edits on it. */
  private async changedElsewhere(revision: number): Promise<void> {
    await this.running; // a save on its way first: its answer may be this very revision
    const adapter = this.adapter;
    const base = this.base;
    if (!adapter || !base || revision < base.revision || this.frozen) return;
    const loaded = await adapter.load(this.host.contractId, { as: this.perspective });
    if (!loaded.ok || !loaded.value || adapter !== this.adapter) return;
    const now = this.base?.revision ?? 0;
    if (loaded.value.revision > now) return this.replay(loaded.value, true);
    // The revision this page stored, written again by another tab that had not seen it yet (two
    // tabs' localStorage writes can cross): this page's last saved edits go again on top of
    // that tab's version, and those already in it drop out.
    const [saved, edits = []] = this.lastSaved ?? [];
    if (loaded.value.revision === now && saved === this.base) {
      this.pending = [...edits, ...this.pending];
      this.lastSaved = undefined;
      await this.replay(loaded.value, false);
    }
  }

  /** Keeps what is pending in this browser (shared storage only), so nothing is lost on a reload. */
  private keep(): void {
    if (!this.journal || !this.base) return;
    this.journal.write({
      perspective: this.perspective,
      base: this.base,
      pending: [...this.pending],
      conflicts: [...this.conflicts],
      sent: this.sent.at(-1),
    });
  }

  // ——— the person's changes ———

  /**
   * An edit the person made: checked by core, shown, and saved once typing
   * pauses. A text typed on `typedOn` while a colleague's words were merged
   * into the field and not yet drawn goes on top of them, not over them.
   */
  edit(edit: Edit, typedOn?: string): Result<LearningContract> {
    const shown = this.shown;
    const typed = typing.onto(this, edit, typedOn);
    if (!shown || !typed) {
      this.keep(); // a keystroke held apart as a conflict outlives a reload
      return { ok: false, issues: [] };
    }
    edit = typed;
    const result = this.changes.change(shown, this.perspective, { edit }, this.options.rules());
    if (!result.ok) return result;
    this.shown = result.value;
    // Without an id nothing is stored: what is shown is all there is.
    if (this.host.contractId)
      this.pending = recordEdit(this.pending, shown, edit, this.perspective);
    else this.base = result.value;
    this.keep();
    this.schedule();
    this.update();
    return result;
  }

  /** A whole contract the person chose to take (a file read in): its differences become their edits. */
  async adopt(contract: LearningContract): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const part = await loadRebase();
    for (const edit of part.editsToward(shown, this.perspective, contract)) this.edit(edit);
  }

  /** The person settles a conflict at a field: the value to put there, or none to keep the stored one. */
  resolveConflict(path: FieldPath, value?: unknown): void {
    const conflict = this.conflicts.find((each) => samePath(each.path, path));
    if (!conflict) return;
    this.conflicts = this.conflicts.filter((each) => each !== conflict);
    const at = this.shown && resolvePath(this.shown, conflict.path);
    if (value !== undefined && at) this.edit({ op: 'set', path: at, value });
    this.keep();
    this.update();
  }

  /** The person has read (and copied) a change that was not saved. */
  dismissRefused(refused: RefusedEdit): void {
    this.refused = this.refused.filter((each) => each !== refused);
    this.update();
  }

  // ——— saving ———

  private schedule(): void {
    if (!this.adapter || !this.host.contractId || this.frozen) return;
    if (this.status === 'offline') return; // the retry timer is set
    this.status = 'pending';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Saves what is pending now. Resolves when nothing is pending, or a save could not be made. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    let rebases = 0;
    while (this.adapter && this.base && this.shown && this.pending.length > 0) {
      const adapter = this.adapter;
      const sent = this.pending;
      this.status = 'saving';
      this.sent = [...this.sent.slice(-2), this.shown];
      this.keep();
      this.update();
      const result = await adapter.save(this.shown, {
        expectedRevision: this.base.revision,
        as: this.perspective,
      });
      if (adapter !== this.adapter) return;
      if (result.ok) {
        this.sent = []; // an answer: what went before was not stored, or this would have met it
        await this.stored(result.value, sent);
        continue;
      }
      const { error } = result;
      if (error.code === 'conflict' && error.current) {
        // A colleague saved first: their version, with this person's edits replayed onto it
        // (and sent again; after many in a row, once typing pauses again).
        await this.replay(error.current, true);
        this.sent = [];
        if (rebases++ < MAX_REBASES_IN_A_ROW) continue;
        return;
      }
      // Refused without a current version: someone deleted the contract.
      if (error.code === 'conflict') this.removedElsewhere = true;
      if (error.code === 'forbidden') {
        await this.refuseSent(sent, error.issues ?? []);
        this.fail(error);
        continue;
      }
      this.fail(error);
      // Signed out (the session ended, a token went stale): the edits stay kept in this browser,
      // and nothing is retried until the person has signed in again (the page says so).
      if (error.code === 'unavailable' && this.journal) this.goOffline(error);
      else {
        this.error = error;
        this.status = 'failed';
        this.update();
      }
      return;
    }
    if (this.status === 'saving' || this.status === 'pending') {
      this.status = this.savedAt ? 'saved' : 'idle';
      this.update();
    }
  }

  /** The keeper stored what was sent: edits made meanwhile are now based on what it stored. */
  private async stored(saved: LearningContract, sent: readonly PendingEdit[]): Promise<void> {
    const typedMeanwhile = () => this.pending.filter((entry) => !sent.includes(entry));
    if (typedMeanwhile().length === 0) {
      this.base = this.shown = saved;
      this.pending = [];
    } else {
      await this.merge(
        (part, options) =>
          part.takeSaved(this.held(typedMeanwhile()), saved, sent, this.perspective, options),
        saved,
      );
    }
    this.lastSaved = [saved, sent];
    this.error = undefined;
    this.offlineAttempts = 0;
    this.savedAt = new Date();
    this.status = this.pending.length > 0 ? 'pending' : 'saved';
    this.keep();
    this.update();
    this.host.dispatchEvent(new ContractSaveEvent(structuredClone(saved), this.savedAt));
  }

  /**
   * The keeper refused changes by its rules: they leave what is pending, kept
   * at their fields with the reason, and the rest is sent again.
   */
  private async refuseSent(sent: readonly PendingEdit[], issues: readonly Issue[]): Promise<void> {
    await this.merge((part, options) =>
      part.withoutRefused(this.held(), sent, issues, this.perspective, options),
    );
  }

  /** What the controller holds, for the part that merges. */
  private held(pending = this.pending): Held {
    const { base, shown, conflicts, refused, stale, sent } = this;
    return { base: base!, shown: shown!, pending, conflicts, refused, stale, sent };
  }

  private goOffline(error: StorageError): void {
    this.error = error;
    this.status = 'offline';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.status = 'pending';
      void this.flush();
    }, offlineRetryDelay(this.offlineAttempts++));
    this.update();
  }

  // ——— actions ———

  /**
   * Takes an action on the version the person read. Where storage runs the
   * process (a server) it is taken there, after the pending edits are saved;
   * elsewhere core takes it here and the result is saved. When the contract
   * changed since the person read it, core's `actionOnNewer` decides (in the
   * part that merges): taken again on the newer version when what it is about
   * did not change; said, not asked again, when someone already did it;
   * otherwise the change is shown and the person is asked again.
   */
  async act(action: Action, options: ActOptions): Promise<Result<LearningContract>> {
    await this.flush();
    const adapter = this.adapter;
    const id = this.host.contractId;
    this.stale = undefined;
    for (let tries = 0; ; tries++) {
      const before = this.base;
      if (!before || this.pending.length > 0) return { ok: false, issues: [] };
      if (!adapter || !id) {
        // Nothing is stored (no contract-id): the action is taken here only.
        const result = this.changes.change(
          before,
          this.perspective,
          { action, ...options },
          this.options.rules(),
        );
        if (result.ok) this.reset(result.value);
        return result;
      }
      const result: StorageResult<LearningContract> = adapter.act
        ? await adapter.act(id, action, {
            ...options,
            expectedRevision: before.revision,
            as: this.perspective,
          })
        : await this.actHere(adapter, before, action, options);
      if (result.ok) {
        this.membership = adapter.membership?.(id) ?? this.membership;
        this.base = this.shown = result.value;
        this.keep();
        this.update();
        this.changes.announce(before, result.value);
        // Stored: the rest of the page (a contract list) follows it, as after a save.
        this.host.dispatchEvent(new ContractSaveEvent(structuredClone(result.value), new Date()));
        return result;
      }
      const { error } = result;
      const current = error.code === 'conflict' && error.current;
      if (current) {
        // The change is announced at the top; then what it means for the action.
        await this.replay(current, true);
        const part = await loadRebase();
        const asked = { ...options, ...this.rebaseOptions() };
        const stale = part.actionAfter(action, this.perspective, before, current, tries < 2, asked);
        if (!stale) continue; // taken again, on the newer version
        this.stale = stale; // the element renders again as it hears the answer
        if (stale.done) return { ok: true, value: this.base! };
      }
      this.fail(error);
      return { ok: false, issues: error.issues ?? [] };
    }
  }

  /** An action core takes in this browser, saved on the revision the person read. */
  private async actHere(
    adapter: StorageAdapter,
    before: LearningContract,
    action: Action,
    options: ActOptions,
  ): Promise<StorageResult<LearningContract>> {
    const taken = applyEditOrAction(
      before,
      this.perspective,
      { action, ...options },
      this.rebaseOptions(),
    );
    if (!taken.ok) return { ok: false, error: { code: 'forbidden', issues: taken.issues } };
    return adapter.save(taken.value.contract, {
      expectedRevision: before.revision,
      as: this.perspective,
    });
  }

  /** Deletes the contract from storage, with anything waiting to be sent. */
  async remove(): Promise<boolean> {
    const adapter = this.adapter ?? (await this.adapterReady);
    const id = this.host.contractId;
    if (!id || !adapter) return false;
    clearTimeout(this.timer);
    this.pending = [];
    this.journal?.clear();
    const result = await adapter.remove(id);
    if (!result.ok && result.error.code !== 'not-found') {
      this.deleteFailed = true;
      this.fail(result.error);
      this.update();
      return false;
    }
    this.reset(undefined);
    this.deleted = true;
    this.deleteFailed = false;
    this.update();
    this.host.dispatchEvent(new ContractDeleteEvent(id));
    return true;
  }
}

const samePath = (a: FieldPath, b: FieldPath) => formatPath(a) === formatPath(b);
