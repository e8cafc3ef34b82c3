import { PERSPECTIVES, type Party, type Perspective } from './constants.js';
import { askedIn, screenedPartOf, seesWhole, SCREENED_PARTS } from './answered.js';
import { canEdit } from './editing-rules.js';
import { actionBlockers, advanceBlockers } from './process.js';
import { issue, type Issue } from './result.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import type { LearningContract } from './schema/contract-schema.js';
import { otherParty } from './perspective.js';
import type { FieldPath } from './paths.js';

/** What a contract can wait for, in the order the process asks for it. */
export const NEEDS = [
  'fill-in',
  'accept',
  'approve',
  'confirm-amendment',
  'learn',
  'end-early',
  'move-on',
  'confirm-closing',
] as const;
export type NeedKind = (typeof NEEDS)[number];

/** One thing the contract waits for: who must do what next. */
export interface Need {
  need: NeedKind;
  /** Who can do it. */
  by: Perspective[];
  /** Whether it can be done now, or waits for something before it (acceptance before approval). */
  ready: boolean;
  /** For `fill-in`: what is missing, by path and code. For `accept` and `approve`: whose. */
  issues?: Issue[];
  /** For `accept`, `approve` and `confirm-closing`: whose. */
  party?: Party;
  /** For `learn`: the last day of the learning as agreed (`YYYY-MM-DD`). */
  until?: string;
}

const PARTY_PERSPECTIVES: Perspective[] = ['party-a', 'party-b'];

/** Codes that are not answers someone fills in, each waited for in its own way. */
const NOT_FILLED_IN = [
  'party-not-accepted',
  'leader-not-approved',
  'amendment-incomplete',
  'learning-not-ended',
  'closing-not-confirmed',
];

/** Who can fix a missing value: everyone who may edit it now. */
const fixers = (contract: LearningContract, issue: Issue, rules: ContractRules) =>
  PERSPECTIVES.filter((perspective) =>
    canEdit(contract, perspective, issue.path, rules.customOwners),
  );

/**
 * Why the step cannot be left, as `seenBy` can know it: the answers in a part
 * none of them sees whole come from `process.answered`, not from the
 * contract, which for them is a view with those answers left out. So the
 * same question has the same answer from a view as from the whole contract.
 */
function blockersSeenBy(
  contract: LearningContract,
  rules: ContractRules,
  now: Date,
  seenBy: readonly Perspective[] | undefined,
): Issue[] {
  const hidden = SCREENED_PARTS.filter(
    (part) => seenBy && !seenBy.some((perspective) => seesWhole(perspective, part)),
  );
  const owners = rules.customOwners;
  const blockers = advanceBlockers(contract, rules, now).filter(
    ({ path }) => !hidden.includes(screenedPartOf(path, owners)!),
  );
  for (const part of hidden) {
    if (contract.process.answered?.[part]) continue;
    blockers.push(...askedIn(contract, part, rules).map((path) => issue(path, 'required')));
  }
  return blockers;
}

/**
 * Each party's own leader, as the leader must be written in before they can
 * take part where people are known by their emails (the party's own is
 * written, as on a server, where each signs in with theirs and is told by it):
 * from the introduction until the leader approves, the leader's name and
 * email, which is how the leader opens the contract. Asked of the party, who
 * knows their leader (a contract started on the partner board has neither).
 * What the agreement step requires already (the name) is left to it; nothing
 * here keeps the contract from moving on.
 */
function ownLeaderIssues(
  contract: LearningContract,
  rules: ContractRules,
  blockers: readonly Issue[],
): Array<{ by: Perspective[]; issue: Issue }> {
  const { state } = contract.process;
  if ((state !== 'introduced' && state !== 'agreement') || rules.hiddenSections.includes('leaders'))
    return [];
  const asked = (path: FieldPath) =>
    blockers.some((blocker) => blocker.path.join('.') === path.join('.'));
  const blank = (text: string) => text.trim() === '';
  // The parties spelt out, not imported: what this file imports, the bundle's first file must export.
  return (['a', 'b'] as const).flatMap((party) => {
    if (contract.approvals.leaders[party] || blank(contract.parties[party].email)) return [];
    const leader = contract.leaders[party];
    const paths: FieldPath[] = [];
    if (blank(leader.name)) paths.push(['leaders', party, 'name']);
    if (blank(leader.email)) paths.push(['leaders', party, 'email']);
    const by: Perspective = `party-${party}`;
    return paths
      .filter((path) => !asked(path) && canEdit(contract, by, path, rules.customOwners))
      .map((path) => ({ by: [by], issue: issue(path, 'required') }));
  });
}

