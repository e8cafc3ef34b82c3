import { withAnswered } from '../answered.js';
import { applyEdit } from '../field-edit.js';
import type { Party, ProcessState } from '../constants.js';
import type { LearningContract } from '../schema/contract-schema.js';
import { filledContract } from './filled-contract.js';

const at = '2026-04-01T10:00:00.000Z';

/**
 * The filled contract with both acceptances and approvals given, at the given
 * state; completed, both leaders have confirmed the closing conversation too.
 */
export function contractAt(state: ProcessState): LearningContract {
  const contract = filledContract();
  const confirmed = state === 'completed';
  return withAnswered({
    ...contract,
    approvals: {
      leaders: {
        a: { by: 'Hanne Berg', at, comment: '' },
        b: { by: 'Peter Friis', at, comment: '' },
      },
      parties: { a: { at }, b: { at } },
      closing: confirmed
        ? { a: { by: 'Hanne Berg', at }, b: { by: 'Peter Friis', at } }
        : { a: null, b: null },
    },
    process: { state, reached: { ...contract.process.reached, [state]: at } },
  });
}

/** The filled contract in the agreement step, accepted by both parties and waiting for the leaders. */
export function acceptedContract(): LearningContract {
  const contract = filledContract();
  return { ...contract, approvals: { ...contract.approvals, parties: { a: { at }, b: { at } } } };
}

/**
 * The contract with `party`'s evaluation with their leader answered, as the
 * party types it (through core, which keeps what the others may know), with
 * the closing conversation held on `day`.
 */
export function closingAnswered(
  contract: LearningContract,
  party: Party,
  day = '2026-10-05',
): LearningContract {
  const answers: Array<[string[], string]> = [
    [['conversation', 'date'], day],
    [['results', 'text'], 'Målene er nået'],
    [['leaderEffort', 'text'], 'Tid i kalenderen'],
    [['employeeEffort', 'text'], 'Forberedt til hver følgedag'],
    [['keepingPlan', 'what'], 'Visitationer med hjemmeplejen'],
  ];
  return answers.reduce((current, [path, value]) => {
    const edit = { op: 'set' as const, path: ['leaderEvaluations', party, ...path], value };
    const result = applyEdit(current, `party-${party}`, edit);
    if (!result.ok) throw new Error(`refused: ${path.join('.')}`);
    return result.value;
  }, contract);
}
