import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { pactFilters, type FilterError, type PactFilters } from '@quartieri/shared/pacts/registry'
import { getPactHistory, type PactHistory } from './cms.ts'
import { neighbourhoodOptions, type NeighbourhoodOption } from '../neighbourhoods/cms.ts'
import { withSettings } from '../platform/page-data.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'
import { getPact, getProject, searchPacts, signingYears, type IndexedPact, type PactResults } from './pact-index.ts'

export const PACTS_PER_PAGE = 20

type Loaded<T> = { status: 200; settings: PublicSettings; data: T } | { status: 400 | 404 | 503; settings: PublicSettings | null; param?: FilterError }

const guarded = <T>(load: (settings: PublicSettings) => Promise<Loaded<T>>): Promise<Loaded<T>> => withSettings(load)

export interface PactListData {
  results: PactResults
  filters: PactFilters
  neighbourhoods: NeighbourhoodOption[]
  years: number[]
}

/** The registry page: its filters from the URL (a malformed one is a 400 naming it), a page of results, the filter options. */
export function loadPactList(url: URL, locale: SiteLocale): Promise<Loaded<PactListData>> {
  return guarded<PactListData>(async (settings) => {
    const filters = pactFilters(url.searchParams)
    if ('error' in filters) return { status: 400, settings, param: filters.error }
    const [results, neighbourhoods, years] = await Promise.all([searchPacts(filters, locale, PACTS_PER_PAGE), neighbourhoodOptions(), signingYears()])
    if (filters.page > 1 && filters.page > results.totalPages) return { status: 404, settings }
    return { status: 200, settings, data: { results, filters, neighbourhoods, years } }
  })
}

export interface PactPageData {
  entry: IndexedPact
  /** The renewal chain, oldest first, this pact included; a single element when there is no renewal. */
  chain: IndexedPact[]
  history: PactHistory | null
}

/** A pact with its renewal chain and public history (the page still shows when the history cannot be read). */
export function loadPact(slug: string | undefined, locale: SiteLocale): Promise<Loaded<PactPageData>> {
  return guarded<PactPageData>(async (settings) => {
    const entry = slug ? await getPact(slug, locale) : null
    if (!entry) return { status: 404, settings }
    const chain = [entry]
    const seen = new Set([entry.pact.slug])
    for (let back = entry; ; ) {
      const renews = typeof back.pact.renews === 'object' && back.pact.renews ? await getPact(back.pact.renews.slug, locale) : null
      if (!renews || seen.has(renews.pact.slug)) break
      seen.add(renews.pact.slug)
      chain.unshift(renews)
      back = renews
    }
    for (let forward = entry; ; ) {
      const next = forward.renewedBy[0] ? await getPact(forward.renewedBy[0].slug, locale) : null
      if (!next || seen.has(next.pact.slug)) break
      seen.add(next.pact.slug)
      chain.push(next)
      forward = next
    }
    let history: PactHistory | null = null
    try {
      history = await getPactHistory(entry.pact.id)
    } catch (err) {
      console.error('pact history unavailable', err instanceof Error ? err.message : err)
    }
    return { status: 200, settings, data: { entry, chain, history } }
  })
}

type ProjectPageData = NonNullable<Awaited<ReturnType<typeof getProject>>>

export function loadProject(slug: string | undefined, locale: SiteLocale): Promise<Loaded<ProjectPageData>> {
  return guarded<ProjectPageData>(async (settings) => {
    const found = slug ? await getProject(slug, locale) : null
    if (!found) return { status: 404, settings }
    return { status: 200, settings, data: found }
  })
}
