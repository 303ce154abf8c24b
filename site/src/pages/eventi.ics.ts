import type { APIRoute } from 'astro'
import { calendarFeed } from '../events/calendar-feed.ts'

/** /eventi.ics: the calendar feed, with the same filters as /eventi. */
export const GET: APIRoute = (context) => calendarFeed(context, {}, (city) => `Eventi · ${city}`, 'eventi.ics')
