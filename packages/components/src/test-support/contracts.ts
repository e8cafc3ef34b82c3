import { createEmptyContract, type LearningContract } from '@kollegalaering/core';

/** A contract with everything the agreement step asks for, not yet accepted or approved. */
export function filledAgreement(id = 'filled'): LearningContract {
  const empty = createEmptyContract({ id, now: new Date('2026-03-02T08:00:00.000Z') });
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
    purpose: 'Forstå hinandens arbejde med fælles borgere',
    goals: {
      a: [{ id: 'g1', text: 'Kende reglerne for sygedagpenge', subGoals: [], preset: false }],
      b: [{ id: 'g2', text: 'Vide hvad hjemmeplejen kan', subGoals: [], preset: false }],
    },
    leaders: {
      a: { name: 'Hanne Berg', title: 'Områdeleder', responsibilities: 'Giver tid' },
      b: { name: 'Peter Friis', title: 'Teamleder', responsibilities: 'Følger op' },
    },
    supervisor: { decision: 'none', name: '', role: '', responsibilities: '' },
    plan: {
      ...empty.plan,
      approach: 'Følgedage',
      activities: [
        { id: 'a1', what: 'Følgedag i hjemmeplejen', who: 'b', when: 'April', done: false },
      ],
      timeFrame: {
        start: '2026-04-01',
        end: '2026-09-30',
        meetingFrequency: 'Hver 14. dag',
        ongoingEvaluation: '',
      },
    },
    privateNotes: { a: '«A’s own note»', b: '«B’s own note»' },
  };
}
