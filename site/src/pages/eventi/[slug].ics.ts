import type { APIRoute } from 'astro'
import { buildCalendar } from '@quartieri/shared/events/ical'
import { feedOptions, feedSlug, icsResponse } from '../../events/calendar-feed.ts'
import { CmsUnavailableError } from '../../platform/cms.ts'
import { getEvent } from '../../events/cms.ts'
import { SITE_ORIGIN } from '../../platform/site-url.ts'

/** /eventi/{slug}.ics: one event, to add to a calendar. */
export const GET: APIRoute = async (context) => {
  const { locals } = context
  const slug = feedSlug(context, /^\/eventi\/([^/]+)\.ics$/)
  try {
    const event = slug ? await getEvent(slug, locals.locale) : null
    if (!event) return new Response('Evento non trovato.\nEvent not found.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    return icsResponse(buildCalendar([event], { name: event.title, siteUrl: SITE_ORIGIN, ...feedOptions(locals.locale) }), `${event.slug}.ics`)
  } catch (err) {
    if (err instanceof CmsUnavailableError) return new Response('Calendario momentaneamente non disponibile.\n', { status: 503 })
    throw err
  }
}
