// Registers every element. Import this file once, or load the CDN bundle.
import type { HttpAdapterOptions } from '@kollegalaering/core/http';
import './learning-contract/define.js';
import './contract-form/define.js';
import './party-section/define.js';
import './evaluation-checklist/define.js';
import './process-tracker/define.js';
import './contract-list/define.js';

/**
 * For a page that loads the CDN file alone: the HTTP storage with the page's
 * own login, e.g. `element.storage = await httpStorage({ endpoint, headers:
 * async () => ({ Authorization: `Bearer ${token}` }) })`. Loaded when called.
 */
export const httpStorage = (options: HttpAdapterOptions) =>
  import('@kollegalaering/core/http').then((http) => http.createHttpAdapter(options));
