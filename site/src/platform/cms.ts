import { z } from 'zod'
import type { EventType, PublicEvent } from '@quartieri/shared/events/event'
import { publicNeighbourhoodSchema, type PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import { availabilitySchema, publicLaboratorySchema, type Availability, type LabPhase, type PublicLaboratory } from '@quartieri/shared/laboratories/laboratory'
import { publicSettingsSchema, type PublicSettings } from '@quartieri/shared/platform/settings'
import { publicGrantSchema, type PublicGrant } from '@quartieri/shared/grants/grant'
import { publicResultSchema, type PublicResult } from '@quartieri/shared/results/result'
import type { ParticipantSummary, ReportFilters } from '@quartieri/shared/transparency/report'
import { registerCache } from './cache.ts'
import { config } from './config.ts'
import { eventIndex, eventsOverlapping } from '../events/event-index.ts'

/** Where the site reaches the CMS (server to server) and where browsers reach its files. */
const CMS_URL = config.CMS_INTERNAL_URL
export const CMS_PUBLIC_URL = config.CMS_PUBLIC_URL
const TIMEOUT_MS = config.CMS_TIMEOUT_MS

/** The CMS could not be reached or answered something the site does not understand. */
export class CmsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CmsUnavailableError'
  }
}

const responses = registerCache<unknown>(500)

/**
 * The last good answer of each CMS read, kept through purges: when the CMS cannot answer in time (a burst
 * of sign-ups, a restart), a read falls back to it for a few minutes rather than failing the page. Only
 * anonymous reads are kept, so only what was public when it was read.
 */
const STALE_IF_ERROR_MS = config.SITE_STALE_IF_ERROR_SECONDS * 1000
const LAST_GOOD_ENTRIES = 1_000
const lastGood = new Map<string, { value: unknown; at: number }>()

function keepLastGood(key: string, value: unknown) {
  lastGood.delete(key)
  lastGood.set(key, { value, at: Date.now() })
  if (lastGood.size > LAST_GOOD_ENTRIES) lastGood.delete(lastGood.keys().next().value!)
}

/**
 * GET a CMS REST path as an anonymous reader (so only published documents), validated by `schema`, cached
 * until the next purge, and served from its last good answer for a while when the CMS cannot answer.
 */
export async function fetchValidated<T>(path: string, params: Record<string, string> | URLSearchParams, schema: z.ZodType<T>): Promise<T> {
  const url = new URL(path, CMS_URL)
  for (const [key, value] of params instanceof URLSearchParams ? params.entries() : Object.entries(params)) url.searchParams.append(key, value)
  const key = url.toString()
  try {
    return (await responses.getOrLoad(key, async () => {
      let res: Response
      try {
        res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) })
      } catch (err) {
        throw new CmsUnavailableError(`CMS unreachable: GET ${url.pathname}`, { cause: err })
      }
      if (!res.ok) throw new CmsUnavailableError(`CMS answered ${res.status}: GET ${url.pathname}`)
      let body: unknown
      try {
        // The timeout covers the body too: a CMS busy mid-answer is unreachable, not a crash of the page.
        body = await res.json()
      } catch (err) {
        throw new CmsUnavailableError(`CMS answer unreadable: GET ${url.pathname}`, { cause: err })
      }
      const parsed = schema.safeParse(body)
      if (!parsed.success) throw new CmsUnavailableError(`Unexpected CMS response for ${url.pathname}: ${parsed.error.message}`)
      keepLastGood(key, parsed.data)
      return parsed.data
    })) as T
  } catch (err) {
    const kept = lastGood.get(key)
    // A 4xx is an answer, not an outage: only timeouts, refusals and 5xx fall back.
    const outage = err instanceof CmsUnavailableError && !/CMS answered 4\d\d/.test(err.message)
    if (outage && kept && Date.now() - kept.at <= STALE_IF_ERROR_MS) {
      console.warn(`${err.message}: serving the answer of ${Math.round((Date.now() - kept.at) / 1000)} s ago`)
      return kept.value as T
    }
    throw err
  }
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

const idSchema = z.union([z.number(), z.string()])
const neighbourhoodOptionSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() })
const laboratoryOptionSchema = z.object({ id: idSchema, slug: z.string(), title: z.string() })

