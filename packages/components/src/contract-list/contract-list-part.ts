// The part of <contract-list> fetched by import() when the element is first on
// a page, with its Danish texts: a page showing one contract downloads none of
// it. No side effects here (the package is marked side-effect free, so a
// bundler may skip this module's own statements): the element registers
// `danish` itself. Whose turn it is reads as in the panel of <learning-contract>.
import { templates as list } from '../locales/da-contract-list.js';
import { danish as turn } from '../learning-contract/turn-part.js';

export const danish = { ...list, ...turn };
export { ContractListController } from './list-controller.js';
export { renderContractList } from './contract-list-view.js';
export { styles } from './contract-list.styles.js';
