import type { ContractSummary, Perspective, StorageAdapter } from '@kollegalaering/core';
import type { ReactiveControllerHost } from 'lit';
import type { StorageKind } from '../shared/storage-choice.js';

/** Where fetching the list stands. */
export type Loaded =
  | { kind: 'loading' }
  | { kind: 'cannot-list' }
  | { kind: 'unavailable' }
  | { kind: 'loaded'; summaries: ContractSummary[] };

/** What the list's view is given to render, and what it calls back. */
export interface ListState {
  loaded: Loaded;
  creating: boolean;
  createFailed: boolean;
  /** Whether "Start a new contract" is offered: not to someone on contracts only as a leader or the supervisor. */
  mayStart: boolean;
  /** The element's `href` pattern, or '' for buttons. */
  href: string;
  /** Who is looking, where storage does not say. */
  perspective: Perspective | undefined;
  locale: string;
  linkTo(id: string, perspective: Perspective): string;
  /** Fires `contract-open`; false when the host cancelled it. */
  open(id: string, perspective: Perspective): boolean;
  refresh(): void;
  startNew(): void;
}

/** What the list's controller reads from the element: its public properties. */
export interface ListHost extends ReactiveControllerHost, HTMLElement {
  storage: StorageKind | StorageAdapter;
  endpoint: string;
  href: string;
  perspective: Perspective | undefined;
  /** The section configuration: its `process.mode` decides how a new contract is run. */
  config: unknown;
}