/** A choice of a filter: what a `<select>` shows and sends. */
export type NeighbourhoodOption = z.infer<typeof neighbourhoodOptionSchema>
export type LaboratoryOption = z.infer<typeof laboratoryOptionSchema>

/** Every published neighbourhood's name and slug, by name: the options of the `quartiere` filters (the CMS sends those two fields only). */
export async function neighbourhoodOptions(): Promise<NeighbourhoodOption[]> {
  const result = await fetchValidated(
    '/api/neighbourhoods',
    { ...published, sort: 'name', limit: '1000', depth: '0', 'select[slug]': 'true', 'select[name]': 'true' },
    paginated(neighbourhoodOptionSchema),
  )
  return result.docs
}

/** Every published lab's title and slug, by title: the options of the calendar's `laboratorio` filter. */
export async function laboratoryOptions(): Promise<LaboratoryOption[]> {
  const result = await fetchValidated(
    '/api/laboratories',
    { ...published, sort: 'title', limit: '1000', depth: '0', 'select[slug]': 'true', 'select[title]': 'true' },
    paginated(laboratoryOptionSchema),
  )
  return result.docs
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

/** One page of published laboratories, newest first, optionally of one neighbourhood (by slug) and phase. */
export async function listLaboratories(filters: { page?: number; perPage?: number; neighbourhood?: string; phase?: LabPhase }): Promise<Page<PublicLaboratory>> {
  const params: Record<string, string> = { ...published, sort: 'title', limit: String(filters.perPage ?? 24), page: String(filters.page ?? 1), depth: '1' }
  if (filters.neighbourhood) params['where[neighbourhood.slug][equals]'] = filters.neighbourhood
  if (filters.phase) params['where[phase][equals]'] = filters.phase
  const result = await fetchValidated('/api/laboratories', params, paginated(publicLaboratorySchema))
  return { docs: result.docs, page: result.page ?? filters.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/** A published laboratory by slug, or null. */
export async function getLaboratory(slug: string): Promise<PublicLaboratory | null> {
  const result = await fetchValidated('/api/laboratories', { ...published, 'where[slug][equals]': slug, limit: '1', depth: '1' }, paginated(publicLaboratorySchema))
  return result.docs[0] ?? null
}

/** Seat counts of a published lab (purged with every sign-up, confirmation and cancellation). */
export async function getAvailability(id: number | string): Promise<Availability> {
  return fetchValidated(`/api/laboratories/${encodeURIComponent(String(id))}/availability`, {}, availabilitySchema)
}

/** The JSON answer of a CMS form endpoint, whatever its status. */
export interface CmsFormAnswer {
  status: number
  code: string
  fieldErrors?: Record<string, string>
  laboratory?: { title: string; slug: string; kind?: 'laboratories' | 'events' }
  /** Seconds to wait, from the CMS's Retry-After (on a 429). */
  retryAfter?: number
}

const formAnswerSchema = z.object({
  code: z.string(),
  fieldErrors: z.record(z.string(), z.string()).optional(),
  laboratory: z.object({ title: z.string(), slug: z.string(), kind: z.enum(['laboratories', 'events']).optional() }).optional(),
})

/** How long the site gives the CMS to answer a citizen's form post (CMS_FORM_TIMEOUT_MS), page data and post together. */
export const FORM_TIMEOUT_MS = config.CMS_FORM_TIMEOUT_MS

/** A form post's time limit: the moment (ms since the epoch) by which its answer must be ready. */
export const formDeadline = () => Date.now() + FORM_TIMEOUT_MS

/** `work`, or a CmsUnavailableError once `deadline` has passed (the work goes on, unawaited). */
export function beforeDeadline<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CmsUnavailableError(`CMS too slow: ${what}`)), Math.max(0, deadline - Date.now()))
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/**
 * POSTs a citizen's form to a CMS endpoint, passing on the client's address (proved by the shared
 * secret) so the CMS rate-limits people, not the site. A CMS that cannot be reached, answers 5xx or
 * does not answer by `deadline` is a CmsUnavailableError: the post may or may not have been recorded.
 */
export async function postForm(path: string, body: Record<string, unknown>, clientAddress: string, deadline = formDeadline()): Promise<CmsFormAnswer> {
  let res: Response
  let answer: unknown
  try {
    res = await fetch(new URL(path, CMS_URL), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-client-address': clientAddress,
        ...(config.PURGE_SECRET ? { 'x-site-secret': config.PURGE_SECRET } : {}),
      },
      body: JSON.stringify(body),
      // The limit covers the answer's body too.
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    })
    if (res.status >= 500) throw new CmsUnavailableError(`CMS answered ${res.status}: POST ${path}`)
    answer = await res.json().catch((err: unknown) => {
      if (err instanceof Error && /abort|timeout/i.test(err.name + err.message)) throw err
      return null
    })
  } catch (err) {
    if (err instanceof CmsUnavailableError) throw err
    throw new CmsUnavailableError(`CMS unreachable: POST ${path}`, { cause: err })
  }
  const parsed = formAnswerSchema.safeParse(answer)
  if (!parsed.success) throw new CmsUnavailableError(`Unexpected CMS answer for POST ${path}`)
  const retryAfter = Number(res.headers.get('retry-after'))
  return { status: res.status, ...parsed.data, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter: Math.ceil(retryAfter) } : {}) }
}

