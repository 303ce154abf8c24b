import { upcomingOccurrences } from '../events/pages.ts'
import { listNeighbourhoods } from '../neighbourhoods/cms.ts'
import { listResults } from '../results/cms.ts'
import { loadPage } from '../platform/page-data.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

/** The home page: a few neighbourhoods, the next dates everywhere and the latest results. */
export const loadHome = (locale: SiteLocale) =>
  loadPage(async () => {
    const [neighbourhoods, upcoming, results] = await Promise.all([
      listNeighbourhoods(locale, 1, 6),
      upcomingOccurrences({}, 5, locale, new Date(), { withoutOpenings: true }),
      listResults({ perPage: 3 }, locale),
    ])
    return { neighbourhoods: neighbourhoods.docs, upcoming, results: results.docs }
  })
