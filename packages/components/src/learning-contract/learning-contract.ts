import {
  applyEdit,
  availableActions,
  createEmptyContract,
  importContract,
  isPastRetention,
  nextState,
  parseContract,
  parsePerspective,
  partyCopy,
  performAction,
  sameContent,
  SCHEMA_VERSION,
  viewFor,
  withRetention,
  type Action,
  type Edit,
  type Issue,
  type LearningContract,
  type Perspective,
  type ResolvedSections,
  type StorageAdapter,
  type StorageError,
} from '@kollegalaering/core';
import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ContractChangeEvent,
  ContractDeleteEvent,
  ContractErrorEvent,
  ContractSaveEvent,
  StepChangeEvent,
} from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { msg } from '../i18n/msg.js';
import { renderConfigError } from '../contract-form/config-error.js';
import { acceptContract } from '../state/contract-binding.js';
import {
  contractContext,
  type ActionOptions,
  type ContractState,
} from '../state/contract-state.js';
import { actionLabel, downloadOwnCopyLabel } from './action-labels.js';
import { AutosaveController } from './autosave-controller.js';
import { readConfigScript, resolveConfig } from './config-source.js';
import { renderCopyChoice, type ChoiceAction, type CopyChoice } from './copy-choice.js';
import { downloadJson } from './download.js';
import { renderImportError } from './import-messages.js';
import { styles } from './learning-contract.styles.js';
import { renderPrintView } from './print-view.js';
import { renderRetentionNotice } from './retention-notice.js';
import { renderLoadError, renderSaveStatus } from './status-messages.js';
import { chooseStorage, STORAGE_KINDS, type StorageKind } from './storage-choice.js';

export { STORAGE_KINDS, type StorageKind };

/** How long typing must pause before the contract is saved. */
const AUTOSAVE_DELAY_MS = 400;

