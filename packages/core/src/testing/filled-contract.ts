import { createEmptyContract } from '../create-contract.js';
import type { LearningContract } from '../schema/contract-schema.js';

/** A contract with every section filled in, as two real colleagues might. */
export function filledContract(): LearningContract {
  const empty = createEmptyContract({
    id: 'sygepleje-sagsbehandling',
    now: new Date('2026-03-02T08:00:00.000Z'),
  });
  return {
    ...empty,
    parties: {
      a: {
        name: 'Mette Larsen',
        department: 'Hjemmeplejen Nord',
        position: 'Sygeplejerske',
        email: 'mela@example.dk',
      },
      b: {
        name: 'Jonas Holm',
        department: 'Jobcentret',
        position: 'Sagsbehandler',
        email: 'joho@example.dk',
      },
    },
    purpose:
      'At forstå hinandens arbejde med borgere, der både får hjemmepleje og har en sag i jobcentret.',
    goals: {
      a: [
        {
          id: 'g1',
          text: 'Kende reglerne for sygedagpenge i hovedtræk',
          subGoals: [{ id: 's1', text: 'Læse vejledningen' }],
          preset: false,
        },
      ],
      b: [
        { id: 'g2', text: 'Vide hvad hjemmeplejen kan og ikke kan', subGoals: [], preset: false },
      ],
    },
    leaders: {
      a: {
        name: 'Hanne Berg',
        title: 'Områdeleder',
        email: 'habe@example.dk',
        responsibilities: 'Giver tid i kalenderen',
      },
      b: {
        name: 'Peter Friis',
        title: 'Teamleder',
        email: 'pefr@example.dk',
        responsibilities: 'Følger op hver måned',
      },
    },
    supervisor: {
      decision: 'assigned',
      name: 'Lone Dahl',
      role: 'Videnforvalter',
      email: 'loda@example.dk',
      responsibilities: 'Sparring undervejs',
    },
    plan: {
      approach: 'Vi følger hinanden en dag om måneden.',
      activities: [
        { id: 'a1', what: 'Følgedag i hjemmeplejen', who: 'b', when: 'April', done: false },
      ],
      timeFrame: {
        start: '2026-04-01',
        end: '2026-09-30',
        meetingFrequency: 'Hver fjortende dag',
        ongoingEvaluation: 'Kort status på hvert møde',
      },
      schedule: [{ id: 'm1', date: '2026-04-14', topic: 'Opstart' }],
      logbook: [{ id: 'l1', date: '2026-04-14', author: 'a', text: 'God første dag.' }],
    },
  };
}
