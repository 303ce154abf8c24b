import type { APIRoute } from 'astro'
import { calendarFeed } from '../../../lib/calendar-feed.ts'

/** /quartieri/{slug}/eventi.ics: one neighbourhood's events. */
export const GET: APIRoute = (context) => calendarFeed(context, { neighbourhood: context.params.slug }, (city) => `Eventi del quartiere ${context.params.slug} · ${city}`, `eventi-${context.params.slug}.ics`)
