import type { APIContext } from 'astro'
import { MAX_SPAN_DAYS, parseCalendarFilters, type CalendarFilters } from '@quartieri/shared/events/calendar-filters'
import type { PublicEvent } from '@quartieri/shared/events/event'
import { buildCalendar, type CalendarMemo, type CalendarOptions } from '@quartieri/shared/events/ical'
import { CmsUnavailableError, getSettings } from '../platform/cms.ts'
import { eventsBetween } from './cms.ts'
import { SITE_ORIGIN } from '../platform/site-url.ts'
import { textLanguage } from '../platform/i18n/content.ts'
import { DEFAULT_LOCALE, localePath, resolveLocale, translator, type SiteLocale } from '../platform/i18n/index.ts'

const FEED_PAST_DAYS = 31
const FEED_FUTURE_DAYS = 731

/** An .ics response: RFC 5545 text, cached like pages, named for download. */
export function icsResponse(text: string, filename: string, status = 200): Response {
  return new Response(text, {
    status,
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    },
  })
}

/** Every feed's VEVENT texts, kept while the event index holds their events (it replaces an event's object when it changes). */
const written: CalendarMemo = new WeakMap()

/**
 * What a feed in `locale` writes beyond its events: links to the event pages in that language, each title and
 * summary with its language (LANGUAGE: the feed's, or Italian where untranslated), cancellations said in it.
 */
export function feedOptions(locale: SiteLocale): Pick<CalendarOptions, 'localePrefix' | 'languageOf' | 'cancelled'> {
  const t = translator(locale)
  return {
    localePrefix: localePath(locale, '/').replace(/\/$/, ''),
    languageOf: (event, field) => textLanguage(event, field, locale),
    cancelled: locale === DEFAULT_LOCALE ? undefined : { title: `[${t('events.cancelled').toUpperCase()}]`, reason: `${t('events.cancelled')}:` },
  }
}

/** A feed's text: the events' VEVENTs written for an earlier feed are reused. */
export function feedCalendar(events: readonly PublicEvent[], options: CalendarOptions): string {
  return buildCalendar(events, options, written)
}

/**
 * The `slug` of a calendar's address. Astro gives an endpoint rendered for `/en/…` (the middleware's rewrite to the
 * unprefixed route) no params, so the slug is read from the route's path by `pattern` when params have none.
 */
export function feedSlug(context: Pick<APIContext, 'params' | 'url'>, pattern: RegExp): string {
  if (context.params.slug) return context.params.slug
  const route = resolveLocale(context.url.pathname).route ?? ''
  try {
    return decodeURIComponent(pattern.exec(route)?.[1] ?? '')
  } catch {
    return ''
  }
}

/** A plain-text error of a feed in both languages, never cached. */
export const plainError = (status: number, it: string, en: string) =>
  new Response(`${it}\n${en}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/** The published events a feed with these filters subscribes to: from a month ago (or `da`) to two years on (or `a`). */
export async function feedEvents(
  filters: Pick<CalendarFilters, 'neighbourhood' | 'type' | 'laboratory' | 'from' | 'to'>,
  locale: SiteLocale,
  now = new Date(),
): Promise<PublicEvent[]> {
  const from = filters.from ? new Date(`${filters.from}T00:00:00Z`) : new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000)
  const wanted = filters.to ? new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 2 * 86_400_000) : new Date(now.getTime() + FEED_FUTURE_DAYS * 86_400_000)
  // However wide the asked range, a feed covers at most two years from its start.
  const to = new Date(Math.min(wanted.getTime(), from.getTime() + MAX_SPAN_DAYS * 86_400_000))
  return eventsBetween(from, to, filters, locale)
}

/** A calendar feed endpoint in the request's language (`/en/eventi.ics`): filters from the query (400 when malformed), 503 when the CMS is down. */
export async function calendarFeed(context: APIContext, extra: Partial<CalendarFilters>, name: (cityName: string) => string, filename: string): Promise<Response> {
  // (Typed here too for the benchmarks, which compile this file without the site's env.d.ts.)
  const locale = (context.locals as { locale?: SiteLocale }).locale ?? DEFAULT_LOCALE
  const filters = parseCalendarFilters(context.url.searchParams)
  if (!filters) return plainError(400, 'Filtro non valido nel calendario.', 'Invalid calendar filter.')
  try {
    const [settings, events] = await Promise.all([getSettings(), feedEvents({ ...filters, ...extra }, locale)])
    return icsResponse(feedCalendar(events, { name: name(settings.cityName ?? 'Quartieri'), siteUrl: SITE_ORIGIN, ...feedOptions(locale) }), filename)
  } catch (err) {
    if (err instanceof CmsUnavailableError) return plainError(503, 'Calendario momentaneamente non disponibile.', 'Calendar temporarily unavailable.')
    throw err
  }
}
