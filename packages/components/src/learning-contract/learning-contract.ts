import {
  actionBlockers,
  formatPath,
  PERSPECTIVES,
  createEmptyContract,
  availableActions,
  isPastRetention,
  parsePerspective,
  partyCopy,
  viewFor,
  withRetention,
  type Action,
  type CustomOwners,
  type Edit,
  type Issue,
  type LearningContract,
  type Perspective,
  type ResolvedSections,
  type StorageAdapter,
} from '@kollegalaering/core';
import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContractErrorEvent } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { speaks } from '../i18n/locales.js';
import { msg, withDanish } from '../i18n/msg.js';
import { PaintTypingFirst } from '../shared/after-next-paint.js';
import { partFailedText } from '../i18n/part-failed.js';
import { personName } from '../i18n/person-names.js';
import { LazyPart } from '../shared/lazy-part.js';
import { renderConfigError } from '../contract-form/config-error.js';
import { acceptContract } from '../state/contract-binding.js';
import {
  contractContext,
  type ActionOptions,
  type ContractState,
} from '../state/contract-state.js';
import { actionLabel, downloadOwnCopyLabel } from './action-labels.js';
import { readConfigScript, resolveConfig } from '../shared/config-source.js';
import { ContractSession } from './contract-session.js';
import { ContractChanges } from '../state/contract-changes.js';
import type { ChoiceAction, CopyChoice } from './copy-choice.js';
import { ConfirmStep } from './confirm-step.js';
import { copyFileName, downloadJson } from './download.js';
import { styles } from './learning-contract.styles.js';
import { renderLoadError, renderSaveStatus } from './status-messages.js';
import { STORAGE_KINDS, type StorageKind } from '../shared/storage-choice.js';

export { STORAGE_KINDS, type StorageKind };

