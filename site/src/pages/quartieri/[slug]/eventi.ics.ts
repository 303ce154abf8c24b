import type { APIRoute } from 'astro'
import { calendarFeed, feedSlug, plainError } from '../../../events/calendar-feed.ts'

const SLUG = /^[a-z0-9-]{1,120}$/

/** /quartieri/{slug}/eventi.ics: one neighbourhood's events; a slug no neighbourhood could have is a 404. */
export const GET: APIRoute = (context) => {
  const slug = feedSlug(context, /^\/quartieri\/([^/]+)\/eventi\.ics$/)
  if (!SLUG.test(slug)) return plainError(404, 'Quartiere non trovato.', 'Neighbourhood not found.')
  return calendarFeed(context, { neighbourhood: slug }, (city) => `Eventi del quartiere ${slug} · ${city}`, `eventi-${slug}.ics`)
}
