import {
  applyEdit,
  availableActions,
  createEmptyContract,
  createLocalStorageAdapter,
  createMemoryAdapter,
  nextState,
  parsePerspective,
  performAction,
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
import { actionLabel } from './action-labels.js';
import { AutosaveController } from './autosave-controller.js';
import { readConfigScript, resolveConfig } from './config-source.js';
import { styles } from './learning-contract.styles.js';
import { renderPrintView } from './print-view.js';
import { renderLoadError, renderSaveStatus } from './status-messages.js';

/** The storage choices the `storage` attribute takes. */
export const STORAGE_KINDS = ['local', 'memory'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

/** How long typing must pause before the contract is saved. */
const AUTOSAVE_DELAY_MS = 400;

/**
 * The adapter for the `storage` attribute or property. A name this version
 * does not know keeps the contract in memory only, rather than quietly
 * putting it somewhere the host did not ask for.
 */
const adapterFor = (storage: StorageKind | StorageAdapter): StorageAdapter =>
  typeof storage === 'object'
    ? storage
    : storage === 'local'
      ? createLocalStorageAdapter()
      : createMemoryAdapter();

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
 * @fires contract-error - When a contract cannot be loaded, saved or accepted. `detail.code` says why.
 * @fires step-change - When the contract moves to another step. `detail` holds `from`, `to` and `contract`.
 *
 * @csspart contract - The outer frame.
 * @csspart status - The save status line.
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

  /** Where the contract is kept: `local` (this browser, the default), `memory` (until the page closes), or, as a property, any object implementing the StorageAdapter interface. */
  @property({ attribute: 'storage' })
  storage: StorageKind | StorageAdapter = 'local';

  /** Who is using it: `party-a` (the default), `party-b`, `leader-a`, `leader-b` or `supervisor`. Decides what they see and may do. */
  @property({ reflect: true })
  perspective: Perspective = 'party-a';

  /** Shows the contract without letting anyone change it or take actions. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** The section configuration (see docs/contract-model.md). Overrides a `<script type="application/json">` child. */
  @property({ attribute: false })
  config: unknown = undefined;

  @state() private current: LearningContract | undefined;
  @state() private loadError: StorageError | undefined;
  @state() private loading = false;
  @state() private issues: readonly Issue[] = [];
  @state() private configScript: ReturnType<typeof readConfigScript>;

  private readonly localization = new LocaleController(this);
  private readonly provider = new ContextProvider(this, { context: contractContext });
  private adapter: StorageAdapter = adapterFor('local');
  private loadRequest = 0;
  private resolved: ReturnType<typeof resolveConfig> = resolveConfig(undefined, undefined);
  private providedKey: unknown[] = [];
  private readonly configObserver = new MutationObserver(() => {
    this.configScript = readConfigScript(this);
  });

  private readonly autosave = new AutosaveController(this, {
    delay: AUTOSAVE_DELAY_MS,
    adapter: () => this.adapter,
    onSaved: (contract, savedAt) =>
      this.dispatchEvent(new ContractSaveEvent(structuredClone(contract), savedAt)),
    onFailed: (error) => this.dispatchEvent(new ContractErrorEvent(error.code, error.detail)),
  });

  /** The contract as a plain object (a copy), or undefined while it loads. Setting it replaces the contract without saving; an invalid one is refused with `contract-error`. */
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
    this.current = accepted;
  }

  /** Saves pending edits now instead of waiting for typing to pause. */
  save(): Promise<void> {
    return this.autosave.flush();
  }

  /** Prints the person's own copy: for a party, the shared parts and their private parts. */
  printCopy(): void {
    window.print();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.configScript = readConfigScript(this);
    this.configObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.configObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage')) {
      this.adapter = adapterFor(this.storage);
      if (typeof this.storage === 'string' && !STORAGE_KINDS.includes(this.storage)) {
        this.dispatchEvent(new ContractErrorEvent('unknown-storage', this.storage));
      }
    }
    if ((changed.has('contractId') || changed.has('storage')) && this.contractId) {
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
      readonly: this.readonly,
      sections: resolved.sections,
      rules: resolved.rules,
      issues: this.issues,
      edit: (edit) => this.edit(edit),
      act: (action, options) => this.act(action, options),
    };
  }

  private async load(): Promise<void> {
    const request = ++this.loadRequest;
    this.loading = true;
    await this.autosave.flush(); // the previous contract's last edits go to the previous key
    if (request !== this.loadRequest) return;
    const result = await this.adapter.load(this.contractId);
    if (request !== this.loadRequest) return;
    this.loading = false;
    this.issues = [];
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

  private rulesNow() {
    return this.resolved.ok ? this.resolved.value.rules : undefined;
  }

  private commit(next: LearningContract): void {
    this.current = next;
    this.dispatchEvent(new ContractChangeEvent(structuredClone(next)));
    if (this.contractId) this.autosave.schedule(next);
  }

  private edit(edit: Edit): void {
    if (!this.current || this.readonly) return;
    const rules = this.rulesNow();
    const result = applyEdit(this.current, this.perspective, edit, rules ? { rules } : {});
    if (!result.ok) {
      this.dispatchEvent(new ContractErrorEvent('edit-refused', result.issues[0]?.code));
      return;
    }
    this.commit(result.value);
  }

  private act(action: Action, options: ActionOptions = {}): boolean {
    if (!this.current || this.readonly) return false;
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
    if (this.readonly) return nothing;
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
      </div>
    </section>`;
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
      </header>
      ${renderLoadError(this.loadError)}
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
                  ${state ? renderPrintView(state, this.localization.locale) : nothing}`
              : nothing
      }
    </article>`;
  }
}
