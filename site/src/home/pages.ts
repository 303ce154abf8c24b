import { upcomingOccurrences } from '../events/pages.ts'
import { listNeighbourhoods } from '../neighbourhoods/cms.ts'
import { listResults } from '../results/cms.ts'
import { loadPage } from '../platform/page-data.ts'

/** The home page: a few neighbourhoods, the next dates everywhere and the latest results. */
export const loadHome = () =>
  loadPage(async () => {
    const [neighbourhoods, upcoming, results] = await Promise.all([listNeighbourhoods(1, 6), upcomingOccurrences({}, 5), listResults({ perPage: 3 })])
    return { neighbourhoods: neighbourhoods.docs, upcoming, results: results.docs }
  })
