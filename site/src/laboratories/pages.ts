import { LAB_PHASES, type Availability, type LabPhase, type PublicLaboratory } from '@quartieri/shared/laboratories/laboratory'
import type { Occurrence } from '@quartieri/shared/events/occurrences'
import type { PublicPact } from '@quartieri/shared/pacts/pact'
import { upcomingOccurrences } from '../events/pages.ts'
import { pactsOfLaboratory } from '../pacts/pact-index.ts'
import { getAvailability, getLaboratory, listLaboratories } from './cms.ts'
import { neighbourhoodOptions, type NeighbourhoodOption } from '../neighbourhoods/cms.ts'
import type { Page } from '../platform/cms.ts'
import { loadPage, pageNumber, type PageData } from '../platform/page-data.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

export interface LabFilters {
  page: number
  neighbourhood?: string
  phase?: LabPhase
}

/** The lab list's filters from the URL (`quartiere`, `fase`, `pagina`), or null when one is malformed. */
export function labFilters(url: URL): LabFilters | null {
  const page = pageNumber(url)
  const phase = url.searchParams.get('fase') || undefined
  const neighbourhood = url.searchParams.get('quartiere') || undefined
  if (page === null) return null
  if (phase !== undefined && !(LAB_PHASES as readonly string[]).includes(phase)) return null
  if (neighbourhood !== undefined && !/^[a-z0-9-]{1,120}$/.test(neighbourhood)) return null
  return { page, phase: phase as LabPhase | undefined, neighbourhood }
}

/** A page of labs with the neighbourhoods for the filter; bad filters are a 400, a page past the end a 404. */
export async function loadLaboratoryList(
  filters: LabFilters | null,
  locale: SiteLocale,
): Promise<PageData<{ labs: Page<PublicLaboratory>; neighbourhoods: NeighbourhoodOption[]; filters: LabFilters }>> {
  if (filters === null) return { status: 400, settings: (await loadPage(async () => true)).settings }
  return loadPage(async () => {
    const [labs, neighbourhoods] = await Promise.all([listLaboratories(filters, locale), neighbourhoodOptions()])
    if (filters.page > 1 && filters.page > labs.totalPages) return null
    return { labs, neighbourhoods, filters }
  })
}

/** The pacts a lab produced; the lab page still shows, without them, if the pact index cannot load. */
async function labPacts(labId: number | string, locale: SiteLocale): Promise<PublicPact[]> {
  try {
    return await pactsOfLaboratory(labId, locale)
  } catch (err) {
    console.error('pacts of a laboratory unavailable', err)
    return []
  }
}

/** A lab with its seat counts, next dates and the pacts it produced. */
export const loadLaboratory = (
  slug: string | undefined,
  locale: SiteLocale,
): Promise<PageData<{ lab: PublicLaboratory; availability: Availability; upcoming: Occurrence[]; pacts: PublicPact[] }>> =>
  loadPage(async () => {
    const lab = slug ? await getLaboratory(slug, locale) : null
    if (!lab) return null
    const [availability, upcoming, pacts] = await Promise.all([getAvailability(lab.id), upcomingOccurrences({ laboratory: lab.slug }, 5, locale), labPacts(lab.id, locale)])
    return { lab, availability, upcoming, pacts }
  })
