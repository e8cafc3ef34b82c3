// @kollegalaering/core: the public API, listed on purpose. What the elements, the reference
// server and a municipality's own code may import; every other export of core's modules is
// internal and may change without notice. Adding a name is a minor change, removing one a major
// one. Each group's comment heads its section of docs/core-api.md, which
// `node scripts/core-api-docs.mjs` writes from this file and `--check` holds to it.
//
// This file only re-exports (`export … from`): the CDN build stops its walk of static imports
// here (CORE_INDEX in packages/components/vite.cdn.config.ts), so core's modules land where they
// are really imported. Other entry points: /http, /indexeddb, /import, /merge, /testing.

// The contract: the values it is made of, creating one, and reading a stored one.
export {
  PARTIES,
  PERSPECTIVES,
  PROCESS_STATES,
  SCHEMA_VERSION,
  STEPS,
  type Party,
  type Perspective,
  type ProcessState,
  type Step,
} from './constants.js';
export type { LearningContract } from './schema/contract-schema.js';
export { MAX_TEXT_LENGTH } from './schema/primitives.js';
export { createEmptyContract, type NewContractOptions } from './create-contract.js';
export { parseContract } from './parse-contract.js';

// Results: every function a person's input can make fail returns one, with an issue per problem.
export { formatPath, issue, ok, type Issue, type Result } from './result.js';
export { ISSUE_CODES, type IssueCode } from './issue-codes.js';

// Paths and edits: a place in the contract, and one change to it.
export { getAtPath, newItemId, resolvePath, setField, type Edit, type FieldPath } from './paths.js';

// Changing a contract: the one path from an edit, an action or a whole write to a new contract.
export { applyEditOrAction, type EditOrAction } from './edit-or-action.js';
export { applyChange, editsToward, type ChangeOptions, type ContractChange } from './view-write.js';
export { applyEdit, editWithdrawsSignatures, type EditOptions } from './field-edit.js';
export { anchorPath, recordEdit, type PendingEdit } from './pending-edits.js';
export { differingPaths } from './compare-contracts.js';
// Types only: rebasing is @kollegalaering/core/merge, which pages fetch when they need it.
export type { FieldConflict, RefusedEdit } from './rebase.js';

// The process: the five steps, the actions that move a contract through them, and whose turn it is.
export {
  ACTIONS,
  actionBlockers,
  advanceBlockers,
  availableActions,
  nextState,
  performAction,
  signatureOf,
  type Action,
} from './process.js';
export { turnInShort, whoseTurn, type Need, type NeedInShort } from './whose-turn.js';
export { actionOnNewer, type ActionOnNewer } from './action-on-newer.js';
export { noticesBetween, type Notice, type NoticeKind } from './notifications.js';

// Who may do what: perspectives, editing and viewing, each party's copy, members by email.
export { otherParty, parsePerspective } from './perspective.js';
export { canEdit, editorsOf } from './editing-rules.js';
export { canView, fillView, isPartOfAgreement, partyCopy, viewFor } from './visibility.js';
export type { CustomOwners } from './ownership.js';
export { isEmailPath, memberEmails, normaliseEmail, perspectivesOf } from './membership.js';
export { deleteBlockers } from './deletion.js';
export { mayReadFileIn, mayStartContracts } from './whole-contract.js';
export { isPastRetention, withRetention } from './retention.js';

// Sections and configuration: the sections as data, an organisation's configuration resolved to them.
export {
  answerFields,
  builtInSectionOf,
  isListSpec,
  type FieldSpec,
  type GroupSpec,
  type ListSpec,
  type SectionSpec,
} from './sections.js';
export { resolveSections, type ResolvedSections } from './config/resolve-sections.js';
export { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
export type { LocalisedText } from './config/localised-text.js';
export {
  evaluationProgress,
  fieldApplies,
  sectionsInView,
  type SectionView,
} from './section-view.js';

// Storage: the adapter interface a page or a municipality implements, and the built-in adapters for
// memory and localStorage (IndexedDB and HTTP are their own entry points).
export {
  STORAGE_ERROR_CODES,
  summaryNames,
  type ActOptions,
  type ContractSummary,
  type LoadOptions,
  type Membership,
  type SaveOptions,
  type StorageAdapter,
  type StorageCapabilities,
  type StorageError,
  type StorageErrorCode,
  type StorageResult,
  type SummaryNames,
} from './storage/storage-adapter.js';
export {
  DEFAULT_KEY_PREFIX,
  createKeyValueAdapter,
  createLocalStorageAdapter,
  createMemoryAdapter,
  mapStore,
  type KeyValueStore,
} from './storage/key-value-adapter.js';
