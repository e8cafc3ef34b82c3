/** The demo's five colleagues. In a municipality the intranet's login says who someone is. */
export const PEOPLE = [
  { name: 'Mette Larsen', role: 'Sygeplejerske, Hjemmeplejen', email: 'mette.larsen@soeby.dk' },
  { name: 'Jonas Holm', role: 'Sagsbehandler, Jobcentret', email: 'jonas.holm@soeby.dk' },
  { name: 'Hanne Berg', role: 'Områdeleder, Hjemmeplejen', email: 'hanne.berg@soeby.dk' },
  { name: 'Peter Friis', role: 'Teamleder, Jobcentret', email: 'peter.friis@soeby.dk' },
  { name: 'Lone Dahl', role: 'Videnforvalter, HR', email: 'lone.dahl@soeby.dk' },
] as const;
