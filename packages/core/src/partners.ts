// @kollegalaering/core/partners: the partner board's shapes (read by the server) and its
// matching (used by the board and the server alike), in two modules so that a bundle
// that needs only the matching leaves zod's schemas out.
export * from './partner-schema.js';
export * from './partner-match.js';