/** Missing values as needs to fill in, one per group of people who may write them. */
function fillIns(missing: ReadonlyArray<{ by: Perspective[]; issue: Issue }>): Need[] {
  const byGroup = new Map<string, Need>();
  for (const { by, issue } of missing) {
    const key = by.join(',');
    const need = byGroup.get(key) ?? { need: 'fill-in', by, ready: by.length > 0, issues: [] };
    need.issues!.push(issue);
    byGroup.set(key, need);
  }
  return [...byGroup.values()];
}

/**
 * Everything the contract waits for before it can move on, and from whom:
 * missing answers (from whoever may write them), acceptances, approvals (ready
 * once both parties accepted), confirmations of amendments, the learning that
 * runs until its end date (and the other party's agreement, where one asked to
 * end it early), moving on, and each leader's confirmation of the closing
 * conversation (ready once their employee's evaluation is answered). Empty
 * once completed. Each party is asked for their own leader's name and email
 * until the leader has approved (`ownLeaderIssues`). `seenBy`: as these people
 * can know it (see whoseTurn).
 */
export function contractNeeds(
  contract: LearningContract,
  rules: ContractRules = BUILT_IN_RULES,
  now: Date = new Date(),
  seenBy?: readonly Perspective[],
): Need[] {
  if (contract.process.state === 'completed') return [];
  const blockers = blockersSeenBy(contract, rules, now, seenBy);
  const leaders = ownLeaderIssues(contract, rules, blockers);
  if (blockers.length === 0) {
    // Who may move on is the action's own rule (asked without the answers, which a view may lack).
    const movers = PERSPECTIVES.filter((perspective) =>
      actionBlockers(contract, perspective, 'advance', rules, now).every(
        ({ code }) => code !== 'not-allowed',
      ),
    );
    return [...fillIns(leaders), { need: 'move-on', by: movers, ready: true }];
  }

  const needs: Need[] = [];
  const missing = blockers.filter((issue) => !NOT_FILLED_IN.includes(issue.code));
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
  needs.push(
    ...fillIns([
      ...missing.map((issue) => ({ by: fixers(contract, issue, rules), issue })),
      ...leaders,
    ]),
  );
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
  const running = blockers.find((i) => i.code === 'learning-not-ended');
  if (running) {
    const until = String(running.params?.['end']);
    needs.push({ need: 'learn', by: PARTY_PERSPECTIVES, ready: true, until });
    const asked = contract.process.endEarly?.by;
    const settled = missing.length === 0 && unconfirmed.size === 0;
    if (asked)
      needs.push({
        need: 'end-early',
        by: PARTY_PERSPECTIVES.filter((p) => p !== asked),
        ready: settled,
      });
  }
  for (const issue of blockers.filter((i) => i.code === 'closing-not-confirmed')) {
    const party = issue.params?.['party'] as Party;
    // Ready once all but the other party's part is answered.
    const ready = missing.every(
      ({ path }) => screenedPartOf(path, rules.customOwners) === otherParty(party),
    );
    needs.push({ need: 'confirm-closing', by: [`leader-${party}`], party, ready });
  }
  return needs;
}

/**
 * Whose turn it is, as one person sees it: what is theirs to do now, and whom
 * the contract waits for otherwise. The list, the panel at the top of the
 * contract, the server's summaries and its notifications all ask this, so
 * they never disagree: asked of the whole contract or of this person's view
 * of it, the answer is the same.
 */
export function whoseTurn(
  contract: LearningContract,
  perspective: Perspective,
  rules: ContractRules = BUILT_IN_RULES,
  now: Date = new Date(),
): { yours: Need[]; waitingFor: Need[] } {
  const ready = contractNeeds(contract, rules, now, [perspective]).filter((need) => need.ready);
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
  now: Date = new Date(),
): { yours: NeedInShort[]; waitingFor: NeedInShort[] } {
  const short = ({ ready: _ready, issues: _issues, ...need }: Need): NeedInShort => need;
  const seenBy = held.length > 0 ? held : undefined;
  const ready = contractNeeds(contract, rules, now, seenBy).filter((need) => need.ready);
  const mine = (need: Need) => need.by.some((perspective) => held.includes(perspective));
  return {
    yours: ready.filter(mine).map(short),
    waitingFor: ready.filter((need) => !mine(need)).map(short),
  };
}
