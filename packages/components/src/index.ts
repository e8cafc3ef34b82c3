export {
  LearningContractElement,
  STORAGE_KINDS,
  type StorageKind,
} from './learning-contract/learning-contract.js';
export { ContractChangeEvent, ContractErrorEvent, ContractSaveEvent } from './events.js';
export { LOCALES, type Locale } from './i18n/locales.js';
