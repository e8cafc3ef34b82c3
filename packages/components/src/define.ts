// Registers every element. Import this file once, or load the CDN bundle.
import './learning-contract/define.js';
import './contract-form/define.js';
import './party-section/define.js';
import './evaluation-checklist/define.js';
import './process-tracker/define.js';
import './contract-list/define.js';
