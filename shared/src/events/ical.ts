import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { foldLines, ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, type ICalEventData, type ICalRepeatingOptions, type ICalWeekday } from 'ical-generator'
import { DateTime } from 'luxon'
import { TIME_ZONE } from '../platform/dates.ts'
import { isRecurring, type PublicEvent } from './event.ts'
import { cityZone, instantOf } from '../platform/zone.ts'

export interface CalendarOptions {
  name: string
  /** The public site's base URL, for event links and stable UIDs. */
  siteUrl: string
  /** Path prefix of event pages: '' (Italian) or '/en'. */
  localePrefix?: string
  description?: string
  /**
   * The language of an event's title and summary (RFC 5545 LANGUAGE on SUMMARY and DESCRIPTION): the feed's
   * own, or Italian where a text has no translation. Without it no LANGUAGE is written.
   */
  languageOf?: (event: PublicEvent, field: 'title' | 'summary') => string
  /** How a cancelled event is marked, in the feed's language (default Italian): its title's prefix and the reason's. */
  cancelled?: { title: string; reason: string }
}

const ITALIAN_CANCELLED = { title: '[ANNULLATO]', reason: 'Annullato:' }

/** A language tag as iCalendar's LANGUAGE parameter takes it (RFC 5646): letters, digits and hyphens only. */
const languageTag = (tag: string | undefined) => (tag && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null)

/** The VEVENT text with LANGUAGE on its SUMMARY and DESCRIPTION (before folding: one line each). */
function withLanguages(text: string, summary: string | null, description: string | null): string {
  let out = text
  if (summary) out = out.replace(/^SUMMARY:/m, `SUMMARY;LANGUAGE=${summary}:`)
  if (description) out = out.replace(/^DESCRIPTION:/m, `DESCRIPTION;LANGUAGE=${description}:`)
  return out
}

/** The UID of an event: stable across edits, unique to this portal. */
export function eventUid(event: Pick<PublicEvent, 'id'>, siteUrl: string): string {
  return `event-${event.id}@${new URL(siteUrl).hostname}`
}

/**
 * Remembers each event's VEVENT text, by site URL and locale prefix, so a feed does not write again the
 * events it wrote before. Only for events that are never changed in place: the site's event index replaces
 * an event's object when the event changes, and the memo forgets the objects nothing else holds.
 */
export type CalendarMemo = WeakMap<PublicEvent, Map<string, string>>

/**
 * An RFC 5545 calendar of published events: TZID Europe/Rome with its VTIMEZONE, RRULE/EXDATE for
 * weekly events, STATUS:CANCELLED, SEQUENCE, URL back to the event page. Lines are folded and end in CRLF.
 */
export function buildCalendar(events: readonly PublicEvent[], options: CalendarOptions, memo?: CalendarMemo): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Quartieri', product: 'calendario', language: 'IT' },
  })
  const languages = (event: PublicEvent) =>
    options.languageOf
      ? { summary: languageTag(options.languageOf(event, 'title')), description: event.summary ? languageTag(options.languageOf(event, 'summary')) : null }
      : { summary: null, description: null }
  const host = new URL(options.siteUrl).hostname
  const variant = `${options.localePrefix ?? ''} ${options.siteUrl} ${options.cancelled?.title ?? ''}`
  // Each VEVENT is written and folded on its own (folding works line by line, so it is the same text as
  // folding the whole calendar), then put between the calendar's first lines and its END:VCALENDAR.
  const vevents: string[] = []
  for (const event of events) {
    let written = memo?.get(event)
    let text = written?.get(variant)
    if (text === undefined) {
      const { summary, description } = languages(event)
      text = foldLines(withLanguages(calendar.createEvent(eventData(event, options, host)).toString(), summary, description))
      calendar.clear()
      if (memo) {
        if (!written) {
          written = new Map()
          memo.set(event, written)
        }
        written.set(variant, text)
      }
    }
    vevents.push(text)
  }
  const empty = calendar.toString()
  const end = empty.lastIndexOf('END:VCALENDAR')
  return withTimezone(empty.slice(0, end) + vevents.join('') + empty.slice(end))
}

