import type { PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import type { PublicSettings } from '@quartieri/shared/settings'
import { CmsUnavailableError, getNeighbourhood, getSettings, listNeighbourhoods, type Page } from './cms.ts'

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
export const loadNeighbourhood = (slug: string | undefined): Promise<PageData<PublicNeighbourhood>> =>
  load(async () => (slug ? getNeighbourhood(slug) : null))
