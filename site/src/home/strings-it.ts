/** Italian strings of the home pages; merged into platform/i18n/it.ts. */
export const homeIt = {
  'home.title': 'Partecipa alla vita del tuo quartiere',
  'home.intro':
    'Nei laboratori di quartiere abitanti, associazioni e attività commerciali incontrano gli operatori, progettano insieme interventi e firmano patti di collaborazione con il Comune.',
  'home.neighbourhoods': 'I quartieri',
  'home.allNeighbourhoods': 'Tutti i quartieri',
} as const
