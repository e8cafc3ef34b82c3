import {
  BUILT_IN_RULES,
  parseContract,
  resolveSections,
  type Edit,
  type Issue,
  type LearningContract,
  type Perspective,
  type ResolvedSections,
} from '@kollegalaering/core';
import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { ContractErrorEvent } from '../events.js';
import { ContractChanges } from './contract-changes.js';
import { PaintTypingFirst } from '../shared/after-next-paint.js';
import { editFromInput } from '../shared/field-events.js';
import { contractContext, type ActionOptions, type ContractState } from './contract-state.js';

/** The properties every element has for use on its own, outside <learning-contract>. */
export interface StandaloneHost extends ReactiveElement {
  contract: LearningContract | undefined;
  perspective: Perspective;
  readonly: boolean;
  config: unknown;
}

/**
 * Gives an element the shared contract state: from the <learning-contract>
 * around it when there is one, else from the element's own `contract`,
 * `perspective`, `readonly` and `config` properties. On its own, an element
 * changes its contract through ContractChanges, as <learning-contract> does.
 */
export class ContractBinding {
  private readonly consumer: ContextConsumer<typeof contractContext, StandaloneHost>;
  private standaloneIssues: readonly Issue[] = [];
  private checked: { given: unknown; valid: LearningContract | undefined } | undefined;
  private resolvedFor: { config: unknown; result: ReturnType<typeof resolveSections> } | undefined;

  /** On its own, an element changes its contract by the same path as <learning-contract>. */
  private readonly changes: ContractChanges;

  constructor(private readonly host: StandaloneHost) {
    this.consumer = new ContextConsumer(host, { context: contractContext, subscribe: true });
    this.changes = new ContractChanges(host, (next) => {
      this.host.contract = next;
      this.checked = { given: next, valid: next };
    });
  }

  /** Turns typing, ticking and choosing in the host's fields into edits; bind it to input and change. */
  readonly onInput = (event: Event): void => {
    const state = this.state;
    if (state) editFromInput(event, state);
  };

  private readonly paintTypingFirst = new PaintTypingFirst();

  /** For the host's `scheduleUpdate`: on its own, it paints typed text first, as <learning-contract> does. */
  afterTyping(update: () => void | Promise<unknown>): void | Promise<unknown> {
    return this.paintTypingFirst.schedule(update);
  }

  /** True when the element sits inside a <learning-contract>. */
  get provided(): boolean {
    return this.consumer.value !== undefined;
  }

  /** Issues in the element's own configuration, when used on its own. */
  get configIssues(): readonly Issue[] {
    const result = this.resolved();
    return result.ok ? [] : result.issues;
  }

  /** The state to render, or undefined when there is no contract yet. */
  get state(): ContractState | undefined {
    return this.consumer.value ?? this.standaloneState();
  }

  private resolved(): ReturnType<typeof resolveSections> {
    if (!this.resolvedFor || this.resolvedFor.config !== this.host.config) {
      this.resolvedFor = { config: this.host.config, result: resolveSections(this.host.config) };
    }
    return this.resolvedFor.result;
  }

  /** The host's own contract, checked once per object it is given; an invalid one is refused. */
  private checkedContract(): LearningContract | undefined {
    const given: unknown = this.host.contract;
    if (!this.checked || this.checked.given !== given) {
      this.checked = {
        given,
        valid: given === undefined ? undefined : acceptContract(this.host, given),
      };
    }
    return this.checked.valid;
  }

  private standaloneState(): ContractState | undefined {
    const contract = this.checkedContract();
    if (!contract) return undefined;
    const result = this.resolved();
    const resolved: ResolvedSections = result.ok
      ? result.value
      : { sections: [], rules: BUILT_IN_RULES };
    return {
      contract,
      perspective: this.host.perspective,
      readonly: this.host.readonly,
      sections: resolved.sections,
      rules: resolved.rules,
      issues: this.standaloneIssues,
      edit: (edit: Edit) => {
        const done = this.changes.change(
          contract,
          this.host.perspective,
          { edit },
          resolved.rules,
        ).ok;
        if (done) this.paintTypingFirst.edited(edit);
        return done;
      },
      act: (action, options: ActionOptions = {}) => {
        const change = { action, ...options };
        const result = this.changes.change(contract, this.host.perspective, change, resolved.rules);
        this.standaloneIssues = result.ok ? [] : result.issues;
        this.host.requestUpdate();
        return Promise.resolve(result.ok);
      },
    };
  }
}

/** Accepts a contract from a host page: a valid one as it is, anything else refused with an event. */
export function acceptContract(host: HTMLElement, value: unknown): LearningContract | undefined {
  if (value === undefined) return undefined;
  const parsed = parseContract(value);
  if (parsed.ok) return parsed.value;
  const where = parsed.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`).join('; ');
  host.dispatchEvent(new ContractErrorEvent('invalid-contract', where));
  return undefined;
}
