import {
  actionBlockers,
  formatPath,
  PERSPECTIVES,
  createEmptyContract,
  availableActions,
  deleteBlockers,
  isPastRetention,
  mayReadFileIn,
  parsePerspective,
  partyCopy,
  viewFor,
  withRetention,
  type Action,
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
import { personName } from '../i18n/party-names.js';
import { LazyPart } from '../shared/lazy-part.js';
import { renderConfigError } from '../shared/config-error.js';
import { acceptContract } from '../state/contract-binding.js';
import {
  contractContext,
  type ActionOptions,
  type ContractState,
} from '../state/contract-state.js';
import { actionLabel, printLabel } from './action-labels.js';
import { readConfigScript, resolveConfig } from '../shared/config-source.js';
import { ContractController } from '../state/contract-controller.js';
import type { Imported } from './import-file.js';
import { styles } from './learning-contract.styles.js';
import { ConfirmStep } from './confirm-step.js';
import { youAreText } from './you-are.js';
import { renderSaveStatus } from './status-messages.js';
import { STORAGE_KINDS, type StorageKind } from '../shared/storage-choice.js';

export { STORAGE_KINDS, type StorageKind };

/**
 * A learning contract between two colleagues ("Lær af en kollega"), the whole
 * tool in one tag: the five steps on top, the contract as far as the process
 * has come, the evaluations when it reaches them, a save status, and the
 * actions the person may take (accept, approve, move on, print their copy,
 * and for a party, keep a backup and delete a contract started by mistake).
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
 * @fires contract-save - After each successful save or action, and when a newer stored version (a colleague's save, another tab's) was taken in, so that the rest of the page can follow it. `detail` holds `contract` (as stored) and `savedAt`.
 * @fires contract-error - When a contract cannot be loaded, saved, imported or accepted. `detail.code` says why: `conflict`, `quota`, `unavailable` (storage cannot be reached; with a server the changes wait in this browser and go when it answers), `corrupt`, `newer-version`, `unknown-storage` and `missing-endpoint` (the page asked for storage that cannot save: shown read-only, with a message), `unsupported-lang` (a `lang` the elements do not speak: shown in Danish), `missing-contract-id` (nothing is saved without one; the status tells the person so), `unknown-perspective` (the page gave a perspective that is not one: shown read-only, shared parts only), `forbidden` (a server refused a change), `signed-out` (the server answered 401: the session ended or the page's token went stale; the changes stay in this browser, the status says so and, where the server signs people in itself, links to its sign-in; a host with tokens can get a fresh one and call `save()`), `edit-refused`, or an import problem (`not-json`, `too-large`, …).
 * @fires step-change - When the contract moves to another step. `detail` holds `from`, `to` and `contract`.
 * @fires contract-delete - After the contract was deleted from storage. `detail.id` is its id.
 *
 * @csspart contract - The outer frame.
 * @csspart status - The save status line.
 * @csspart retention - The notice shown when the organisation's retention period for the contract has run out, with deletion.
 * @csspart choice - What a file read in would change, beside the contract, with the choice to take it or not.
 * @csspart news - The line that says, politely, which colleague changed which parts.
 * @csspart conflict - At a field two people changed in the same words: both texts and the choice (`<contract-form>`'s `conflict`).
 * @csspart refused - At a field: a change that could not be saved, why, and the text to copy (`<contract-form>`'s `refused`).
 * @csspart turn - The box at the top that says what is this person's to do now, or whom the contract waits for.
 * @csspart actions - The box with the actions the person may take.
 * @csspart print-view - The printed copy. It exists only while the page prints, at the end of `<body>` (outside the element, so that nothing of the page around it is printed): style it as `[data-kollegalaering-print]::part(print-view)`.
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
  @state() private confirmingDelete = false;
  /** A party asked for their own notes on a page of their own in the printed copy. */
  @state() private printNotes = false;
  /** Takes the printed copy away again once printing is over. */
  private printed: (() => void) | undefined;

  // Parts few pages show, fetched the first time one is needed.
  private readonly printPart = new LazyPart(this, async () =>
    withDanish(await import('./print-view.js')),
  );
  private readonly retentionPart = new LazyPart(this, async () =>
    withDanish(await import('./retention-notice.js')),
  );
  private readonly importPart = new LazyPart(this, async () =>
    withDanish(await import('./import-file.js')),
  );
  private readonly introductionPart = new LazyPart(this, async () =>
    withDanish(await import('./introduction.js')),
  );
  private readonly colleaguePart = new LazyPart(this, async () =>
    withDanish(await import('./colleague-changes.js')),
  );
  private readonly perspectivePart = new LazyPart(this, async () =>
    withDanish(await import('./perspective-choice.js')),
  );
  private readonly troublePart = new LazyPart(this, async () =>
    withDanish(await import('./trouble.js')),
  );
  /** The panel at the top and the questions before steps that cannot be undone: fetched as the element connects. */
  private readonly turnPart = new LazyPart(
    this,
    async () => withDanish(await import('./turn-part.js')),
    true,
  );
  /** Asks before a step that cannot be undone. */
  private readonly confirmStep: ConfirmStep = new ConfirmStep(this);
  /** A `perspective` the page gave that is not one: shown read-only, as the least that anyone sees. */
  @state() private unknownPerspective: string | undefined;
  private reportedLang: string | undefined;
  /** What the leader writes with their approval; emptied once given, and for another perspective. */
  @state() private approvalComment = '';

  private readonly localization = new LocaleController(this);
  private readonly provider = new ContextProvider(this, { context: contractContext });
  /** Loading, saving, the copies to choose between, and deletion. */
  private readonly controller = new ContractController(this, {
    blank: (id) =>
      createEmptyContract({
        id,
        settings: { mode: (this.resolved.ok && this.resolved.value.rules.mode) || 'informal' },
      }),
    rules: () => this.rulesNow(),
  });
  /** A file read in: why it could not be, or what it changes, until the person takes it or not. */
  @state() private imported: Imported | undefined;
  private resolved: ReturnType<typeof resolveConfig> = resolveConfig(undefined, undefined);
  private providedKey: unknown[] = [];
  private readonly configObserver = new MutationObserver(() => {
    this.configScript = readConfigScript(this);
  });

  /** The contract as a plain object (a copy), or undefined while it loads. Setting it replaces the contract without saving; an invalid one is refused with `contract-error`. With a `contract-id` whose stored copy differs, the person sees both and chooses; nothing stored is replaced before that. */
  get contract(): LearningContract | undefined {
    const { shown } = this.controller;
    return shown && structuredClone(shown);
  }

  set contract(value: unknown) {
    const accepted = acceptContract(this, value);
    if (accepted) {
      this.issues = [];
      this.controller.give(accepted);
    }
  }

  /** Saves pending edits now instead of waiting for typing to pause. */
  save(): Promise<void> {
    return this.controller.flush();
  }

  /** Prints the person's own copy, the element alone: for a party, the shared parts and their private parts, but their own notes only when they ask for them. Resolves when the print dialog has closed. */
  async printCopy(): Promise<void> {
    await this.printPart.load();
    window.print();
  }

  /**
   * The contract as data to keep as a file: `own` is what this person may see
   * (for a party, their own copy), `whole` is everything the element holds.
   */
  exportContract(which: 'own' | 'whole' = 'own'): unknown {
    const contract = this.controller.shown;
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
    const deleted = await this.controller.remove();
    if (deleted) this.confirmingDelete = false;
    return deleted;
  }

  /**
   * Offers the contract as a JSON file to download (see exportContract).
   * Resolves once the browser was handed the file.
   */
  async download(which: 'own' | 'whole' = 'own'): Promise<void> {
    const data = this.exportContract(which);
    if (!data) return;
    // Fetched on the click: few pages ever take a backup, so it stays out of the first load.
    const { copyFileName, downloadJson } = await import('./download.js');
    const { parties } = this.controller.shown!;
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
  // offline), the page prints as it is on screen, and the view is fetched for
  // next time. A contract not shown on the page is not what is printed.
  private readonly beforePrint = () => {
    const part = this.printPart.get();
    const state = this.provider.value;
    if (!part || !state || !this.checkVisibility()) return;
    this.afterPrint();
    this.printed = part.showPrintCopy(this, state, this.localization.locale, this.printNotes);
  };
  private readonly afterPrint = () => {
    this.printed?.();
    this.printed = undefined;
  };

  /** Ends the window listeners when the element leaves the page. */
  private leaving: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.leaving = new AbortController();
    const { signal } = this.leaving;
    window.addEventListener('beforeprint', this.beforePrint, { signal });
    window.addEventListener('keydown', this.printKey, { signal });
    window.addEventListener('afterprint', this.afterPrint, { signal });
    this.configScript = readConfigScript(this);
    this.configObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaving?.abort();
    this.afterPrint();
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
      this.controller.connect(this.storage, this.endpoint);
    }
    if (
      (changed.has('contractId') || changed.has('storage') || changed.has('endpoint')) &&
      this.contractId
    ) {
      this.issues = [];
      void this.controller.load();
    }
    if (!this.contractId) this.controller.startBlank();
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
      const membership = this.controller.membership;
      if (membership && membership.perspective !== this.perspective && this.contractId) {
        void this.controller.load();
      }
    }
    this.provideState();
  }

  /** Hands the children a new state object, only when something they render from changed. */
  private provideState(): void {
    const { shown: current, frozen, conflicts, refused } = this.controller;
    const key = [
      current,
      frozen,
      this.perspective,
      this.locked,
      this.resolved,
      this.issues,
      conflicts,
      refused,
      this.colleaguePart.value,
    ];
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
      readonly: this.locked || this.controller.frozen,
      conflicts: this.controller.conflicts,
      shared: this.controller.shared,
      refusedEdits: this.controller.refused,
      settle: (path, value) => this.controller.resolveConflict(path, value),
      dismiss: (refused) => this.controller.dismissRefused(refused),
      ...this.colleaguePart.value?.atFields,
      sections: resolved.sections,
      ...(resolved.introduction && { introduction: resolved.introduction }),
      rules: resolved.rules,
      issues: this.issues,
      ...(this.refused && { refused: this.refused }),
      refusal: this.refusal,
      edit: (edit, typedOn) => this.edit(edit, typedOn),
      act: (action, options) => this.act(action, options),
    };
  }

  /** The person takes the file's changes (as their own edits, through core's rules) or not. */
  private async choose(useFile: boolean): Promise<void> {
    const file = this.imported?.theirs;
    this.imported = undefined;
    if (useFile && file) await this.controller.adopt(file);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private readonly onRetention = async (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-retention]');
    const step = button?.dataset['retention'];
    if (step === 'print') return this.printCopy();
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
    const input = event.target as HTMLInputElement; // the event has no target after an await
    const part = await this.importPart.load();
    const contract = this.controller.shown;
    if (!part || !contract) return;
    this.imported = await part.readFile(this, input, contract, this.perspective, this.rulesNow());
    await this.updateComplete;
    if (this.imported?.theirs) this.renderRoot.querySelector<HTMLElement>('#choice-title')?.focus();
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
      this.controller.storageProblem !== undefined
    );
  }

  private edit(edit: Edit, typedOn?: string): boolean {
    if (!this.controller.shown || this.locked || this.controller.frozen) return false;
    const result = this.controller.edit(edit, typedOn);
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
   * Takes an action on the version the person read (the controller: on a
   * server, the server takes it; elsewhere core, here). When the contract
   * changed meanwhile it is not taken, and the person is told what changed.
   */
  private async act(action: Action, options: ActionOptions = {}): Promise<boolean> {
    if (!this.controller.shown || this.locked || this.controller.frozen) return false;
    const result = await this.controller.act(action, options);
    if (!result.ok) {
      this.refuse(action, result.issues);
      return false;
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
      void this.download('own');
      return;
    }
    if (/^(delete|keep)/.test(button.dataset['action']!))
      return this.onDelete(button.dataset['action']!);
    const action = button.dataset['action'] as Action | 'cancel';
    const contract = this.controller.shown;
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

  /** A contract started by mistake: asked once, naming what goes for whom; then deleted, or kept. */
  private async onDelete(step: string): Promise<void> {
    if (step === 'delete-for-good') {
      await this.deleteContract();
      return;
    }
    this.confirmingDelete = step === 'delete';
    // The question comes with the part that deletes: focus waits for it.
    if (this.confirmingDelete) await this.retentionPart.load();
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`[data-action="${step === 'delete' ? 'keep' : 'delete'}"]`)
      ?.focus();
  }

  /**
   * Deleting a contract started by mistake, where core allows it (a party,
   * before any leader approved; past its retention date the notice at the top
   * offers it): a button, then a confirmation fetched when first asked for.
   */
  private renderDelete(contract: LearningContract) {
    if (!this.contractId || deleteBlockers(contract, this.perspective).length > 0) return nothing;
    if (!this.confirmingDelete) {
      return html`<button type="button" class="secondary" data-action="delete">
        ${msg('Delete the contract…', { id: 'actions.delete', desc: 'Button: delete a contract started by mistake (asks first)' })}
      </button>`;
    }
    return this.retentionPart.render((part) =>
      part.renderDeleteConfirmation(contract, this.controller.deleteFailed),
    );
  }

  private renderActions(contract: LearningContract) {
    if (this.locked || this.controller.frozen) return nothing;
    const actions = availableActions(contract, this.perspective, this.rulesNow()).filter(
      ({ action }) => action !== 'confirm-amendment',
    );
    const { role, party } = parsePerspective(this.perspective);
    const isLeader = role === 'leader';
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
      ${turn?.renderSigned(contract, this.perspective, this.localization.locale)}
      ${asking ? this.turnPart.render((part) => part.renderQuestion(asking, contract, this.perspective, this.localization.locale)) : nothing}
      ${this.colleagueChanges()?.renderStale(this.controller.stale, this.perspective, this.rulesNow(), this.controller.shared) ?? nothing}
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
        <button type="button" class="secondary" data-action="print">${printLabel()}</button>
        ${turn?.renderSummaryButton(this, this.provider.value, this.localization.locale)}
      </div>
      ${
        mayReadFileIn(this.perspective)
          ? turn?.renderOwnCopies({
              notes: contract.privateNotes[party!],
              printNotes: this.printNotes,
              setPrintNotes: (on) => (this.printNotes = on),
              onImport: this.onImport,
              described: !!this.imported?.problem,
              importError: this.imported?.problem
                ? this.importPart.get()?.renderImportError(this.imported.problem)
                : this.importPart.failed && this.importPart.render(() => nothing),
            })
          : nothing
      }
      ${this.renderDelete(contract)}
    </section>`;
  }

  private renderRetention(contract: LearningContract | undefined) {
    const rules = this.rulesNow();
    const dated = contract && rules ? withRetention(contract, rules) : contract;
    if (!dated || this.readonly || !isPastRetention(dated)) return nothing;
    return this.retentionPart.render(
      (part) =>
        html`<div @click=${this.onRetention}>
          ${part.renderRetentionNotice(dated, this.confirmingDelete, this.localization.locale, this.controller.deleteFailed)}
        </div>`,
    );
  }

  private renderIntroduction(
    contract: LearningContract,
    introduction: ResolvedSections['introduction'],
  ) {
    const { state } = contract.process;
    if (!introduction && state !== 'introduced') return nothing;
    if (state !== 'introduced' && state !== 'agreement') return nothing;
    return this.introductionPart.render((part) =>
      part.renderIntroduction(contract, introduction, this.localization.locale),
    );
  }

  private renderPerspectiveChoice() {
    const { membership } = this.controller;
    if (!membership || membership.perspectives.length < 2) return nothing;
    return this.perspectivePart.render((part) =>
      part.renderPerspectiveChoice(
        membership,
        this.perspective,
        (chosen) => {
          this.perspective = chosen;
        },
        this.provider.value?.contract,
      ),
    );
  }

  /** The part that shows colleagues' changes, conflicts and refused changes: fetched once there is one. */
  private colleagueChanges() {
    const { news, stale, conflicts, refused, shared } = this.controller;
    // At once on shared storage: its news line is there, empty, before anything is said in it.
    const needed = shared || news || stale || conflicts.length > 0 || refused.length > 0;
    return needed || this.colleaguePart.value ? this.colleaguePart.get() : undefined;
  }

  /** The part with the words for trouble: fetched when there is some, and at once on shared storage (before going offline). */
  private trouble() {
    const { status, removedElsewhere, loadError, storageProblem, shared } = this.controller;
    const needed =
      shared ||
      removedElsewhere ||
      loadError ||
      storageProblem ||
      this.unknownPerspective !== undefined ||
      status === 'offline' ||
      status === 'failed';
    return needed ? this.troublePart.get() : undefined;
  }

  protected override render() {
    const { shown: contract, loading, loadError, deleted } = this.controller;
    const trouble = this.trouble();
    const imported = this.imported;
    const autosave = this.controller;
    const changes = this.colleagueChanges();
    const resolved = this.resolved;
    // Leaders and the supervisor read a summary: their actions (approving) come first.
    const readsSummary = parsePerspective(this.perspective).role !== 'party';
    return html`<article part="contract" aria-labelledby="title">
      <header>
        <h2 id="title" tabindex="-1">
          ${msg('Learning contract', { id: 'title', desc: 'Heading of the whole contract (læringskontrakt)' })}
        </h2>
        <p part="status" class="status" role="status" data-status=${autosave.status}>
          ${renderSaveStatus(this.contractId, autosave, this.localization.locale, trouble?.troubleStatus)}
        </p>
        ${changes?.renderNews(autosave, this.perspective, this.rulesNow()) ?? nothing}
        ${trouble?.renderSignInAgain(autosave) ?? nothing}
        ${
          trouble && (['failed', 'offline'].includes(autosave.status) || autosave.removedElsewhere)
            ? html`<button
                type="button"
                class="secondary"
                @click=${() => void this.download('whole')}
              >
                ${trouble.downloadEverythingLabel()}
              </button>`
            : nothing
        }
      </header>
      ${contract && this.unknownPerspective === undefined ? html`<p class="you">${youAreText(contract, this.perspective)}</p>` : nothing}
      ${this.renderPerspectiveChoice()}
      ${this.unknownPerspective === undefined ? nothing : trouble?.renderPageMistake('perspective')}
      ${this.controller.storageProblem === undefined ? nothing : trouble?.renderPageMistake('storage')}
      ${this.troublePart.failed ? this.troublePart.render(() => nothing) : nothing}
      ${contract && changes ? changes.renderRefused(autosave, contract, this.perspective, this.rulesNow()) : nothing}
      ${trouble?.renderLoadError(loadError, () => void this.controller.load())}
      ${this.renderRetention(contract)}
      ${
        deleted
          ? html`<p class="deleted">
              ${msg('The contract has been deleted.', { id: 'deleted', desc: 'Shown after the contract was deleted' })}
            </p>`
          : nothing
      }
      ${
        imported?.theirs && contract
          ? this.importPart
              .get()
              ?.renderImportChoice(
                imported,
                contract,
                this.perspective,
                resolved.ok ? resolved.value.rules.customOwners : {},
                (useFile) => void this.choose(useFile),
              )
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
                  <contract-form
                    exportparts="error-summary, progress, conflict, refused"
                  ></contract-form>
                  ${readsSummary ? nothing : this.renderActions(contract)}
                </div>`
              : nothing
      }
    </article>`;
  }
}
