import { z } from 'zod'
import { publicNeighbourhoodSchema, type PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import { fetchLocalised, fetchValidated, idSchema, paginated, published, type Page } from '../platform/cms.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

/* What the neighbourhood pages read from the CMS: published neighbourhoods only. */

/** One page of published neighbourhoods, by name. */
export async function listNeighbourhoods(locale: SiteLocale, page = 1, perPage = 24): Promise<Page<PublicNeighbourhood>> {
  const result = await fetchLocalised(
    '/api/neighbourhoods',
    { ...published, sort: 'name', limit: String(perPage), page: String(page), depth: '1' },
    paginated(publicNeighbourhoodSchema),
    locale,
  )
  return { docs: result.docs, page: result.page ?? page, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

const neighbourhoodOptionSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() })

/** A choice of the `quartiere` filters: what a `<select>` shows and sends. */
export type NeighbourhoodOption = z.infer<typeof neighbourhoodOptionSchema>

/** A published neighbourhood by slug, or null. */
export async function getNeighbourhood(slug: string, locale: SiteLocale): Promise<PublicNeighbourhood | null> {
  const result = await fetchLocalised('/api/neighbourhoods', { ...published, 'where[slug][equals]': slug, limit: '1', depth: '1' }, paginated(publicNeighbourhoodSchema), locale)
  return result.docs[0] ?? null
}

/** Every published neighbourhood's name and slug, by name: the options of the `quartiere` filters (the CMS sends those two fields only). */
export async function neighbourhoodOptions(): Promise<NeighbourhoodOption[]> {
  const result = await fetchValidated(
    '/api/neighbourhoods',
    { ...published, sort: 'name', limit: '1000', depth: '0', 'select[slug]': 'true', 'select[name]': 'true' },
    paginated(neighbourhoodOptionSchema),
  )
  return result.docs
}