/**
 * A learning contract between two colleagues ("Lær af en kollega"), the whole
 * tool in one tag: the five steps on top, the contract as far as the process
 * has come, the evaluations when it reaches them, a save status, and the
 * actions the person may take (accept, approve, move on, print their copy).
 *
 * The language follows the nearest `lang` attribute (the element's own, an
 * ancestor's, or the page's); Danish when none is set. A section configuration
 * can be given as the `config` property or as a `<script type="application/json">` child.
 *
 * @summary The whole learning contract in one tag.
 *
 * @tagname learning-contract
 *
 * @fires contract-change - After each edit or action by the user (not when `contract` is set). `detail.contract` is the new contract.
 * @fires contract-save - After each successful save. `detail` holds `contract` and `savedAt`.
 * @fires contract-error - When a contract cannot be loaded, saved, imported or accepted. `detail.code` says why: `conflict`, `quota`, `unavailable` (with `offline` when kept to send later), `corrupt`, `newer-version`, `unknown-storage`, `missing-endpoint`, `edit-refused`, or an import problem (`not-json`, `too-large`, …).
 * @fires step-change - When the contract moves to another step. `detail` holds `from`, `to` and `contract`.
 * @fires contract-delete - After the contract was deleted from storage. `detail.id` is its id.
 *
 * @csspart contract - The outer frame.
 * @csspart status - The save status line.
 * @csspart retention - The notice shown when the organisation's retention period for the contract has run out, with deletion.
 * @csspart choice - The comparison of two copies (after a conflict, a change elsewhere, or an import), with the choice between them.
 * @csspart actions - The box with the actions the person may take.
 * @csspart print-view - The copy that is printed (hidden on screen).
 *
 * @cssprop --lc-color-primary - Headings, buttons, the current step. Default: #0a4f8c.
 * @cssprop --lc-color-text - Body text. Default: #1b1b1b.
 * @cssprop --lc-color-background - Background of fields. Default: #ffffff.
 * @cssprop --lc-color-error - Error messages and their borders. Default: #b00020.
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

  /** Where the contract is kept: `local` (this browser's localStorage, the default), `indexeddb` (this browser, for large contracts), `http` (a server, at `endpoint`), `memory` (until the page closes), or, as a property, any object implementing the StorageAdapter interface. */
  @property({ attribute: 'storage' })
  storage: StorageKind | StorageAdapter = 'local';

  /** For `storage="http"`: the base URL of the contracts API (see docs/http-api.yaml). For login headers, set `storage` to `createHttpAdapter({ endpoint, headers })` instead. */
  @property({ reflect: true })
  endpoint = '';

  /** Who is using it: `party-a` (the default), `party-b`, `leader-a`, `leader-b` or `supervisor`. Decides what they see and may do. */
  @property({ reflect: true })
  perspective: Perspective = 'party-a';

  /** Shows the contract without letting anyone change it or take actions. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** The section configuration (see docs/sections.md). Overrides a `<script type="application/json">` child. */
  @property({ attribute: false })
  config: unknown = undefined;

  @state() private current: LearningContract | undefined;
  @state() private loadError: StorageError | undefined;
  @state() private loading = false;
  @state() private issues: readonly Issue[] = [];
  @state() private configScript: ReturnType<typeof readConfigScript>;
  /** Two copies to choose between, when there are. */
  @state() private choice: CopyChoice | undefined;
  /** Opened read-only: saved by a newer version of the tool, never written over. */
  @state() private frozen = false;
  @state() private importProblem: Issue | undefined;
  @state() private confirmingDelete = false;
  @state() private deleted = false;
  @state() private deleteFailed = false;
  /** The print view exists only while printing: kept up to date, it cost every keystroke. */
  @state() private printing = false;
  /** The contract shown came from the host's `contract`, not from storage. */
  private fromHost = false;

  private readonly localization = new LocaleController(this);
  private readonly provider = new ContextProvider(this, { context: contractContext });
  private adapter: StorageAdapter | undefined;
  private adapterReady: Promise<StorageAdapter> | undefined;
  private stopListening: (() => void) | undefined;
  private loadRequest = 0;
  private resolved: ReturnType<typeof resolveConfig> = resolveConfig(undefined, undefined);
  private providedKey: unknown[] = [];
  private readonly configObserver = new MutationObserver(() => {
    this.configScript = readConfigScript(this);
  });

  private readonly autosave = new AutosaveController(this, {
    delay: AUTOSAVE_DELAY_MS,
    adapter: () => this.adapter,
    onSaved: (saved, savedAt) => this.onSaved(saved, savedAt),
    onFailed: (error, unsaved) => this.onSaveFailed(error, unsaved),
  });

  /** The contract as a plain object (a copy), or undefined while it loads. Setting it replaces the contract without saving; an invalid one is refused with `contract-error`. With a `contract-id` whose stored copy differs, the person sees both and chooses; nothing stored is replaced before that. */
  get contract(): LearningContract | undefined {
    return this.current && structuredClone(this.current);
  }

  set contract(value: unknown) {
    const accepted = acceptContract(this, value);
    if (!accepted) return;
    this.loadRequest++; // a load still on its way must not replace what the host set
    this.loading = false;
    this.loadError = undefined;
    this.issues = [];
    this.choice = undefined;
    this.frozen = false;
    this.current = accepted;
    this.fromHost = true;
  }

  /** Saves pending edits now instead of waiting for typing to pause. */
  save(): Promise<void> {
    return this.autosave.flush();
  }

  /** Prints the person's own copy: for a party, the shared parts and their private parts. */
  printCopy(): void {
    window.print();
  }

  /**
   * The contract as data to keep as a file: `own` is what this person may see
   * (for a party, their own copy), `whole` is everything the element holds.
   */
  exportContract(which: 'own' | 'whole' = 'own'): unknown {
    const contract = this.autosave.unsaved ?? this.current;
    if (!contract || which === 'whole') return contract && structuredClone(contract);
    const owners = this.resolved.ok ? this.resolved.value.rules.customOwners : {};
    const { role, party } = parsePerspective(this.perspective);
    return role === 'party' && party
      ? partyCopy(contract, party, owners)
      : viewFor(contract, this.perspective, owners);
  }

  /**
   * Deletes the contract everywhere this element's storage put it: the stored
   * copy, copies kept aside, and changes waiting to be sent. Other tabs are
   * told by id only. Resolves to false, with `contract-error`, when it failed.
   */
  async deleteContract(): Promise<boolean> {
    const adapter = this.adapter ?? (await this.adapterReady);
    if (!this.contractId || !adapter) return false;
    this.autosave.discard();
    const result = await adapter.remove(this.contractId);
    this.deleteFailed = !result.ok && result.error.code !== 'not-found';
    if (!result.ok && this.deleteFailed) {
      this.dispatchEvent(new ContractErrorEvent(result.error.code, result.error.detail));
      return false;
    }
    this.current = undefined;
    this.choice = undefined;
    this.confirmingDelete = false;
    this.deleted = true;
    this.dispatchEvent(new ContractDeleteEvent(this.contractId));
    return true;
  }

  /** Offers the contract as a JSON file to download (see exportContract). */
  download(which: 'own' | 'whole' = 'own'): void {
    const data = this.exportContract(which);
    if (!data) return;
    const name = `laeringskontrakt-${this.contractId || 'ny'}${which === 'own' ? `-${this.perspective}` : ''}.json`;
    downloadJson(name, data);
  }

  // The browser lays the page out for printing right after `beforeprint`
  // (Ctrl+P and window.print() alike): render the copy synchronously now.
  private readonly beforePrint = () => {
    this.printing = true;
    this.performUpdate();
  };
  private readonly afterPrint = () => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    this.configScript = readConfigScript(this);
    this.configObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    this.configObserver.disconnect();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage') || changed.has('endpoint')) this.connectStorage();
    if (
      (changed.has('contractId') || changed.has('storage') || changed.has('endpoint')) &&
      this.contractId
    ) {
      void this.load();
    }
    if (!this.current && !this.contractId && !this.loading) {
      this.current = createEmptyContract({ id: 'unsaved' });
    }
    if (changed.has('config') || (changed as Map<PropertyKey, unknown>).has('configScript')) {
      this.resolved = resolveConfig(this.config, this.configScript);
    }
    if (changed.has('perspective')) this.issues = [];
    this.provideState();
  }

  /** Hands the children a new state object, only when something they render from changed. */
  private provideState(): void {
    const key = [this.current, this.perspective, this.readonly, this.resolved, this.issues];
    if (key.every((part, index) => part === this.providedKey[index])) return;
    this.providedKey = key;
    const contract = this.current;
    const resolved = this.resolved;
    this.provider.setValue(
      contract && resolved.ok ? this.stateFor(contract, resolved.value) : undefined,
    );
  }

  private stateFor(contract: LearningContract, resolved: ResolvedSections): ContractState {
    return {
      contract,
      perspective: this.perspective,
      readonly: this.readonly || this.frozen,
      sections: resolved.sections,
      rules: resolved.rules,
      issues: this.issues,
      edit: (edit) => this.edit(edit),
      act: (action, options) => this.act(action, options),
    };
  }

  private connectStorage(): void {
    this.adapter = undefined;
    this.adapterReady = chooseStorage(this.storage, this.endpoint).then(({ adapter, problem }) => {
      if (problem)
        this.dispatchEvent(
          new ContractErrorEvent(problem, typeof this.storage === 'string' ? this.storage : ''),
        );
      return adapter;
    });
  }

  private async load(): Promise<void> {
    const request = ++this.loadRequest;
    this.loading = true;
    this.deleted = false;
    this.stopListening?.();
    await this.autosave.flush(); // the previous contract's last edits go to the previous key
    const adapter = await this.adapterReady;
    if (request !== this.loadRequest || !adapter) return;
    this.adapter = adapter;
    const id = this.contractId;
    const result = await adapter.load(id);
    if (request !== this.loadRequest) return;
    this.loading = false;
    this.issues = [];
    this.choice = undefined;
    this.frozen = false;
    this.stopListening = adapter.subscribe?.(
      id,
      (revision) => void this.onChangedElsewhere(revision),
    );
    // What the host gave (with any edits since) is kept, and compared with what is stored.
    const given = this.fromHost ? (this.autosave.unsaved ?? this.current) : undefined;
    this.fromHost = false;
    if (result.ok) {
      this.loadError = undefined;
      if (given) {
        const stored = result.value;
        if (stored && sameContent(given, stored)) {
          this.current = { ...given, revision: stored.revision };
        } else {
          // Given keeps its own revision: a save before the person chooses is refused as a conflict.
          this.current = given;
          if (stored) this.choice = { reason: 'stored', theirs: stored };
        }
        return;
      }
      this.current = result.value ?? createEmptyContract({ id });
      // Changes kept in this browser while offline are sent again; nothing else is written.
      if (result.value && adapter.hasUnsent?.(id)) this.autosave.schedule(result.value);
      return;
    }
    const { error } = result;
    this.dispatchEvent(new ContractErrorEvent(error.code, error.detail));
    if (error.code === 'conflict') {
      // Kept changes the server refused: show both, and let the person choose.
      this.loadError = undefined;
      this.current = error.unsent ?? error.current ?? createEmptyContract({ id });
      this.choice = { reason: 'conflict', theirs: error.current ?? null };
      return;
    }
    this.loadError = error;
    if (error.code === 'newer-version') {
      // Shown read-only when this version can read it, and never written.
      const readable = parseContract({ ...(error.raw as object), schemaVersion: SCHEMA_VERSION });
      this.frozen = true;
      this.current = readable.ok ? readable.value : undefined;
      return;
    }
    // An unreadable contract was kept under a backup key, so a fresh one may be started.
    this.current = error.code === 'corrupt' ? createEmptyContract({ id }) : undefined;
  }

  private onSaved(saved: LearningContract, savedAt: Date): void {
    // Edits made during the write stay; they are now based on the new revision.
    if (this.current) this.current = { ...this.current, revision: saved.revision };
    this.dispatchEvent(new ContractSaveEvent(structuredClone(saved), savedAt));
  }

  private onSaveFailed(error: StorageError, unsaved: LearningContract): void {
    this.dispatchEvent(new ContractErrorEvent(error.code, error.queued ? 'offline' : error.detail));
    if (error.code !== 'conflict') return;
    const theirs = error.current ?? null;
    if (theirs && sameContent(theirs, unsaved)) {
      // The other copy says the same (sent earlier from the outbox): nothing to choose.
      this.current = { ...unsaved, revision: theirs.revision };
      this.autosave.discard();
      return;
    }
    this.choice = { reason: 'conflict', theirs };
  }

  /** Another tab or person saved (or removed) this contract. */
  private async onChangedElsewhere(revision: number | null): Promise<void> {
    const mine = this.autosave.unsaved ?? this.current;
    if (!mine || !this.adapter || (revision !== null && revision <= mine.revision)) return;
    if (revision === null) {
      this.choice = { reason: 'removed', theirs: null };
      return;
    }
    const loaded = await this.adapter.load(this.contractId);
    if (!loaded.ok || !loaded.value) return;
    const theirs = loaded.value;
    if (sameContent(theirs, mine)) {
      this.current = { ...mine, revision: theirs.revision };
      return;
    }
    this.choice = { reason: 'elsewhere', theirs };
  }

  private readonly onChoice = async (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choice]');
    const choice = this.choice;
    const mine = this.autosave.unsaved ?? this.current;
    if (!button || !choice || !mine) return;
    const action = button.dataset['choice'] as ChoiceAction;
    if (action === 'download-both') {
      downloadJson(`laeringskontrakt-${this.contractId}-to-kopier.json`, {
        mine,
        theirs: choice.theirs,
      });
      return;
    }
    this.choice = undefined;
    const theirs = choice.theirs;
    if (choice.reason === 'import') {
      if (action === 'use-theirs' && theirs) this.commit(theirs);
    } else if (action === 'keep-mine') {
      // Mine, based on the stored copy: the next save writes it over theirs, as chosen.
      const next = { ...mine, revision: theirs?.revision ?? 0 };
      this.current = next;
      void this.autosave.resolve(next);
    } else if (theirs) {
      this.current = theirs;
      this.autosave.discard();
      // Changes kept to send must not be sent later: storing their copy again clears them.
      if (this.adapter?.hasUnsent?.(this.contractId)) void this.autosave.resolve(theirs);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  };

  private readonly onRetention = async (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-retention]');
    const step = button?.dataset['retention'];
    if (step === 'download') return this.download('own');
    if (step === 'delete') {
      await this.deleteContract();
      return;
    }
    this.confirmingDelete = step === 'ask';
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(step === 'ask' ? '[data-retention="cancel"]' : '#retention-title')
      ?.focus();
  };

  private readonly onImport = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const contract = this.current;
    if (!file || !contract) return;
    const rules = this.rulesNow();
    const result = importContract(
      contract,
      await file.text(),
      this.perspective,
      rules ? { rules } : {},
    );
    input.value = '';
    if (!result.ok) {
      this.importProblem = result.issues[0];
      this.dispatchEvent(new ContractErrorEvent(result.issues[0]?.code ?? 'import'));
      return;
    }
    this.importProblem = undefined;
    const { contract: theirs, applied, refused } = result.value;
    this.choice = { reason: 'import', theirs, applied, refused };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#choice-title')?.focus();
  };

  private rulesNow() {
    return this.resolved.ok ? this.resolved.value.rules : undefined;
  }

  private commit(edited: LearningContract): void {
    const rules = this.rulesNow();
    const next = rules ? withRetention(edited, rules) : edited;
    this.current = next;
    this.dispatchEvent(new ContractChangeEvent(next));
    if (this.contractId) this.autosave.schedule(next);
  }

  private edit(edit: Edit): void {
    if (!this.current || this.readonly || this.frozen) return;
    const rules = this.rulesNow();
    const result = applyEdit(this.current, this.perspective, edit, rules ? { rules } : {});
    if (!result.ok) {
      this.dispatchEvent(new ContractErrorEvent('edit-refused', result.issues[0]?.code));
      return;
    }
    this.commit(result.value);
  }

  private act(action: Action, options: ActionOptions = {}): boolean {
    if (!this.current || this.readonly || this.frozen) return false;
    const before = this.current;
    const rules = this.rulesNow();
    const result = performAction(before, this.perspective, action, {
      ...options,
      ...(rules ? { rules } : {}),
    });
    if (!result.ok) {
      this.issues = result.issues;
      return false;
    }
    this.issues = [];
    this.commit(result.value);
    if (result.value.process.state !== before.process.state) {
      this.dispatchEvent(new StepChangeEvent(before.process.state, structuredClone(result.value)));
    }
    return true;
  }

  private readonly onAction = async (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    if (button.dataset['action'] === 'print') {
      this.printCopy();
      return;
    }
    if (button.dataset['action'] === 'download') {
      this.download('own');
      return;
    }
    const action = button.dataset['action'] as Action;
    const comment = this.renderRoot.querySelector<HTMLTextAreaElement>('#approve-comment')?.value;
    const done = this.act(action, comment ? { comment } : {});
    if (done) {
      // The button may be gone now: keep the keyboard user at the top of what changed.
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(action === 'advance' ? '#title' : '#actions-title')
        ?.focus();
    }
  };

  private renderActions(contract: LearningContract) {
    if (this.readonly || this.frozen) return nothing;
    const actions = availableActions(contract, this.perspective, this.rulesNow()).filter(
      ({ action }) => action !== 'confirm-amendment',
    );
    const isLeader = parsePerspective(this.perspective).role === 'leader';
    return html`<section
      class="actions"
      part="actions"
      aria-labelledby="actions-title"
      @click=${this.onAction}
    >
      <h3 id="actions-title" tabindex="-1">
        ${msg('What you can do now', { id: 'actions.title', desc: 'Heading of the actions box' })}
      </h3>
      ${
        isLeader && actions.some(({ action }) => action === 'approve')
          ? html`<div class="field">
              <label for="approve-comment"
                >${msg('Comment with your approval (optional)', { id: 'actions.comment', desc: 'A leader’s optional comment' })}</label
              >
              <textarea id="approve-comment" rows="2"></textarea>
            </div>`
          : nothing
      }
      <div class="buttons">
        ${actions.map(
          ({ action }) =>
            html`<button type="button" data-action=${action}>
              ${actionLabel(action, nextState(contract.process.state))}
            </button>`,
        )}
        <button type="button" class="secondary" data-action="print">
          ${msg('Print your copy', { id: 'actions.print', desc: 'Prints the person’s own copy' })}
        </button>
        <button type="button" class="secondary" data-action="download">
          ${downloadOwnCopyLabel()}
        </button>
      </div>
      <div class="field">
        <label for="import-file">
          ${msg('Read a saved copy from a file', { id: 'actions.import', desc: 'File input: a JSON file downloaded earlier' })}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby=${this.importProblem ? 'import-error' : nothing}
          @change=${this.onImport}
        />
        ${renderImportError(this.importProblem)}
      </div>
    </section>`;
  }

  private renderRetention(contract: LearningContract | undefined) {
    const rules = this.rulesNow();
    const dated = contract && rules ? withRetention(contract, rules) : contract;
    if (!dated || this.readonly || !isPastRetention(dated)) return nothing;
    return html`<div @click=${this.onRetention}>
      ${renderRetentionNotice(dated, this.confirmingDelete, this.localization.locale)}
      ${
        this.deleteFailed
          ? html`<p class="error" role="alert">
              ${msg('The contract could not be deleted: storage could not be reached or did not allow it. Nothing was changed.', { id: 'retention.failed' })}
            </p>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const contract = this.current;
    const resolved = this.resolved;
    const state = this.provider.value;
    return html`<article part="contract" aria-labelledby="title">
      <header>
        <h2 id="title" tabindex="-1">
          ${msg('Learning contract', { id: 'title', desc: 'Heading of the whole contract (læringskontrakt)' })}
        </h2>
        <p part="status" class="status" role="status">
          ${renderSaveStatus(this.contractId, this.autosave, this.localization.locale)}
        </p>
        ${
          ['failed', 'offline', 'conflict'].includes(this.autosave.status)
            ? html`<button type="button" class="secondary" @click=${() => this.download('whole')}>
                ${msg('Download everything as a file', { id: 'status.download', desc: 'Offered while the contract is not saved' })}
              </button>`
            : nothing
        }
      </header>
      ${renderLoadError(this.loadError, () => void this.load())} ${this.renderRetention(contract)}
      ${
        this.deleted
          ? html`<p class="deleted">
              ${msg('The contract has been deleted.', { id: 'deleted', desc: 'Shown after the contract was deleted' })}
            </p>`
          : nothing
      }
      ${
        this.choice && contract
          ? html`<div @click=${this.onChoice}>
              ${renderCopyChoice(this.choice, contract, this.perspective, resolved.ok ? resolved.value.rules.customOwners : {})}
            </div>`
          : nothing
      }
      ${
        !resolved.ok
          ? renderConfigError(resolved.issues)
          : this.loading
            ? html`<p>
                ${msg('Loading the contract…', { id: 'loading', desc: 'Shown while the stored contract loads' })}
              </p>`
            : contract
              ? html`<div class="screen">
                    <process-tracker></process-tracker>
                    <contract-form></contract-form>
                    ${this.renderActions(contract)}
                  </div>
                  ${state && this.printing ? renderPrintView(state, this.localization.locale) : nothing}`
              : nothing
      }
    </article>`;
  }
}
