import type { PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import type { PublicSettings } from '@quartieri/shared/settings'
import { LAB_PHASES, type Availability, type LabPhase, type PublicLaboratory } from '@quartieri/shared/signups/laboratory'
import { CmsUnavailableError, getAvailability, getLaboratory, getNeighbourhood, getSettings, listLaboratories, listNeighbourhoods, type Page } from './cms.ts'

/** What a page needs, with the HTTP status it should answer. */
export type PageData<T> = { status: 200; settings: PublicSettings; data: T } | { status: 400 | 404 | 503; settings: PublicSettings | null }

async function load<T>(fetchData: () => Promise<T | null>): Promise<PageData<T>> {
  try {
    const [settings, data] = await Promise.all([getSettings(), fetchData()])
    if (data === null) return { status: 404, settings }
    return { status: 200, settings, data }
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return { status: 503, settings: null }
    }
    throw err
  }
}

export const loadSettingsOnly = () => load(async () => true)
/** The `pagina` query parameter: 1 when absent, null when it is not a whole number from 1 to 10 000. */
export function pageNumber(url: URL): number | null {
  const raw = url.searchParams.get('pagina')
  if (raw === null || raw === '') return 1
  if (!/^\d{1,5}$/.test(raw)) return null
  const page = Number(raw)
  return page >= 1 && page <= 10_000 ? page : null
}

/** A page of the neighbourhood list; a page past the last one is a 404, a malformed page number a 400. */
export async function loadNeighbourhoodList(page: number | null, perPage = 24): Promise<PageData<Page<PublicNeighbourhood>>> {
  if (page === null) {
    const settings = await load(async () => true)
    return { status: 400, settings: settings.settings }
  }
  return load(async () => {
    const result = await listNeighbourhoods(page, perPage)
    return page > 1 && page > result.totalPages ? null : result
  })
}
/** A neighbourhood with the first page of its labs. */
export const loadNeighbourhood = (slug: string | undefined): Promise<PageData<{ neighbourhood: PublicNeighbourhood; labs: PublicLaboratory[] }>> =>
  load(async () => {
    const neighbourhood = slug ? await getNeighbourhood(slug) : null
    if (!neighbourhood) return null
    const labs = await listLaboratories({ neighbourhood: neighbourhood.slug, perPage: 12 })
    return { neighbourhood, labs: labs.docs }
  })

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
export async function loadLaboratoryList(filters: LabFilters | null): Promise<PageData<{ labs: Page<PublicLaboratory>; neighbourhoods: PublicNeighbourhood[]; filters: LabFilters }>> {
  if (filters === null) return { status: 400, settings: (await load(async () => true)).settings }
  return load(async () => {
    const [labs, neighbourhoods] = await Promise.all([listLaboratories(filters), listNeighbourhoods(1, 200)])
    if (filters.page > 1 && filters.page > labs.totalPages) return null
    return { labs, neighbourhoods: neighbourhoods.docs, filters }
  })
}

/** A lab with its seat counts. */
export const loadLaboratory = (slug: string | undefined): Promise<PageData<{ lab: PublicLaboratory; availability: Availability }>> =>
  load(async () => {
    const lab = slug ? await getLaboratory(slug) : null
    if (!lab) return null
    return { lab, availability: await getAvailability(lab.id) }
  })
