import { z } from 'zod'
import { availabilitySchema, publicLaboratorySchema, type Availability, type LabPhase, type PublicLaboratory } from '@quartieri/shared/laboratories/laboratory'
import { fetchLocalised, fetchValidated, idSchema, paginated, published, type Page } from '../platform/cms.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

/* What the laboratory pages read from the CMS: published labs only, and their seat counts. */

const laboratoryOptionSchema = z.object({ id: idSchema, slug: z.string(), title: z.string() })

/** A choice of the calendar's `laboratorio` filter. */
export type LaboratoryOption = z.infer<typeof laboratoryOptionSchema>

/** Every published lab's title (in the reader's `locale`) and slug, by title: the options of the calendar's `laboratorio` filter. */
export async function laboratoryOptions(locale: SiteLocale): Promise<LaboratoryOption[]> {
  const result = await fetchLocalised(
    '/api/laboratories',
    { ...published, sort: 'title', limit: '1000', depth: '0', 'select[slug]': 'true', 'select[title]': 'true' },
    paginated(laboratoryOptionSchema),
    locale,
  )
  return [...result.docs].sort((a, b) => a.title.localeCompare(b.title, locale))
}

/** One page of published laboratories, newest first, optionally of one neighbourhood (by slug) and phase. */
export async function listLaboratories(
  filters: { page?: number; perPage?: number; neighbourhood?: string; phase?: LabPhase },
  locale: SiteLocale,
): Promise<Page<PublicLaboratory>> {
  const params: Record<string, string> = { ...published, sort: 'title', limit: String(filters.perPage ?? 24), page: String(filters.page ?? 1), depth: '1' }
  if (filters.neighbourhood) params['where[neighbourhood.slug][equals]'] = filters.neighbourhood
  if (filters.phase) params['where[phase][equals]'] = filters.phase
  const result = await fetchLocalised('/api/laboratories', params, paginated(publicLaboratorySchema), locale)
  return { docs: result.docs, page: result.page ?? filters.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/** A published laboratory by slug, or null. */
export async function getLaboratory(slug: string, locale: SiteLocale): Promise<PublicLaboratory | null> {
  const result = await fetchLocalised('/api/laboratories', { ...published, 'where[slug][equals]': slug, limit: '1', depth: '1' }, paginated(publicLaboratorySchema), locale)
  return result.docs[0] ?? null
}

/**
 * Seat counts of a published lab (purged with every sign-up, confirmation and cancellation); `fresh` asks the CMS
 * whatever is cached (the seats right after a sign-up, before its purge arrives).
 */
export async function getAvailability(id: number | string, options: { fresh?: boolean } = {}): Promise<Availability> {
  return fetchValidated(`/api/laboratories/${encodeURIComponent(String(id))}/availability`, {}, availabilitySchema, options)
}

/** Every published laboratory (for counts across labs; the list pages use listLaboratories). */
export async function allLaboratories(locale: SiteLocale): Promise<PublicLaboratory[]> {
  const result = await fetchLocalised(
    '/api/laboratories',
    { ...published, sort: 'title', pagination: 'false', depth: '1' },
    z.object({ docs: z.array(publicLaboratorySchema) }),
    locale,
  )
  return result.docs
}