/** What ical-generator needs to write one event. */
function eventData(event: PublicEvent, options: CalendarOptions, host: string): ICalEventData {
  const { start, end } = event.allDay ? allDayBounds(event) : timedBounds(event)
  const cancelled = options.cancelled ?? ITALIAN_CANCELLED
  const url = new URL(`${options.localePrefix ?? ''}/eventi/${event.slug}`, options.siteUrl).toString()
  const exceptions = (event.recurrence?.exceptions ?? []).map((e) =>
    DateTime.fromISO(e.date.slice(0, 10), { zone: cityZone }).set({ hour: start.hour, minute: start.minute, second: 0, millisecond: 0 }),
  )
  const repeating: ICalRepeatingOptions | null = isRecurring(event)
    ? {
        freq: ICalEventRepeatingFreq.WEEKLY,
        byDay: event.recurrence!.byDay as ICalWeekday[],
        ...(event.recurrence!.until ? { until: DateTime.fromISO(event.recurrence!.until, { zone: cityZone }).endOf('day').toJSDate() } : {}),
        // An empty EXDATE line is invalid iCalendar: only events with exceptions get one.
        ...(exceptions.length > 0 ? { exclude: exceptions } : {}),
      }
    : null
  return {
    id: `event-${event.id}@${host}`,
    sequence: event.sequence ?? 0,
    stamp: utcInstant(event.updatedAt),
    created: utcInstant(event.createdAt),
    lastModified: utcInstant(event.updatedAt),
    start,
    end,
    allDay: event.allDay ?? false,
    timezone: TIME_ZONE,
    summary: event.cancelled ? `${cancelled.title} ${event.title}` : event.title,
    description: [event.summary, event.cancelled && event.cancellationReason ? `${cancelled.reason} ${event.cancellationReason}` : null, url].filter(Boolean).join('\n\n'),
    location: [event.venue?.name, event.venue?.address].filter(Boolean).join(', ') || undefined,
    url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    repeating,
  }
}

/** An all-day event's first day and, as RFC 5545 end dates are exclusive, the day after its last day. */
function allDayBounds(event: PublicEvent): { start: DateTime; end: DateTime } {
  const start = DateTime.fromISO(event.start, { zone: cityZone })
  const end = event.end ? DateTime.fromISO(event.end, { zone: cityZone }) : start.plus({ hours: 1 })
  return { start, end: end.startOf('day').plus({ days: 1 }) }
}

/**
 * A timed event's start and end (an hour after the start when it has none), in Europe/Rome with memoised
 * offsets: luxon would otherwise ask Intl for the offset several times per date. An unreadable date stays
 * luxon's invalid DateTime, which ical-generator refuses as before.
 */
function timedBounds(event: PublicEvent): { start: DateTime; end: DateTime } {
  const startMs = instantOf(event.start, cityZone)
  const start = Number.isNaN(startMs) ? DateTime.fromISO(event.start, { zone: cityZone }) : DateTime.fromMillis(startMs, { zone: cityZone })
  if (!event.end) return { start, end: start.plus({ hours: 1 }) }
  const endMs = instantOf(event.end, cityZone)
  return { start, end: Number.isNaN(endMs) ? DateTime.fromISO(event.end, { zone: cityZone }) : DateTime.fromMillis(endMs, { zone: cityZone }) }
}

/**
 * A UTC time stamp (DTSTAMP, CREATED, LAST-MODIFIED) as a Date, which ical-generator writes in UTC without
 * luxon's formatting; an unreadable one stays luxon's invalid DateTime, refused as before.
 */
function utcInstant(iso: string): Date | DateTime {
  const ms = instantOf(iso, 'utc')
  return Number.isNaN(ms) ? DateTime.fromISO(iso, { zone: 'utc' }) : new Date(ms)
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