export interface EventFilters {
  neighbourhood?: string
  type?: EventType
  laboratory?: string
}

/**
 * Published events that may have an occurrence in [from, to), from the in-memory event index: one-off
 * events overlapping it and weekly ones running then. Occurrences are expanded by the caller.
 */
export async function eventsBetween(from: Date, to: Date, filters: EventFilters = {}): Promise<PublicEvent[]> {
  let index
  try {
    index = await eventIndex()
  } catch (err) {
    throw new CmsUnavailableError('CMS unreachable: event index', { cause: err })
  }
  const { neighbourhood, type, laboratory } = filters
  return eventsOverlapping(
    index,
    from.getTime(),
    to.getTime(),
    (e) => (!neighbourhood || e.neighbourhood === neighbourhood) && (!type || e.event.type === type) && (!laboratory || e.laboratory === laboratory),
  ).map((e) => e.event)
}

/** A published event by slug, or null. */
export async function getEvent(slug: string): Promise<PublicEvent | null> {
  try {
    return (await eventIndex()).bySlug.get(slug)?.event ?? null
  } catch (err) {
    throw new CmsUnavailableError('CMS unreachable: event index', { cause: err })
  }
}

/** Seat counts of a published event that takes registrations. */
export async function getEventAvailability(id: number | string): Promise<Availability> {
  return fetchValidated(`/api/events/${encodeURIComponent(String(id))}/availability`, {}, availabilitySchema)
}

const historySchema = z.object({
  entries: z.array(z.object({ publishedAt: z.string(), first: z.boolean(), changes: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })) })),
})
export type PactHistory = z.infer<typeof historySchema>['entries']

/** The public history of a published pact: its published versions and what each changed, newest first. */
export async function getPactHistory(id: number | string): Promise<PactHistory> {
  return (await fetchValidated(`/api/pacts/${encodeURIComponent(String(id))}/history`, {}, historySchema)).entries
}

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

/** Every published grant call with its awards (beneficiaries, projects and neighbourhoods named), newest year first. */
export async function listGrants(): Promise<PublicGrant[]> {
  const result = await fetchValidated('/api/grants', { ...published, sort: '-year', pagination: 'false', depth: '1' }, z.object({ docs: z.array(publicGrantSchema) }))
  return result.docs
}

/** Every published laboratory (for counts across labs; the list pages use listLaboratories). */
export async function allLaboratories(): Promise<PublicLaboratory[]> {
  const result = await fetchValidated('/api/laboratories', { ...published, sort: 'title', pagination: 'false', depth: '1' }, z.object({ docs: z.array(publicLaboratorySchema) }))
  return result.docs
}

const participantSummarySchema = z.object({
  total: z.number(),
  byYear: z.array(z.object({ year: z.number(), people: z.number() })),
  byActivity: z.array(z.object({ kind: z.enum(['laboratory', 'event']), slug: z.string(), title: z.string(), people: z.number() })),
})

/** How many distinct people took part (confirmed sign-ups) in a year range and neighbourhood: counts only. */
export async function getParticipants(filters: ReportFilters): Promise<ParticipantSummary> {
  const params: Record<string, string> = { da: String(filters.fromYear), a: String(filters.toYear) }
  if (filters.neighbourhood) params.quartiere = filters.neighbourhood
  return fetchValidated('/api/registrations/participants', params, participantSummarySchema)
}
