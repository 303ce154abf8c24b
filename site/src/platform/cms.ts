import { z } from 'zod'
import { availabilitySchema, type Availability } from '@quartieri/shared/laboratories/laboratory'
import { publicSettingsSchema, type PublicSettings } from '@quartieri/shared/platform/settings'
import { registerCache } from './cache.ts'
import { config } from './config.ts'
import { CmsUnavailableError, isCmsOutage } from './cms-errors.ts'
import { localise } from './i18n/content.ts'
import { SITE_LOCALES, type SiteLocale } from './i18n/locales.ts'

/** Where the site reaches the CMS (server to server) and where browsers reach its files. */
const CMS_URL = config.CMS_INTERNAL_URL
export const CMS_PUBLIC_URL = config.CMS_PUBLIC_URL
const TIMEOUT_MS = config.CMS_TIMEOUT_MS

export { CmsUnavailableError } from './cms-errors.ts'

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
 * What the site may send the CMS, whatever asked for the page: never drafts (`draft`), never a locale of
 * the reader's (the site asks for every locale, `locale=all`, and picks the reader's itself, from the
 * configured list). A query that breaks this is a bug of the site, thrown before anything is sent.
 */
export function assertPublicQuery(params: Iterable<[string, string]>): void {
  for (const [key, value] of params) {
    const name = key.replace(/\[.*$/, '').toLowerCase()
    if (name === 'draft' || key.toLowerCase().includes('[draft]')) throw new Error(`the site never asks the CMS for drafts (${key})`)
    if ((name === 'locale' && value !== 'all') || name === 'fallback-locale') throw new Error(`the site asks the CMS for every locale, never one (${key}=${value})`)
  }
}

/**
 * GET a CMS REST path as an anonymous reader (so only published documents), its answer checked by `parse`
 * (which throws on an answer the site does not understand), cached until the next purge, and served from its
 * last good answer for a while when the CMS cannot answer.
 */
async function fetchChecked<V>(path: string, params: Record<string, string> | URLSearchParams, parse: (body: unknown) => V, { fresh = false } = {}): Promise<V> {
  const url = new URL(path, CMS_URL)
  for (const [key, value] of params instanceof URLSearchParams ? params.entries() : Object.entries(params)) url.searchParams.append(key, value)
  assertPublicQuery(url.searchParams.entries())
  const key = url.toString()
  const loadAnswer = async () => {
    let res: Response
    try {
      res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) })
    } catch (err) {
      throw new CmsUnavailableError(`CMS unreachable: GET ${url.pathname}`, { cause: err })
    }
    if (!res.ok) throw new CmsUnavailableError(`CMS answered ${res.status}: GET ${url.pathname}`, { status: res.status })
    let body: unknown
    try {
      // The timeout covers the body too: a CMS busy mid-answer is unreachable, not a crash of the page.
      body = await res.json()
    } catch (err) {
      throw new CmsUnavailableError(`CMS answer unreadable: GET ${url.pathname}`, { cause: err })
    }
    let parsed: V
    try {
      parsed = parse(body)
    } catch (err) {
      throw new CmsUnavailableError(`Unexpected CMS response for ${url.pathname}: ${err instanceof Error ? err.message : String(err)}`)
    }
    keepLastGood(key, parsed)
    return parsed
  }
  try {
    if (!fresh) return (await responses.getOrLoad(key, loadAnswer)) as V
    // Asked again whatever is cached (the seats just after a sign-up, before the CMS's purge arrives); kept for the next reader.
    const answer = await loadAnswer()
    responses.set(key, answer)
    return answer
  } catch (err) {
    const kept = lastGood.get(key)
    // A 4xx is an answer, not an outage: only timeouts, refusals and 5xx fall back.
    if (isCmsOutage(err) && kept && Date.now() - kept.at <= STALE_IF_ERROR_MS) {
      console.warn(`${err.message}: serving the answer of ${Math.round((Date.now() - kept.at) / 1000)} s ago`)
      return kept.value as V
    }
    throw err
  }
}

/** GET a CMS REST path whose answer has no translatable texts (settings, seat counts, counts), validated by `schema`. */
export function fetchValidated<T>(path: string, params: Record<string, string> | URLSearchParams, schema: z.ZodType<T>, options: { fresh?: boolean } = {}): Promise<T> {
  return fetchChecked(path, params, (body) => schema.parse(body), options)
}

/**
 * GET a CMS REST path of documents with translatable texts, in the reader's `locale`: the CMS is asked for
 * every locale (`locale=all`), so one answer, cached once, serves every language; each language's version is
 * validated by `schema` when the answer arrives (a broken translation is an unexpected answer like any other)
 * and made once. Texts without a translation are the Italian ones, recorded for `langOf`.
 */
export async function fetchLocalised<T>(path: string, params: Record<string, string>, schema: z.ZodType<T>, locale: SiteLocale): Promise<T> {
  const body = await fetchChecked(path, { ...params, locale: 'all' }, (answer) => {
    for (const each of SITE_LOCALES) localise(answer, each, schema)
    return answer
  })
  return localise(body, locale, schema)
}

export const paginated = <T extends z.ZodType>(doc: T) => z.object({ docs: z.array(doc), totalDocs: z.number(), page: z.number().nullish(), totalPages: z.number() })

export const published = { 'where[_status][equals]': 'published' }

export interface Page<T> {
  docs: T[]
  page: number
  totalPages: number
  totalDocs: number
}

/** The public site settings (city name, contacts, privacy notice version). */
export async function getSettings(): Promise<PublicSettings> {
  // Depth 1: the emblem's file (its address and alternative text) comes with them.
  return fetchValidated('/api/globals/settings', { depth: '1' }, publicSettingsSchema)
}

/** An absolute URL for a file served by the CMS (uploads). */
export function cmsFileUrl(path: string | null | undefined): string | null {
  if (!path) return null
  return new URL(path, CMS_PUBLIC_URL).toString()
}

/** The JSON answer of a CMS form endpoint, whatever its status. */
export interface CmsFormAnswer {
  status: number
  code: string
  fieldErrors?: Record<string, string>
  laboratory?: { title: string; slug: string; kind?: 'laboratories' | 'events' }
  /** After a sign-up: the seats with it counted. */
  availability?: Availability
  /** Seconds to wait, from the CMS's Retry-After (on a 429). */
  retryAfter?: number
}

const formAnswerSchema = z.object({
  code: z.string(),
  fieldErrors: z.record(z.string(), z.string()).optional(),
  laboratory: z.object({ title: z.string(), slug: z.string(), kind: z.enum(['laboratories', 'events']).optional() }).optional(),
  availability: availabilitySchema.optional(),
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

/** A document id: a number on SQLite, a string on MongoDB. */
export const idSchema = z.union([z.number(), z.string()])
