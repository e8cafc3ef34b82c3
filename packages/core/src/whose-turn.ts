import { PERSPECTIVES, type Party, type Perspective } from './constants.js';
import { canEdit } from './editing-rules.js';
import { advanceBlockers } from './process.js';
import type { Issue } from './result.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import type { LearningContract } from './schema/contract-schema.js';

/** What a contract can wait for, in the order the process asks for it. */
export const NEEDS = ['fill-in', 'accept', 'approve', 'confirm-amendment', 'move-on'] as const;
export type NeedKind = (typeof NEEDS)[number];

export interface Need {
  need: NeedKind;
  /** Who can do it. */
  by: Perspective[];
  /** Whether it can be done now, or waits for something before it (acceptance before approval). */
  ready: boolean;
  /** For `fill-in`: what is missing, by path and code. For `accept` and `approve`: whose. */
  issues?: Issue[];
  party?: Party;
}

const MOVERS: Perspective[] = ['party-a', 'party-b', 'leader-a', 'leader-b'];

/** Who moves the contract on now: run formally, step 1 is handed on by the leaders. */
const moversOf = (contract: LearningContract): Perspective[] =>
  contract.process.state === 'introduced' && contract.settings.mode === 'formal'
    ? ['leader-a', 'leader-b']
    : MOVERS;

/** Who can fix a missing value: everyone who may edit it now. */
const fixers = (contract: LearningContract, issue: Issue, rules: ContractRules) =>
  PERSPECTIVES.filter((perspective) =>
    canEdit(contract, perspective, issue.path, rules.customOwners),
  );

/**
 * Everything the contract waits for before it can move on, and from whom:
 * missing answers (from whoever may write them), acceptances, approvals (ready
 * once both parties accepted), confirmations of amendments, and then moving on
 * itself. Empty once completed.
 */
export function contractNeeds(
  contract: LearningContract,
  rules: ContractRules = BUILT_IN_RULES,
): Need[] {
  if (contract.process.state === 'completed') return [];
  const blockers = advanceBlockers(contract, rules);
  if (blockers.length === 0) return [{ need: 'move-on', by: moversOf(contract), ready: true }];

  const needs: Need[] = [];
  const missing = blockers.filter(
    (issue) =>
      !['party-not-accepted', 'leader-not-approved', 'amendment-incomplete'].includes(issue.code),
  );
  const unconfirmed = new Set<Perspective>();
  for (const issue of blockers.filter((i) => i.code === 'amendment-incomplete')) {
    const amendment = contract.amendments[Number(issue.path[1])];
    if (!amendment) continue;
    if (!amendment.change.trim() || !amendment.reason.trim()) {
      missing.push({ ...issue, path: ['amendments', Number(issue.path[1]), 'reason'] });
      continue;
    }
    for (const party of ['party-a', 'party-b'] as const) {
      if (!amendment.agreedBy.includes(party)) unconfirmed.add(party);
    }
  }
  // Each missing value, with whoever may write it: one need per group of people.
  const byGroup = new Map<string, Need>();
  for (const issue of missing) {
    const by = fixers(contract, issue, rules);
    const key = by.join(',');
    const need = byGroup.get(key) ?? { need: 'fill-in', by, ready: by.length > 0, issues: [] };
    need.issues!.push(issue);
    byGroup.set(key, need);
  }
  needs.push(...byGroup.values());
  if (unconfirmed.size > 0) {
    needs.push({ need: 'confirm-amendment', by: [...unconfirmed], ready: missing.length === 0 });
  }
  const notAccepted = blockers.filter((i) => i.code === 'party-not-accepted');
  for (const issue of notAccepted) {
    const party = issue.params?.['party'] as Party;
    needs.push({ need: 'accept', by: [`party-${party}`], party, ready: missing.length === 0 });
  }
  for (const issue of blockers.filter((i) => i.code === 'leader-not-approved')) {
    const party = issue.params?.['party'] as Party;
    const ready = missing.length === 0 && notAccepted.length === 0;
    needs.push({ need: 'approve', by: [`leader-${party}`], party, ready });
  }
  return needs;
}

/**
 * Whose turn it is, as one person sees it: what is theirs to do now, and whom
 * the contract waits for otherwise. The list, the panel at the top of the
 * contract, the server's summaries and its notifications all ask this, so
 * they never disagree.
 */
export function whoseTurn(
  contract: LearningContract,
  perspective: Perspective,
  rules: ContractRules = BUILT_IN_RULES,
): { yours: Need[]; waitingFor: Need[] } {
  const ready = contractNeeds(contract, rules).filter((need) => need.ready);
  return {
    yours: ready.filter((need) => need.by.includes(perspective)),
    waitingFor: ready.filter((need) => !need.by.includes(perspective)),
  };
}

/** A need in short, as lists carry it: who and what, without the missing paths. */
export type NeedInShort = Omit<Need, 'ready' | 'issues'>;

/**
 * Whose turn it is, in short, for a person who may hold several perspectives
 * (or none, where nobody is known: then everything is `waitingFor`). What the
 * server's list and the browser's stored lists carry for each contract.
 */
export function turnInShort(
  contract: LearningContract,
  held: readonly Perspective[],
  rules: ContractRules = BUILT_IN_RULES,
): { yours: NeedInShort[]; waitingFor: NeedInShort[] } {
  const short = ({ need, by, party }: Need): NeedInShort =>
    party ? { need, by, party } : { need, by };
  const ready = contractNeeds(contract, rules).filter((need) => need.ready);
  const mine = (need: Need) => need.by.some((perspective) => held.includes(perspective));
  return {
    yours: ready.filter(mine).map(short),
    waitingFor: ready.filter((need) => !mine(need)).map(short),
  };
}
