import { isRecurring, type IcalWeekday, type PublicEvent } from './event.ts'
import type { Occurrence } from './occurrences.ts'
import { localTime } from '../platform/zone.ts'
import { TIME_ZONE } from '../platform/dates.ts'

const SCHEMA_DAYS: Record<IcalWeekday, string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
}

const hhmm = (ms: number) => {
  const { hour, minute } = localTime(ms)
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

export interface EventJsonLdContext {
  /** The event page's absolute address. */
  url: string
  /** The organiser: the city. */
  cityName: string
  /** Where it happens when the event names no venue. */
  neighbourhoodName?: string
}

/**
 * schema.org `Event` data for an event page, from public fields only. A weekly opening is dated by its
 * next occurrence (when there is one) and carries its `eventSchedule`: weekdays, local times in
 * Europe/Rome, first and last day, and the days it is skipped.
 */
export function eventJsonLd(event: PublicEvent, next: readonly Occurrence[], context: EventJsonLdContext): Record<string, unknown> {
  const recurring = isRecurring(event)
  const upcoming = recurring ? next[0] : undefined
  const startDate = upcoming ? upcoming.start.toISOString() : event.start
  const endDate = upcoming ? upcoming.end.toISOString() : (event.end ?? undefined)
  const firstStart = Date.parse(event.start)
  const schedule = recurring
    ? {
        '@type': 'Schedule',
        repeatFrequency: 'P1W',
        byDay: (event.recurrence?.byDay ?? []).map((day) => SCHEMA_DAYS[day]),
        startDate: localTime(firstStart).day,
        ...(event.recurrence?.until ? { endDate: event.recurrence.until.slice(0, 10) } : {}),
        startTime: hhmm(firstStart),
        ...(event.end ? { endTime: hhmm(Date.parse(event.end)) } : {}),
        scheduleTimezone: TIME_ZONE,
        ...(event.recurrence?.exceptions?.length ? { exceptDate: event.recurrence.exceptions.map((e) => e.date.slice(0, 10)) } : {}),
      }
    : null
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate,
    ...(endDate ? { endDate } : {}),
    ...(schedule ? { eventSchedule: schedule } : {}),
    eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(event.summary ? { description: event.summary } : {}),
    url: context.url,
    location: { '@type': 'Place', name: event.venue?.name ?? event.venue?.address ?? context.neighbourhoodName ?? '', address: event.venue?.address ?? '' },
    organizer: { '@type': 'Organization', name: context.cityName },
  }
}
