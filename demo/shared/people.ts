/** The demo's five colleagues and the administrator. In a municipality the intranet's login says who someone is. */
export const PEOPLE = [
  { name: 'Mette Larsen', role: 'Sygeplejerske, Hjemmeplejen', email: 'mette.larsen@soeby.dk' },
  { name: 'Jonas Holm', role: 'Sagsbehandler, Jobcentret', email: 'jonas.holm@soeby.dk' },
  { name: 'Hanne Berg', role: 'Områdeleder, Hjemmeplejen', email: 'hanne.berg@soeby.dk' },
  { name: 'Peter Friis', role: 'Teamleder, Jobcentret', email: 'peter.friis@soeby.dk' },
  { name: 'Lone Dahl', role: 'Videnforvalter, HR', email: 'lone.dahl@soeby.dk' },
  {
    name: 'Birgitte Munk',
    role: 'HR-konsulent, administrator af ordningen',
    email: 'birgitte.munk@soeby.dk',
  },
] as const;
