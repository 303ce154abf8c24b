import type { PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import type { PublicLaboratory } from '@quartieri/shared/laboratories/laboratory'
import type { Occurrence } from '@quartieri/shared/events/occurrences'
import { upcomingOccurrences } from '../events/pages.ts'
import { getNeighbourhood, listNeighbourhoods } from './cms.ts'
import { listLaboratories } from '../laboratories/cms.ts'
import type { Page } from '../platform/cms.ts'
import { loadPage, type PageData } from '../platform/page-data.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

/** A page of the neighbourhood list; a page past the last one is a 404, a malformed page number a 400. */
export async function loadNeighbourhoodList(page: number | null, locale: SiteLocale, perPage = 24): Promise<PageData<Page<PublicNeighbourhood>>> {
  if (page === null) {
    const settings = await loadPage(async () => true)
    return { status: 400, settings: settings.settings }
  }
  return loadPage(async () => {
    const result = await listNeighbourhoods(locale, page, perPage)
    return page > 1 && page > result.totalPages ? null : result
  })
}
/** A neighbourhood with the first page of its labs. */
export const loadNeighbourhood = (
  slug: string | undefined,
  locale: SiteLocale,
): Promise<PageData<{ neighbourhood: PublicNeighbourhood; labs: PublicLaboratory[]; upcoming: Occurrence[] }>> =>
  loadPage(async () => {
    const neighbourhood = slug ? await getNeighbourhood(slug, locale) : null
    if (!neighbourhood) return null
    const [labs, upcoming] = await Promise.all([
      listLaboratories({ neighbourhood: neighbourhood.slug, perPage: 12 }, locale),
      upcomingOccurrences({ neighbourhood: neighbourhood.slug }, 5, locale),
    ])
    return { neighbourhood, labs: labs.docs, upcoming }
  })
