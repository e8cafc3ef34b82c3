import { PARTIES, type ProcessState } from './constants.js';
import type { FieldPath } from './paths.js';
import { getAtPath } from './paths.js';
import { issue, type Issue } from './result.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import type { LearningContract } from './schema/contract-schema.js';
import { builtInSectionOf } from './sections.js';

/** Empty: nothing written, nothing chosen. */
export const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

function required(contract: LearningContract, paths: readonly FieldPath[]): Issue[] {
  return paths
    .filter((path) => isBlank(getAtPath(contract, path)))
    .map((path) => issue(path, 'required'));
}

/** Run formally, each leader sets at least one goal for their employee before the contract moves on. */
function introductionIssues(contract: LearningContract): Issue[] {
  if (contract.settings.mode !== 'formal') return [];
  return PARTIES.filter(
    (party) => !contract.goals[party].some((goal) => goal.preset && goal.text.trim() !== ''),
  ).map((party) => issue(['goals', party], 'preset-goal-missing', { party }));
}

/** What must be filled in for the leaders to approve and the parties to accept. */
function agreementIssues(contract: LearningContract): Issue[] {
  const issues = required(contract, [
    ...PARTIES.flatMap((party) => [
      ['parties', party, 'name'],
      ['parties', party, 'department'],
      ['parties', party, 'position'],
      ['leaders', party, 'name'],
    ]),
    ['purpose'],
    ['plan', 'approach'],
    ['plan', 'timeFrame', 'start'],
    ['plan', 'timeFrame', 'end'],
  ]);
  for (const party of PARTIES) {
    const goals = contract.goals[party];
    if (!goals.some((goal) => goal.text.trim() !== '')) {
      issues.push(issue(['goals', party], 'goal-missing', { party }));
    }
  }
  if (contract.supervisor.decision === 'undecided') {
    issues.push(issue(['supervisor', 'decision'], 'supervisor-undecided'));
  } else if (contract.supervisor.decision === 'assigned') {
    issues.push(...required(contract, [['supervisor', 'name']]));
  }
  return [...issues, ...timeFrameIssues(contract)];
}

/** The end of the learning is not before its start (checked again as the learning ends: dates may be amended). */
function timeFrameIssues(contract: LearningContract): Issue[] {
  const { start, end } = contract.plan.timeFrame;
  return start && end && end < start
    ? [issue(['plan', 'timeFrame', 'end'], 'end-before-start')]
    : [];
}

/** Every change made during the learning says what changed and why, and both parties confirmed it. */
function learningIssues(contract: LearningContract): Issue[] {
  const amendments = contract.amendments.flatMap((amendment, index) => {
    const complete =
      amendment.change.trim() !== '' &&
      amendment.reason.trim() !== '' &&
      amendment.agreedBy.includes('party-a') &&
      amendment.agreedBy.includes('party-b');
    return complete
      ? []
      : [issue(['amendments', index], 'amendment-incomplete', { number: index + 1 })];
  });
  return [...amendments, ...timeFrameIssues(contract)];
}

const JOINT_QUESTIONS = [
  'goals',
  'collaboration',
  'supervisorUse',
  'nextTime',
  'keepingKnowledge',
] as const;

/** The partners answer all five questions; the one about the supervisor only if they had one. */
const jointAnswers = (contract: LearningContract): FieldPath[] =>
  JOINT_QUESTIONS.filter(
    (question) => question !== 'supervisorUse' || contract.supervisor.decision === 'assigned',
  ).map((question) => ['jointEvaluation', question, 'text']);

/**
 * Each party and their leader say when they held the closing conversation, and
 * evaluate results, both efforts and what the new knowledge will be used for.
 */
const closingAnswers = (): FieldPath[] =>
  PARTIES.flatMap((party) => [
    ['leaderEvaluations', party, 'conversation', 'date'],
    ['leaderEvaluations', party, 'results', 'text'],
    ['leaderEvaluations', party, 'leaderEffort', 'text'],
    ['leaderEvaluations', party, 'employeeEffort', 'text'],
    ['leaderEvaluations', party, 'keepingPlan', 'what'],
  ]);

const BUILT_IN_REQUIREMENTS: Partial<
  Record<ProcessState, (contract: LearningContract) => Issue[]>
> = {
  introduced: introductionIssues,
  agreement: agreementIssues,
  learning: learningIssues,
  evaluation: (contract) => required(contract, jointAnswers(contract)),
  closing: (contract) => required(contract, closingAnswers()),
};

/** Whether a built-in section the organisation hides holds the path: it asks for nothing then. */
const inHiddenSection = (path: FieldPath, rules: ContractRules) =>
  rules.hiddenSections.includes(builtInSectionOf(path) ?? '');

const customRequired = (state: ProcessState, rules: ContractRules): FieldPath[] =>
  rules.customRequirements
    .filter((requirement) => requirement.requiredBefore === state)
    .map((requirement) => ['custom', requirement.fieldId]);

/**
 * The answers leaving `state` asks for, by path, whether given or not: the
 * evaluations' questions and the organisation's required fields. What the
 * evaluations count ("3 of 5 answered") and what `process.answered` says.
 */
export function answersAskedFor(
  contract: LearningContract,
  state: ProcessState,
  rules: ContractRules = BUILT_IN_RULES,
): FieldPath[] {
  const builtIn =
    state === 'evaluation' ? jointAnswers(contract) : state === 'closing' ? closingAnswers() : [];
  return [
    ...builtIn.filter((path) => !inHiddenSection(path, rules)),
    ...customRequired(state, rules),
  ];
}

/**
 * What must be filled in before the process may leave `state`. Each issue has
 * the path of the field and a stable code (`required`, `goal-missing`, …).
 * Sections the organisation hides ask for nothing.
 */
export function validateBeforeLeaving(
  contract: LearningContract,
  state: ProcessState,
  rules: ContractRules = BUILT_IN_RULES,
): Issue[] {
  const builtIn = (BUILT_IN_REQUIREMENTS[state]?.(contract) ?? []).filter(
    ({ path }) => !inHiddenSection(path, rules),
  );
  return [...builtIn, ...required(contract, customRequired(state, rules))];
}
