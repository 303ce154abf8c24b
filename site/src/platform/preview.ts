import type { Availability, PublicLaboratory } from '@quartieri/shared/laboratories/laboratory'
import { publicLaboratorySchema } from '@quartieri/shared/laboratories/laboratory'
import { publicEventSchema, type PublicEvent } from '@quartieri/shared/events/event'
import { occurrencesOf, type Occurrence } from '@quartieri/shared/events/occurrences'
import { publicNeighbourhoodSchema, type PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import { publicProjectSchema, type PublicProject } from '@quartieri/shared/projects/project'
import { publicResultSchema, type PublicResult } from '@quartieri/shared/results/result'
import { publicPactSchema } from '@quartieri/shared/pacts/pact'
import type { IndexedPact } from '../pacts/pact-index.ts'
import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { CmsUnavailableError } from './cms-errors.ts'
import { config } from './config.ts'
import { localise } from './i18n/content.ts'
import type { SiteLocale } from './i18n/locales.ts'
import { withSettings, type Unavailable } from './page-data.ts'

export type PreviewData =
  | { kind: 'laboratories'; lab: PublicLaboratory; availability: Availability }
  | { kind: 'events'; event: PublicEvent; next: Occurrence[] }
  | { kind: 'neighbourhoods'; neighbourhood: PublicNeighbourhood }
  | { kind: 'pacts'; entry: IndexedPact }
  | { kind: 'projects'; project: PublicProject }
  | { kind: 'results'; result: PublicResult }

export type PreviewLoad = { status: 200; settings: PublicSettings; data: PreviewData } | { status: 403 | 404 | 410; settings: PublicSettings } | Unavailable

/** Headers of every preview answer: never stored by any cache, never indexed. */
export const PREVIEW_HEADERS = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer' } as const

const NINETY_DAYS_MS = 90 * 86_400_000

/** A well-formed token: what the CMS signs (base64url, a dot, base64url); anything else is not sent on. */
const TOKEN = /^[A-Za-z0-9_-]{10,500}\.[A-Za-z0-9_-]{20,100}$/

/** The draft the token shows, as its public page will show it, in the page's language. */
function asPage(collection: string, doc: unknown, locale: SiteLocale, now: Date): PreviewData | null {
  switch (collection) {
    case 'laboratories': {
      const lab = localise(doc, locale, publicLaboratorySchema)
      // A draft takes no sign-ups: the seats are shown as they will be on the first day.
      return { kind: 'laboratories', lab, availability: { capacity: lab.capacity, seatsTaken: 0, seatsLeft: lab.capacity, waitlisted: 0, window: 'closed' } }
    }
    case 'events': {
      const event = localise(doc, locale, publicEventSchema)
      return { kind: 'events', event, next: occurrencesOf(event, now, new Date(now.getTime() + NINETY_DAYS_MS)).slice(0, 5) }
    }
    case 'neighbourhoods':
      return { kind: 'neighbourhoods', neighbourhood: localise(doc, locale, publicNeighbourhoodSchema) }
    case 'pacts': {
      // The page of a pact alone: its projects, indicators and renewals show once they are published with it.
      const pact = localise(doc, locale, publicPactSchema)
      const signed = pact.signedAt ? new Date(pact.signedAt).getFullYear() : null
      return { kind: 'pacts', entry: { pact, projects: [], indicators: [], renewedBy: [], neighbourhoods: [], year: signed, text: '' } }
    }
    case 'projects':
      return { kind: 'projects', project: localise(doc, locale, publicProjectSchema) }
    case 'results':
      return { kind: 'results', result: localise(doc, locale, publicResultSchema) }
    default:
      return null
  }
}

/**
 * A staff preview of a draft: the CMS checks the link's signed token and gives the draft; the site never keeps it
 * (no cache, no fallback answer), and without a valid, unexpired token there is nothing to see.
 */
export function loadPreview(token: string | undefined, locale: SiteLocale, now = new Date()): Promise<PreviewLoad> {
  return withSettings(async (settings): Promise<PreviewLoad> => {
    if (!token || !TOKEN.test(token)) return { status: 403, settings }
    let res: Response
    try {
      res = await fetch(new URL('/api/previews/draft', config.CMS_INTERNAL_URL), {
        headers: { accept: 'application/json', 'x-preview-token': token },
        cache: 'no-store',
        signal: AbortSignal.timeout(config.CMS_TIMEOUT_MS),
      })
    } catch (err) {
      throw new CmsUnavailableError('CMS unreachable: GET /api/previews/draft', { cause: err })
    }
    if (res.status === 403 || res.status === 404 || res.status === 410) return { status: res.status, settings }
    if (!res.ok) throw new CmsUnavailableError(`CMS answered ${res.status}: GET /api/previews/draft`, { status: res.status })
    const body = (await res.json().catch(() => null)) as { collection?: string; doc?: unknown } | null
    try {
      const data = body?.collection ? asPage(body.collection, body.doc, locale, now) : null
      return data ? { status: 200, settings, data } : { status: 404, settings }
    } catch (err) {
      // A draft that is not complete yet (a required text still empty) has no page to show.
      console.warn(`preview of an incomplete draft: ${err instanceof Error ? err.message : String(err)}`)
      return { status: 404, settings }
    }
  })
}
