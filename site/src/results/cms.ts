import { publicResultSchema, type PublicResult } from '@quartieri/shared/results/result'
import { fetchLocalised, paginated, published, type Page } from '../platform/cms.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

/** One page of published results publications, newest period first, optionally of one neighbourhood (by slug). */
export async function listResults(filters: { page?: number; perPage?: number; neighbourhood?: string }, locale: SiteLocale): Promise<Page<PublicResult>> {
  const params: Record<string, string> = { ...published, sort: '-periodTo', limit: String(filters.perPage ?? 12), page: String(filters.page ?? 1), depth: '1' }
  if (filters.neighbourhood) params['where[neighbourhoods.slug][equals]'] = filters.neighbourhood
  const result = await fetchLocalised('/api/results', params, paginated(publicResultSchema), locale)
  return { docs: result.docs, page: result.page ?? filters.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/** A published results publication by slug, or null. */
export async function getResult(slug: string, locale: SiteLocale): Promise<PublicResult | null> {
  const result = await fetchLocalised('/api/results', { ...published, 'where[slug][equals]': slug, limit: '1', depth: '1' }, paginated(publicResultSchema), locale)
  return result.docs[0] ?? null
}
