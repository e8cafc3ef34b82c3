import type {
  ContractSummary,
  LearningContract,
  Perspective,
  StorageAdapter,
} from '@kollegalaering/core';
import type { ReactiveControllerHost } from 'lit';
import type { StorageChoice, StorageKind } from '../shared/storage-choice.js';

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
export interface ListHost extends ReactiveControllerHost, EventTarget {
  storage: StorageKind | StorageAdapter;
  endpoint: string;
  href: string;
  perspective: Perspective | undefined;
}

/**
 * What the list's controller needs from core and storage, handed over by the
 * element rather than imported by the lazy part: rolldown would otherwise
 * split the modules the part shares with the storage adapters into a chunk
 * of their own that every page fetches first (rolldown/rolldown#10731).
 */
export interface ListServices {
  chooseStorage(storage: StorageKind | StorageAdapter, endpoint: string): Promise<StorageChoice>;
  newContract(): LearningContract;
}
