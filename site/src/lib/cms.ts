import { z } from 'zod'
import { publicNeighbourhoodSchema, type PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import { publicSettingsSchema, type PublicSettings } from '@quartieri/shared/settings'
import { registerCache } from './cache.ts'

/** Where the site reaches the CMS (server to server) and where browsers reach its files. */
const CMS_URL = process.env.CMS_INTERNAL_URL || process.env.CMS_URL || `http://localhost:${process.env.CMS_PORT || 3000}`
export const CMS_PUBLIC_URL = process.env.CMS_PUBLIC_URL || CMS_URL
const TIMEOUT_MS = Number(process.env.CMS_TIMEOUT_MS || 5_000)

/** The CMS could not be reached or answered something the site does not understand. */
export class CmsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CmsUnavailableError'
  }
}

const responses = registerCache<unknown>(500)

/** GET a CMS REST path as an anonymous reader (so only published documents), validated by `schema`. */
async function fetchValidated<T>(path: string, params: Record<string, string>, schema: z.ZodType<T>): Promise<T> {
  const url = new URL(path, CMS_URL)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  const key = url.toString()
  return responses.getOrLoad(key, async () => {
    let res: Response
    try {
      res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) })
    } catch (err) {
      throw new CmsUnavailableError(`CMS unreachable: GET ${url.pathname}`, { cause: err })
    }
    if (!res.ok) throw new CmsUnavailableError(`CMS answered ${res.status}: GET ${url.pathname}`)
    const parsed = schema.safeParse(await res.json())
    if (!parsed.success) throw new CmsUnavailableError(`Unexpected CMS response for ${url.pathname}: ${parsed.error.message}`)
    return parsed.data
  }) as Promise<T>
}

const paginated = <T extends z.ZodType>(doc: T) =>
  z.object({ docs: z.array(doc), totalDocs: z.number(), page: z.number().nullish(), totalPages: z.number() })

const published = { 'where[_status][equals]': 'published' }

export interface Page<T> {
  docs: T[]
  page: number
  totalPages: number
  totalDocs: number
}

/** One page of published neighbourhoods, by name. */
export async function listNeighbourhoods(page = 1, perPage = 24): Promise<Page<PublicNeighbourhood>> {
  const result = await fetchValidated(
    '/api/neighbourhoods',
    { ...published, sort: 'name', limit: String(perPage), page: String(page), depth: '1' },
    paginated(publicNeighbourhoodSchema),
  )
  return { docs: result.docs, page: result.page ?? page, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/** A published neighbourhood by slug, or null. */
export async function getNeighbourhood(slug: string): Promise<PublicNeighbourhood | null> {
  const result = await fetchValidated(
    '/api/neighbourhoods',
    { ...published, 'where[slug][equals]': slug, limit: '1', depth: '1' },
    paginated(publicNeighbourhoodSchema),
  )
  return result.docs[0] ?? null
}

/** The public site settings (city name, contacts, privacy notice version). */
export async function getSettings(): Promise<PublicSettings> {
  return fetchValidated('/api/globals/settings', { depth: '0' }, publicSettingsSchema)
}

/** An absolute URL for a file served by the CMS (uploads). */
export function cmsFileUrl(path: string | null | undefined): string | null {
  if (!path) return null
  return new URL(path, CMS_PUBLIC_URL).toString()
}