/** Why a file could not be imported, as a `contract-error`: a known code, or `not-a-contract` with core's. */
function importError(problem: Issue | undefined): ContractErrorEvent {
  const known = ['too-large', 'not-json', 'not-a-contract', 'newer-version'] as const;
  const code = known.find((candidate) => candidate === problem?.code);
  return code
    ? new ContractErrorEvent(code)
    : new ContractErrorEvent('not-a-contract', problem?.code);
}

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
 * @fires contract-error - When a contract cannot be loaded, saved, imported or accepted. `detail.code` says why: `conflict`, `quota`, `unavailable` (with `offline` when kept to send later), `corrupt`, `newer-version`, `unknown-storage` and `missing-endpoint` (the page asked for storage that cannot save: shown read-only, with a message), `unsupported-lang` (a `lang` the elements do not speak: shown in Danish), `missing-contract-id` (nothing is saved without one; the status tells the person so), `unknown-perspective` (the page gave a perspective that is not one: shown read-only, shared parts only), `forbidden` (a server refused a change), `edit-refused`, or an import problem (`not-json`, `too-large`, …).
 * @fires step-change - When the contract moves to another step. `detail` holds `from`, `to` and `contract`.
 * @fires contract-delete - After the contract was deleted from storage. `detail.id` is its id.
 *
 * @csspart contract - The outer frame.
 * @csspart status - The save status line.
 * @csspart retention - The notice shown when the organisation's retention period for the contract has run out, with deletion.
 * @csspart choice - The comparison of two copies (after a conflict, a change elsewhere, or an import), with the choice between them.
 * @csspart turn - The box at the top that says what is this person's to do now, or whom the contract waits for.
 * @csspart actions - The box with the actions the person may take.
 * @csspart print-view - The copy that is printed (hidden on screen).
 * @csspart introduction - The organisation's introduction to the method, while the contract is agreed.
 * @csspart steps - The list of the five steps (`<process-tracker>`'s `list`).
 * @csspart error-summary - What stops the person's action (`<contract-form>`'s `error-summary`).
 * @csspart progress - An evaluation's "3 of 5 answered" line (`<evaluation-checklist>`'s `progress`).
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

  @state() private issues: readonly Issue[] = [];
  private toldOfMissingId = false;
  /** The action the issues refused, and a count of refusals (see ContractState). */
  private refused: Action | undefined;
  private refusal = 0;
  @state() private configScript: ReturnType<typeof readConfigScript>;
  @state() private importProblem: Issue | undefined;
  @state() private confirmingDelete = false;
  /** The print view exists only while printing: kept up to date, it cost every keystroke. */
  @state() private printing = false;

  // Parts few pages show, fetched the first time one is needed.
  private readonly printPart = new LazyPart(this, async () =>
    withDanish(await import('./print-view.js')),
  );
  private readonly retentionPart = new LazyPart(this, async () =>
    withDanish(await import('./retention-notice.js')),
  );
  private readonly choicePart = new LazyPart(this, async () =>
    withDanish(await import('./copy-choice.js')),
  );
  private readonly importPart = new LazyPart(this, async () =>
    withDanish(await import('./import-file.js')),
  );
  private readonly introductionPart = new LazyPart(this, async () =>
    withDanish(await import('./introduction.js')),
  );
  private readonly perspectivePart = new LazyPart(this, async () =>
    withDanish(await import('./perspective-choice.js')),
  );
  /** The panel at the top and the questions before steps that cannot be undone: fetched as the element connects. */
  private readonly turnPart = new LazyPart(
    this,
    async () => withDanish(await import('./turn-part.js')),
    true,
  );
  /** A `perspective` the page gave that is not one: shown read-only, as the least that anyone sees. */
  @state() private unknownPerspective: string | undefined;
  private reportedLang: string | undefined;
  /** Asks before a step that cannot be undone. */
  private readonly confirmStep: ConfirmStep = new ConfirmStep(this);
  /** What the leader writes with their approval; emptied once given, and for another perspective. */
  @state() private approvalComment = '';

  private readonly localization = new LocaleController(this);
  private readonly provider = new ContextProvider(this, { context: contractContext });
  /** Loading, saving, the copies to choose between, and deletion. */
  private readonly changes = new ContractChanges(this, (next) => this.session.edited(next));
  private readonly session = new ContractSession(
    this,
    () => {
      this.issues = [];
    },
    (id) =>
      createEmptyContract({
        id,
        settings: { mode: (this.resolved.ok && this.resolved.value.rules.mode) || 'informal' },
      }),
  );
  private resolved: ReturnType<typeof resolveConfig> = resolveConfig(undefined, undefined);
  private providedKey: unknown[] = [];
  private readonly configObserver = new MutationObserver(() => {
    this.configScript = readConfigScript(this);
  });

  /** The contract as a plain object (a copy), or undefined while it loads. Setting it replaces the contract without saving; an invalid one is refused with `contract-error`. With a `contract-id` whose stored copy differs, the person sees both and chooses; nothing stored is replaced before that. */
  get contract(): LearningContract | undefined {
    const { current } = this.session.state;
    return current && structuredClone(current);
  }

  set contract(value: unknown) {
    const accepted = acceptContract(this, value);
    if (accepted) this.session.give(accepted);
  }

  /** Saves pending edits now instead of waiting for typing to pause. */
  save(): Promise<void> {
    return this.session.autosave.flush();
  }

  /** Prints the person's own copy: for a party, the shared parts and their private parts. Resolves when the print dialog has closed. */
  async printCopy(): Promise<void> {
    await this.printPart.load();
    window.print();
  }

  /**
   * The contract as data to keep as a file: `own` is what this person may see
   * (for a party, their own copy), `whole` is everything the element holds.
   */
  exportContract(which: 'own' | 'whole' = 'own'): unknown {
    const contract = this.session.latest;
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
    const deleted = await this.session.remove();
    if (deleted) this.confirmingDelete = false;
    return deleted;
  }

  /** Offers the contract as a JSON file to download (see exportContract). */
  download(which: 'own' | 'whole' = 'own'): void {
    const data = this.exportContract(which);
    if (!data) return;
    const { parties } = this.session.latest!;
    const names = { a: parties.a.name, b: parties.b.name };
    const whose = which === 'own' ? personName(this.perspective, names) : '';
    downloadJson(copyFileName(this.contractId, whose, new Date()), data);
  }

  // The browser lays the page out for printing right after `beforeprint`
  // (Ctrl+P and window.print() alike): render the copy synchronously now.
  // Ctrl+P before the print view was ever fetched: fetch it, then print.
  private readonly printKey = (event: KeyboardEvent) => {
    const ctrlP = event.key.toLowerCase() === 'p' && (event.ctrlKey || event.metaKey);
    if (!ctrlP || event.defaultPrevented || this.printPart.value) return;
    event.preventDefault();
    void this.printCopy();
  };
  // Printed from the browser's menu before the print view was fetched (or
  // offline), the page prints the form as it is on screen, and the view is
  // fetched for next time.
  private readonly beforePrint = () => {
    this.printing = true;
    this.printPart.get();
    this.performUpdate();
  };
  private readonly afterPrint = () => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('keydown', this.printKey);
    window.addEventListener('afterprint', this.afterPrint);
    this.configScript = readConfigScript(this);
    this.configObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('keydown', this.printKey);
    window.removeEventListener('afterprint', this.afterPrint);
    this.configObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      (!this.hasUpdated || changed.has('contractId')) &&
      !this.contractId &&
      !this.toldOfMissingId
    ) {
      // The people using the page read that nothing is saved; the developer gets the why, once.
      this.toldOfMissingId = true;
      this.dispatchEvent(
        new ContractErrorEvent(
          'missing-contract-id',
          'Give <learning-contract> a contract-id attribute for what is typed to be saved.',
        ),
      );
    }
    if (changed.has('storage') || changed.has('endpoint')) {
      this.session.connect(this.storage, this.endpoint);
    }
    if (
      (changed.has('contractId') || changed.has('storage') || changed.has('endpoint')) &&
      this.contractId
    ) {
      void this.session.load();
    }
    if (!this.contractId) this.session.startBlank();
    if (changed.has('config') || (changed as Map<PropertyKey, unknown>).has('configScript')) {
      this.resolved = resolveConfig(this.config, this.configScript);
    }
    this.reportUnspokenLang();
    if (changed.has('perspective')) {
      this.issues = [];
      this.approvalComment = '';
      if (!(PERSPECTIVES as readonly string[]).includes(this.perspective)) {
        // A typo in the page must not break the element or show anyone more than the shared parts.
        this.unknownPerspective = String(this.perspective);
        this.perspective = 'supervisor';
        this.dispatchEvent(new ContractErrorEvent('unknown-perspective', this.unknownPerspective));
      } else {
        this.unknownPerspective = undefined;
      }
      // A server answers each perspective with its own view: ask again as the one now chosen.
      const membership = this.session.state.membership;
      if (membership && membership.perspective !== this.perspective && this.contractId) {
        void this.session.load();
      }
    }
    this.provideState();
  }

  /** Hands the children a new state object, only when something they render from changed. */
  private provideState(): void {
    const { current, frozen } = this.session.state;
    const key = [current, frozen, this.perspective, this.locked, this.resolved, this.issues];
    if (key.every((part, index) => part === this.providedKey[index])) return;
    this.providedKey = key;
    const contract = current;
    const resolved = this.resolved;
    this.provider.setValue(
      contract && resolved.ok ? this.stateFor(contract, resolved.value) : undefined,
    );
  }

  private stateFor(contract: LearningContract, resolved: ResolvedSections): ContractState {
    return {
      contract,
      perspective: this.perspective,
      readonly: this.locked || this.session.state.frozen,
      sections: resolved.sections,
      ...(resolved.introduction && { introduction: resolved.introduction }),
      rules: resolved.rules,
      issues: this.issues,
      ...(this.refused && { refused: this.refused }),
      refusal: this.refusal,
      edit: (edit) => this.edit(edit),
      act: (action, options) => this.act(action, options),
    };
  }

  private readonly onChoice = async (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choice]');
    if (!button) return;
    const action = button.dataset['choice'] as ChoiceAction;
    const imported = this.session.choose(action);
    if (action === 'download-both') return;
    const before = this.session.latest;
    if (imported && before) {
      const rules = this.rulesNow();
      this.changes.took(before, rules ? withRetention(imported, rules) : imported);
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
    const contract = this.session.state.current;
    if (!file || !contract) return;
    const part = await this.importPart.load();
    if (!part) return;
    const rules = this.rulesNow();
    const result = part.importContract(
      contract,
      await file.text(),
      this.perspective,
      rules ? { rules } : {},
    );
    input.value = '';
    if (!result.ok) {
      this.importProblem = result.issues[0];
      this.dispatchEvent(importError(result.issues[0]));
      return;
    }
    this.importProblem = undefined;
    const { contract: theirs, applied, refused } = result.value;
    this.session.offer({ reason: 'import', theirs, applied, refused });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#choice-title')?.focus();
  };

  private rulesNow() {
    return this.resolved.ok ? this.resolved.value.rules : undefined;
  }

  /** A `lang` we do not speak is shown in Danish; the developer hears of it once per value. */
  private reportUnspokenLang(): void {
    const { lang } = this.localization;
    if (lang === this.reportedLang) return;
    this.reportedLang = lang;
    if (lang && !speaks(lang)) this.dispatchEvent(new ContractErrorEvent('unsupported-lang', lang));
  }

  /** Read-only: the page asked for it, gave a perspective that is not one, or storage that cannot save. */
  private get locked(): boolean {
    return (
      this.readonly ||
      this.unknownPerspective !== undefined ||
      this.session.storageProblem !== undefined
    );
  }

  private edit(edit: Edit): boolean {
    const { current, frozen } = this.session.state;
    if (!current || this.locked || frozen) return false;
    const result = this.changes.change(current, this.perspective, { edit }, this.rulesNow());
    if (result.ok) {
      this.clearFixed(result.value);
      this.paintTypingFirst.edited(edit);
    }
    return result.ok;
  }

  private readonly paintTypingFirst = new PaintTypingFirst();

  /** Complete once the panel at the top (fetched as the element connects) is there too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.turnPart.ready;
    return super.getUpdateComplete();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.paintTypingFirst.schedule(() => super.scheduleUpdate());
  }

  /** Messages go as soon as what they asked for is there: only what still blocks stays. */
  private clearFixed(contract: LearningContract): void {
    if (this.issues.length === 0 || !this.refused) return;
    const rules = this.rulesNow();
    const still = actionBlockers(contract, this.perspective, this.refused, rules);
    const same = (a: Issue, b: Issue) =>
      a.code === b.code && formatPath(a.path) === formatPath(b.path);
    const kept = this.issues.filter((issue) => still.some((other) => same(issue, other)));
    if (kept.length !== this.issues.length) this.issues = kept;
  }

  /** Shows why an action was refused, and where; a new refusal takes focus. */
  private refuse(action: Action, issues: readonly Issue[]): void {
    this.refused = action;
    this.refusal++;
    this.issues = issues;
  }

  /**
   * Takes an action by core's rules. Where storage runs the process itself (a
   * server), it is taken there: the server sees what this person's view does
   * not (the other party's evaluation, say), records who and when, and its
   * answer is shown. Elsewhere it is taken here and saved.
   */
  private async act(action: Action, options: ActionOptions = {}): Promise<boolean> {
    const { current: before, frozen } = this.session.state;
    if (!before || this.locked || frozen) return false;
    if (this.session.actsInStorage) {
      const stored = await this.session.act(action, options);
      if (!stored?.ok) {
        this.refuse(action, stored?.error.issues ?? []);
        return false;
      }
      this.changes.announce(before, stored.value);
    } else {
      const change = { action, ...options };
      const result = this.changes.change(before, this.perspective, change, this.rulesNow());
      if (!result.ok) {
        this.refuse(action, result.issues);
        return false;
      }
    }
    this.issues = [];
    return true;
  }

  private readonly onAction = async (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    if (button.dataset['action'] === 'print') {
      void this.printCopy();
      return;
    }
    if (button.dataset['action'] === 'download') {
      this.download('own');
      return;
    }
    const action = button.dataset['action'] as Action | 'cancel';
    const contract = this.session.state.current;
    if (action === 'cancel' || !contract)
      return this.confirmStep.settle(undefined, '#actions-title');
    const confirmed = button.dataset['confirmed'] !== undefined;
    if (!confirmed && this.confirmStep.ask(action, contract, this.perspective, this.rulesNow())) {
      return;
    }
    const comment = action === 'approve' ? this.approvalComment : '';
    const done = await this.act(action, comment ? { comment } : {});
    this.confirmStep.settle();
    if (done) {
      if (action === 'approve') this.approvalComment = '';
      // The button may be gone now: keep the keyboard user at the top of what changed.
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(action === 'advance' ? '#title' : '#actions-title')
        ?.focus();
    }
  };

  private renderActions(contract: LearningContract) {
    if (this.locked || this.session.state.frozen) return nothing;
    const actions = availableActions(contract, this.perspective, this.rulesNow()).filter(
      ({ action }) => action !== 'confirm-amendment',
    );
    const isLeader = parsePerspective(this.perspective).role === 'leader';
    // Before a step that cannot be undone, its question stands in for the buttons.
    const { asking } = this.confirmStep;
    const turn = this.turnPart.value;
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
              <textarea
                id="approve-comment"
                rows="2"
                .value=${this.approvalComment}
                @input=${(event: Event) => {
                  this.approvalComment = (event.target as HTMLTextAreaElement).value;
                }}
              ></textarea>
            </div>`
          : nothing
      }
      ${this.turnPart.value?.renderSigned(contract, this.perspective, this.localization.locale)}
      ${asking ? (turn?.renderQuestion(asking, contract, this.perspective, this.localization.locale) ?? this.renderPartFailed(this.turnPart)) : nothing}
      <div class="buttons">
        ${
          asking
            ? nothing
            : actions.map(
                ({ action }) =>
                  html`<button type="button" data-action=${action}>
                    ${actionLabel(action, contract)}
                  </button>`,
              )
        }
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
        ${this.importProblem ? this.importPart.get()?.renderImportError(this.importProblem) : nothing}
        ${this.importPart.failed ? this.renderPartFailed(this.importPart) : nothing}
      </div>
    </section>`;
  }

  private renderRetention(contract: LearningContract | undefined) {
    const rules = this.rulesNow();
    const dated = contract && rules ? withRetention(contract, rules) : contract;
    if (!dated || this.readonly || !isPastRetention(dated)) return nothing;
    const part = this.retentionPart.get();
    if (!part) return this.renderPartFailed(this.retentionPart);
    return html`<div @click=${this.onRetention}>
      ${part.renderRetentionNotice(dated, this.confirmingDelete, this.localization.locale, this.session.state.deleteFailed)}
    </div>`;
  }

  /**
   * Two copies to choose between. Until the panel has arrived (or when it
   * could not be fetched, offline) both copies stay kept and nothing is
   * written over: the session waits for the person's choice.
   */
  private renderChoice(choice: CopyChoice, contract: LearningContract, owners: CustomOwners) {
    const part = this.choicePart.get();
    if (!part) return this.renderPartFailed(this.choicePart);
    return part.renderCopyChoice(choice, contract, this.perspective, owners);
  }

  private renderIntroduction(
    contract: LearningContract,
    introduction: ResolvedSections['introduction'],
  ) {
    const { state } = contract.process;
    if (!introduction && state !== 'introduced') return nothing;
    if (state !== 'introduced' && state !== 'agreement') return nothing;
    const part = this.introductionPart.get();
    if (!part) return this.renderPartFailed(this.introductionPart);
    return part.renderIntroduction(contract, introduction, this.localization.locale);
  }

  private renderPerspectiveChoice() {
    const { membership } = this.session.state;
    if (!membership || membership.perspectives.length < 2) return nothing;
    const part = this.perspectivePart.get();
    if (!part) return this.renderPartFailed(this.perspectivePart);
    return part.renderPerspectiveChoice(membership, this.perspective, (chosen) => {
      this.perspective = chosen;
    });
  }

  /** Nothing while a part loads; a message when it could not be fetched. */
  private renderPartFailed(part: LazyPart<unknown>) {
    return part.failed ? html`<p class="error" role="alert">${partFailedText()}</p>` : nothing;
  }

  protected override render() {
    const { current: contract, choice, loading, loadError, deleted } = this.session.state;
    const { autosave } = this.session;
    const resolved = this.resolved;
    const state = this.provider.value;
    const printView = state && this.printing ? this.printPart.get() : undefined;
    // Leaders and the supervisor read a summary: their actions (approving) come first.
    const readsSummary = parsePerspective(this.perspective).role !== 'party';
    return html`<article
      part="contract"
      aria-labelledby="title"
      class=${printView ? 'printable' : ''}
    >
      <header>
        <h2 id="title" tabindex="-1">
          ${msg('Learning contract', { id: 'title', desc: 'Heading of the whole contract (læringskontrakt)' })}
        </h2>
        <p part="status" class="status" role="status">
          ${renderSaveStatus(this.contractId, autosave, this.localization.locale)}
        </p>
        ${
          ['failed', 'offline', 'conflict'].includes(autosave.status)
            ? html`<button type="button" class="secondary" @click=${() => this.download('whole')}>
                ${msg('Download everything as a file', { id: 'status.download', desc: 'Offered while the contract is not saved' })}
              </button>`
            : nothing
        }
      </header>
      ${this.renderPerspectiveChoice()}
      ${
        this.unknownPerspective === undefined
          ? nothing
          : html`<p class="error" role="alert">
              ${msg('The page gives a role the tool does not know, so only the shared parts are shown, read-only.', { id: 'error.unknownPerspective', desc: 'The host page set an unknown perspective (a developer’s mistake)' })}
            </p>`
      }
      ${
        this.session.storageProblem === undefined
          ? nothing
          : html`<p class="error" role="alert">
              ${msg('The page asks for storage the tool cannot use, so nothing you wrote would be saved. The contract is shown read-only. Please tell whoever looks after the page.', { id: 'error.storageProblem', desc: 'The host page set an unknown storage, or http without an endpoint (a developer’s mistake)' })}
            </p>`
      }
      ${renderLoadError(loadError, () => void this.session.load())}
      ${this.renderRetention(contract)}
      ${
        deleted
          ? html`<p class="deleted">
              ${msg('The contract has been deleted.', { id: 'deleted', desc: 'Shown after the contract was deleted' })}
            </p>`
          : nothing
      }
      ${
        choice && contract
          ? html`<div @click=${this.onChoice}>
              ${this.renderChoice(choice, contract, resolved.ok ? resolved.value.rules.customOwners : {})}
            </div>`
          : nothing
      }
      ${
        !resolved.ok
          ? renderConfigError(resolved.issues)
          : loading
            ? html`<p>
                ${msg('Loading the contract…', { id: 'loading', desc: 'Shown while the stored contract loads' })}
              </p>`
            : contract
              ? html`<div class="screen">
                    ${this.readonly ? nothing : this.turnPart.get()?.renderTurnPanel(contract, this.perspective, this.rulesNow(), resolved.value.sections, this.localization.locale)}
                    ${this.renderIntroduction(contract, resolved.value.introduction)}
                    ${readsSummary ? this.renderActions(contract) : nothing}
                    <process-tracker exportparts="list: steps"></process-tracker>
                    <contract-form exportparts="error-summary, progress"></contract-form>
                    ${readsSummary ? nothing : this.renderActions(contract)}
                  </div>
                  ${state && printView ? printView.renderPrintView(state, this.localization.locale) : nothing}`
              : nothing
      }
    </article>`;
  }
}
