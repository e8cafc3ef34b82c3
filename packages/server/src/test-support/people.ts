// Four colleagues and a supervisor, and the steps that take one contract
// through the process on the server, each step by the person whose it is.
import assert from 'node:assert/strict';
import type { LearningContract } from '@kollegalaering/core';
import { personOn, type Person, type testApp } from './client.js';

export const EMAILS = {
  a: 'mette.larsen@soeby.dk',
  b: 'jonas.holm@soeby.dk',
  leaderA: 'hanne.berg@soeby.dk',
  leaderB: 'peter.friis@soeby.dk',
  supervisor: 'lone.dahl@soeby.dk',
  stranger: 'ukendt@soeby.dk',
  /** An administrator of the organisation's settings (ADMIN_EMAILS) who is on no contract. */
  admin: 'hr.admin@soeby.dk',
} as const;

/** Texts in each private part: none may ever reach anyone but their owner. */
export const SENTINELS = {
  notesA: 'SENTINEL-NOTES-OF-A',
  notesB: 'SENTINEL-NOTES-OF-B',
  evaluationA: 'SENTINEL-EVALUATION-OF-A',
  evaluationB: 'SENTINEL-EVALUATION-OF-B',
} as const;

export type People = Record<keyof typeof EMAILS, Person>;

export const peopleOn = (app: ReturnType<typeof testApp>['app']): People =>
  Object.fromEntries(
    Object.entries(EMAILS).map(([who, email]) => [who, personOn(app, email)]),
  ) as People;

const ok = async (reply: Promise<{ status: number; text: string }>, what: string) => {
  const { status, text } = await reply;
  assert.ok(status === 200 || status === 201, `${what}: ${status} ${text}`);
};

/** Party A creates the contract and fills it in with B; their leaders write their parts. */
export async function agreeOn(people: People, id: string): Promise<void> {
  await ok(people.a.create(id), 'A creates');
  await ok(
    people.a.edit(id, (view) => {
      view.parties.a = {
        ...view.parties.a,
        name: 'Mette Larsen',
        department: 'Hjemmeplejen',
        position: 'Sygeplejerske',
      };
      view.parties.b.email = EMAILS.b;
      view.leaders.a = { ...view.leaders.a, name: 'Hanne Berg', email: EMAILS.leaderA };
      view.purpose = 'Forstå hinandens arbejde';
      view.goals.a = [
        { id: 'ga', text: 'Kende sygedagpengereglerne', subGoals: [], preset: false },
      ];
      view.supervisor = {
        ...view.supervisor,
        decision: 'assigned',
        name: 'Lone Dahl',
        email: EMAILS.supervisor,
      };
      view.plan.approach = 'Følgedage';
      view.plan.timeFrame = { ...view.plan.timeFrame, start: '2026-04-01', end: '2026-09-30' };
      view.privateNotes.a = SENTINELS.notesA;
    }),
    'A fills in',
  );
  await ok(
    people.b.edit(id, (view) => {
      view.parties.b = {
        ...view.parties.b,
        name: 'Jonas Holm',
        department: 'Jobcentret',
        position: 'Sagsbehandler',
      };
      view.leaders.b = { ...view.leaders.b, name: 'Peter Friis', email: EMAILS.leaderB };
      view.goals.b = [
        { id: 'gb', text: 'Vide hvad hjemmeplejen kan', subGoals: [], preset: false },
      ];
      view.privateNotes.b = SENTINELS.notesB;
    }),
    'B fills in',
  );
}

const revisionOf = async (person: Person, id: string) =>
  Number((await person.get(id)).headers.get('ETag')?.replaceAll('"', ''));

/** One person's action on the contract as it is now. */
export async function act(person: Person, id: string, action: string, extra: object = {}) {
  return person.act(id, await revisionOf(person, id), action, extra);
}

/** From an empty server to a contract in `state`, every step taken by its own person. */
export async function contractIn(
  people: People,
  id: string,
  state: LearningContract['process']['state'],
): Promise<void> {
  await agreeOn(people, id);
  if (state === 'agreement') return;
  await ok(act(people.a, id, 'accept'), 'A accepts');
  await ok(act(people.b, id, 'accept'), 'B accepts');
  await ok(act(people.leaderA, id, 'approve', { comment: 'God idé' }), 'leader A approves');
  await ok(act(people.leaderB, id, 'approve'), 'leader B approves');
  await ok(act(people.a, id, 'advance'), 'to learning');
  if (state === 'learning') return;
  await ok(act(people.b, id, 'advance'), 'to evaluation');
  await ok(
    people.a.edit(id, (view) => {
      for (const answer of Object.values(view.jointEvaluation)) answer.text = 'Godt';
    }),
    'joint evaluation',
  );
  if (state === 'evaluation') return;
  await ok(act(people.a, id, 'advance'), 'to closing');
  for (const [person, sentinel] of [
    [people.a, SENTINELS.evaluationA],
    [people.b, SENTINELS.evaluationB],
  ] as const) {
    await ok(
      person.edit(id, (view) => {
        const own = view.leaderEvaluations.a ?? view.leaderEvaluations.b;
        own.results.text = sentinel;
        own.leaderEffort.text = 'Tid i kalenderen';
        own.employeeEffort.text = 'Forberedt';
        own.keepingPlan.what = 'Del på teammøde';
        own.conversation.date = '2026-10-05';
      }),
      'leader evaluation',
    );
  }
  if (state === 'closing') return;
  await ok(
    act(people.leaderA, id, 'confirm-closing'),
    'leader A confirms the closing conversation',
  );
  await ok(act(people.leaderB, id, 'confirm-closing'), 'leader B confirms: completed');
}
