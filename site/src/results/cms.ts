import { publicResultSchema, type PublicResult } from '@quartieri/shared/results/result'
import { fetchValidated, paginated, published, type Page } from '../platform/cms.ts'

/** One page of published results publications, newest period first, optionally of one neighbourhood (by slug). */
export async function listResults(filters: { page?: number; perPage?: number; neighbourhood?: string }): Promise<Page<PublicResult>> {
  const params: Record<string, string> = { ...published, sort: '-periodTo', limit: String(filters.perPage ?? 12), page: String(filters.page ?? 1), depth: '1' }
  if (filters.neighbourhood) params['where[neighbourhoods.slug][equals]'] = filters.neighbourhood
  const result = await fetchValidated('/api/results', params, paginated(publicResultSchema))
  return { docs: result.docs, page: result.page ?? filters.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/** A published results publication by slug, or null. */
export async function getResult(slug: string): Promise<PublicResult | null> {
  const result = await fetchValidated('/api/results', { ...published, 'where[slug][equals]': slug, limit: '1', depth: '1' }, paginated(publicResultSchema))
  return result.docs[0] ?? null
}
