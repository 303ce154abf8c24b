import { DateTime } from 'luxon'
import { TIME_ZONE } from '../text/dates.ts'
import { ICAL_WEEKDAYS, isRecurring, type PublicEvent } from './event.ts'

/** One dated happening of an event: the event itself, or one repetition of a recurring one. */
export interface Occurrence {
  event: PublicEvent
  start: Date
  end: Date
  /** The local date (YYYY-MM-DD, Europe/Rome) the occurrence starts on. */
  day: string
}

const DEFAULT_DURATION_MINUTES = 60
const MAX_OCCURRENCES_PER_EVENT = 1_000

function durationMinutes(event: PublicEvent): number {
  const start = DateTime.fromISO(event.start, { zone: TIME_ZONE })
  if (event.allDay) {
    // Until the local midnight after the last day: 23 or 25 hours when the clocks change.
    const lastDay = event.end ? DateTime.fromISO(event.end, { zone: TIME_ZONE }) : start
    return lastDay.startOf('day').plus({ days: 1 }).diff(start, 'minutes').minutes
  }
  if (!event.end) return DEFAULT_DURATION_MINUTES
  return Math.max(0, DateTime.fromISO(event.end).diff(start, 'minutes').minutes)
}

/**
 * The occurrences of `event` that overlap [from, to). A weekly event repeats at the same wall-clock time
 * in Europe/Rome on each chosen weekday, so 09:30 stays 09:30 across daylight-saving changes; exception
 * dates are skipped and nothing goes past `until` (a local date, inclusive).
 */
export function occurrencesOf(event: PublicEvent, from: Date, to: Date): Occurrence[] {
  const first = DateTime.fromISO(event.start, { zone: TIME_ZONE })
  const minutes = durationMinutes(event)
  const make = (start: DateTime): Occurrence => ({ event, start: start.toJSDate(), end: start.plus({ minutes }).toJSDate(), day: start.toISODate()! })
  const overlaps = (o: Occurrence) => o.end > from && o.start < to
  if (!isRecurring(event)) {
    const only = make(first)
    return overlaps(only) || (minutes === 0 && only.start >= from && only.start < to) ? [only] : []
  }
  const days = new Set((event.recurrence!.byDay ?? []).map((d) => ICAL_WEEKDAYS.indexOf(d) + 1))
  const skip = new Set((event.recurrence!.exceptions ?? []).map((e) => e.date.slice(0, 10)))
  const untilDay = event.recurrence!.until ? DateTime.fromISO(event.recurrence!.until, { zone: TIME_ZONE }).toISODate()! : null
  const out: Occurrence[] = []
  // Walk day by day from the first occurrence's date, keeping its wall-clock time.
  const lastDay = DateTime.fromJSDate(to, { zone: TIME_ZONE }).endOf('day')
  let cursor = first.startOf('day')
  const startOfWindow = DateTime.fromJSDate(from, { zone: TIME_ZONE }).minus({ minutes }).startOf('day')
  if (startOfWindow > cursor) cursor = startOfWindow
  for (let guard = 0; cursor <= lastDay && guard < 366 * 5 && out.length < MAX_OCCURRENCES_PER_EVENT; guard++, cursor = cursor.plus({ days: 1 })) {
    const date = cursor.toISODate()!
    if (untilDay && date > untilDay) break
    if (!days.has(cursor.weekday) || skip.has(date)) continue
    const start = DateTime.fromObject({ year: cursor.year, month: cursor.month, day: cursor.day, hour: first.hour, minute: first.minute }, { zone: TIME_ZONE })
    if (start < first) continue
    const occurrence = make(start)
    if (overlaps(occurrence)) out.push(occurrence)
  }
  return out
}

/** Every occurrence of `events` in [from, to), in start order. */
export function occurrencesBetween(events: readonly PublicEvent[], from: Date, to: Date): Occurrence[] {
  return events.flatMap((e) => occurrencesOf(e, from, to)).sort((a, b) => a.start.getTime() - b.start.getTime() || a.event.title.localeCompare(b.event.title, 'it'))
}

/** The local date in Europe/Rome of an instant, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  return DateTime.fromJSDate(date, { zone: TIME_ZONE }).toISODate()!
}

/** Midnight in Europe/Rome of a local date (YYYY-MM-DD), as an instant. */
export function startOfLocalDay(day: string): Date {
  return DateTime.fromISO(day, { zone: TIME_ZONE }).startOf('day').toJSDate()
}

/** The weeks (Monday first) of a month, each a list of 7 local dates, for a month grid. */
export function monthGrid(month: string): string[][] {
  const first = DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE })
  let cursor = first.startOf('week')
  const end = first.endOf('month').endOf('week')
  const weeks: string[][] = []
  while (cursor <= end) {
    weeks.push(Array.from({ length: 7 }, (_, i) => cursor.plus({ days: i }).toISODate()!))
    cursor = cursor.plus({ weeks: 1 })
  }
  return weeks
}

/** The month before and after `month` (YYYY-MM). */
export function adjacentMonths(month: string): { previous: string; next: string } {
  const first = DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE })
  return { previous: first.minus({ months: 1 }).toFormat('yyyy-MM'), next: first.plus({ months: 1 }).toFormat('yyyy-MM') }
}
