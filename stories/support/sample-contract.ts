import {
  createEmptyContract,
  type LearningContract,
  type ProcessState,
} from '@kollegalaering/core';

/** A filled-in contract for the stories, at any step. */
export function sampleContract(state: ProcessState = 'agreement'): LearningContract {
  const empty = createEmptyContract({ id: 'storybook', now: new Date('2026-03-02T08:00:00.000Z') });
  const at = '2026-04-01T08:00:00.000Z';
  const agreed = state !== 'introduced' && state !== 'agreement';
  return {
    ...empty,
    parties: {
      a: {
        name: 'Mette Larsen',
        department: 'Hjemmeplejen Nord',
        position: 'Sygeplejerske',
        email: '',
      },
      b: { name: 'Jonas Holm', department: 'Jobcentret', position: 'Sagsbehandler', email: '' },
    },
    purpose:
      'Forstå hinandens arbejde med borgere, der både får hjemmepleje og har en sag i jobcentret.',
    goals: {
      a: [
        {
          id: 'g1',
          text: 'Kende reglerne for sygedagpenge i hovedtræk',
          subGoals: [],
          preset: false,
        },
      ],
      b: [
        { id: 'g2', text: 'Vide, hvad hjemmeplejen kan og ikke kan', subGoals: [], preset: false },
      ],
    },
    leaders: {
      a: { name: 'Hanne Berg', title: 'Områdeleder', responsibilities: 'Giver tid i kalenderen' },
      b: { name: 'Peter Friis', title: 'Teamleder', responsibilities: 'Følger op hver måned' },
    },
    supervisor: {
      decision: 'assigned',
      name: 'Lone Dahl',
      role: 'Videnforvalter',
      responsibilities: 'Sparring undervejs',
    },
    plan: {
      ...empty.plan,
      approach: 'Vi følger hinanden en dag om måneden og mødes kort bagefter.',
      activities: [
        { id: 'a1', what: 'Følgedag i hjemmeplejen', who: 'b', when: 'April', done: agreed },
      ],
      timeFrame: {
        start: '2026-04-01',
        end: '2026-09-30',
        meetingFrequency: 'Hver fjortende dag',
        ongoingEvaluation: 'Kort status på hvert møde',
      },
    },
    approvals: agreed
      ? {
          leaders: {
            a: { by: 'Hanne Berg', at, comment: '' },
            b: { by: 'Peter Friis', at, comment: '' },
          },
          parties: { a: { at }, b: { at } },
        }
      : empty.approvals,
    process: { state, reached: { ...empty.process.reached, [state]: at } },
  };
}
