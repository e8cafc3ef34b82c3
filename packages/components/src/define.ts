// Registers every element. Import this file once, or load the CDN bundle.
import './learning-contract/define.js';
