import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, type ICalRepeatingOptions, type ICalWeekday } from 'ical-generator'
import { DateTime } from 'luxon'
import { TIME_ZONE } from '../text/dates.ts'
import { isRecurring, type PublicEvent } from './event.ts'

export interface CalendarOptions {
  name: string
  /** The public site's base URL, for event links and stable UIDs. */
  siteUrl: string
  /** Path prefix of event pages: '' (Italian) or '/en'. */
  localePrefix?: string
  description?: string
}

/** The UID of an event: stable across edits, unique to this portal. */
export function eventUid(event: Pick<PublicEvent, 'id'>, siteUrl: string): string {
  return `event-${event.id}@${new URL(siteUrl).hostname}`
}

/**
 * An RFC 5545 calendar of published events: TZID Europe/Rome with its VTIMEZONE, RRULE/EXDATE for
 * weekly events, STATUS:CANCELLED, SEQUENCE, URL back to the event page. Lines are folded and end in CRLF.
 */
export function buildCalendar(events: readonly PublicEvent[], options: CalendarOptions): string {
  const calendar = ical({ name: options.name, description: options.description, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Quartieri', product: 'calendario', language: 'IT' } })
  for (const event of events) {
    const start = DateTime.fromISO(event.start, { zone: TIME_ZONE })
    const end = event.end ? DateTime.fromISO(event.end, { zone: TIME_ZONE }) : start.plus({ hours: 1 })
    const url = new URL(`${options.localePrefix ?? ''}/eventi/${event.slug}`, options.siteUrl).toString()
    const exceptions = (event.recurrence?.exceptions ?? []).map((e) =>
      DateTime.fromISO(e.date.slice(0, 10), { zone: TIME_ZONE }).set({ hour: start.hour, minute: start.minute, second: 0, millisecond: 0 }),
    )
    const repeating: ICalRepeatingOptions | null = isRecurring(event)
      ? {
          freq: ICalEventRepeatingFreq.WEEKLY,
          byDay: event.recurrence!.byDay as ICalWeekday[],
          ...(event.recurrence!.until ? { until: DateTime.fromISO(event.recurrence!.until, { zone: TIME_ZONE }).endOf('day').toJSDate() } : {}),
          // An empty EXDATE line is invalid iCalendar: only events with exceptions get one.
          ...(exceptions.length > 0 ? { exclude: exceptions } : {}),
        }
      : null
    calendar.createEvent({
      id: eventUid(event, options.siteUrl),
      sequence: event.sequence ?? 0,
      stamp: DateTime.fromISO(event.updatedAt, { zone: 'utc' }),
      created: DateTime.fromISO(event.createdAt, { zone: 'utc' }),
      lastModified: DateTime.fromISO(event.updatedAt, { zone: 'utc' }),
      start,
      // All-day: DTEND is the day after the last day, as RFC 5545 end dates are exclusive.
      end: event.allDay ? end.startOf('day').plus({ days: 1 }) : end,
      allDay: event.allDay ?? false,
      timezone: TIME_ZONE,
      summary: event.cancelled ? `[ANNULLATO] ${event.title}` : event.title,
      description: [event.summary, event.cancelled && event.cancellationReason ? `Annullato: ${event.cancellationReason}` : null, url].filter(Boolean).join('\n\n'),
      location: [event.venue?.name, event.venue?.address].filter(Boolean).join(', ') || undefined,
      url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      repeating,
    })
  }
  return withTimezone(calendar.toString())
}

/**
 * Adds the Europe/Rome VTIMEZONE. It is inserted here rather than set on the calendar because a
 * calendar-level zone would make ical-generator write DTSTAMP and UNTIL in local time, not UTC as RFC 5545 requires.
 */
function withTimezone(text: string): string {
  const component = getVtimezoneComponent(TIME_ZONE)
  if (!component) throw new Error(`no VTIMEZONE for ${TIME_ZONE}`)
  const crlf = component.replace(/\r?\n/g, '\r\n').replace(/(\r\n)*$/, '\r\n')
  const at = text.includes('BEGIN:VEVENT') ? text.indexOf('BEGIN:VEVENT') : text.indexOf('END:VCALENDAR')
  const whole = text.slice(0, at) + crlf + text.slice(at)
  return whole.endsWith('\r\n') ? whole : `${whole}\r\n`
}
