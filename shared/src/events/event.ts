import { z } from 'zod'

export const EVENT_TYPES = ['lab-session', 'assembly', 'thematic-table', 'workshop', 'festival', 'info-desk'] as const
export type EventType = (typeof EVENT_TYPES)[number]

/** iCalendar weekday codes, Monday first. */
export const ICAL_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type IcalWeekday = (typeof ICAL_WEEKDAYS)[number]

const id = z.union([z.number(), z.string()])
const ref = z.union([z.object({ id, slug: z.string(), name: z.string().optional(), title: z.string().optional() }), id])

/** Weekly repetition on some weekdays until a date, minus exception dates (local dates, YYYY-MM-DD). */
export const recurrenceSchema = z.object({
  frequency: z.enum(['none', 'weekly']).nullish(),
  byDay: z.array(z.enum(ICAL_WEEKDAYS)).nullish(),
  until: z.string().nullish(),
  exceptions: z.array(z.object({ date: z.string() })).nullish(),
})

/** An event as the CMS publishes it (REST, depth 1). */
export const publicEventSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  type: z.enum(EVENT_TYPES),
  start: z.string(),
  end: z.string().nullish(),
  allDay: z.boolean().nullish(),
  summary: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  venue: z.object({ name: z.string().nullish(), address: z.string().nullish(), location: z.object({ lat: z.number().nullish(), lng: z.number().nullish() }).nullish() }).nullish(),
  neighbourhood: ref.nullish(),
  laboratory: ref.nullish(),
  registration: z.object({ mode: z.enum(['none', 'required']).nullish(), capacity: z.number().nullish(), opensAt: z.string().nullish(), closesAt: z.string().nullish() }).nullish(),
  cancelled: z.boolean().nullish(),
  /** People counted on site by staff, for the transparency report. */
  attendees: z.number().int().nullish(),
  cancellationReason: z.string().nullish(),
  recurrence: recurrenceSchema.nullish(),
  sequence: z.number().int().nullish(),
  updatedAt: z.string(),
  createdAt: z.string(),
})

export type PublicEvent = z.infer<typeof publicEventSchema>
export type Recurrence = z.infer<typeof recurrenceSchema>

export function isRecurring(event: Pick<PublicEvent, 'recurrence'>): boolean {
  return event.recurrence?.frequency === 'weekly' && (event.recurrence.byDay?.length ?? 0) > 0
}
