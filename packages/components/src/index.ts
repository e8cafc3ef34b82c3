export {
  LearningContractElement,
  STORAGE_KINDS,
  type StorageKind,
} from './learning-contract/learning-contract.js';
export { ContractFormElement } from './contract-form/contract-form.js';
export { PartySectionElement } from './party-section/party-section.js';
export {
  EvaluationChecklistElement,
  EVALUATION_KINDS,
  type EvaluationKind,
} from './evaluation-checklist/evaluation-checklist.js';
export { ProcessTrackerElement } from './process-tracker/process-tracker.js';
export { ContractListElement } from './contract-list/contract-list.js';
export { OrganisationOverviewElement } from './organisation/organisation-overview.js';
export { OrganisationSettingsElement } from './organisation/organisation-settings.js';
export { PartnerBoardElement } from './partner-board/partner-board.js';
export {
  ContractChangeEvent,
  ContractErrorEvent,
  ContractSaveEvent,
  ContractDeleteEvent,
  ContractOpenEvent,
  StepChangeEvent,
  CONTRACT_ERROR_CODES,
  type ContractErrorCode,
} from './events.js';
export { contractContext, type ContractState } from './state/contract-state.js';
export { LOCALES, type Locale } from './i18n/locales.js';
