import { DateTime } from 'luxon'
import { ICAL_WEEKDAYS, isRecurring, type PublicEvent } from './event.ts'
import { cityZone, instantOf, localDayOf, localTime, type LocalTime } from '../platform/zone.ts'

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

/** When an event first starts: the instant and its local date and wall-clock time in Europe/Rome. */
interface FirstStart extends LocalTime {
  ms: number
}

function firstStart(event: PublicEvent): FirstStart {
  const ms = instantOf(event.start, cityZone)
  if (!Number.isNaN(ms)) return { ms, ...localTime(ms) }
  const first = DateTime.fromISO(event.start, { zone: cityZone })
  return { ms: first.toMillis(), day: first.toISODate()!, hour: first.hour, minute: first.minute }
}

function durationMinutes(event: PublicEvent, startMs: number): number {
  if (event.allDay) {
    // Until the local midnight after the last day: 23 or 25 hours when the clocks change.
    const start = DateTime.fromISO(event.start, { zone: cityZone })
    const lastDay = event.end ? DateTime.fromISO(event.end, { zone: cityZone }) : start
    return lastDay.startOf('day').plus({ days: 1 }).diff(start, 'minutes').minutes
  }
  if (!event.end) return DEFAULT_DURATION_MINUTES
  return Math.max(0, (instantOf(event.end) - startMs) / 60_000)
}

const DAY_MS = 86_400_000
/** Instants of local wall-clock times, memoised: many events open at the same hour on the same days. */
const wallClock = new Map<string, number>()

/** The instant of `hh:mm` on a local date (YYYY-MM-DD) in Europe/Rome, whatever the offset that day. */
function localInstant(day: string, hour: number, minute: number): number {
  const key = `${day}T${hour}:${minute}`
  let ms = wallClock.get(key)
  if (ms === undefined) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number]
    ms = DateTime.fromObject({ year: y, month: m, day: d, hour, minute }, { zone: cityZone }).toMillis()
    if (wallClock.size > 50_000) wallClock.clear()
    wallClock.set(key, ms)
  }
  return ms
}

/** A civil date as YYYY-MM-DD from a UTC-midnight timestamp (dates are walked in plain UTC arithmetic). */
const civil = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * The occurrences of `event` that overlap [from, to). A weekly event repeats at the same wall-clock time
 * in Europe/Rome on each chosen weekday, so 09:30 stays 09:30 across daylight-saving changes; exception
 * dates are skipped and nothing goes past `until` (a local date, inclusive).
 */
export function occurrencesOf(event: PublicEvent, from: Date, to: Date): Occurrence[] {
  const first = firstStart(event)
  const minutes = durationMinutes(event, first.ms)
  const fromMs = from.getTime()
  const toMs = to.getTime()
  // A window that is not a date has nothing in it.
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) return []
  const make = (startMs: number, day: string): Occurrence => ({ event, start: new Date(startMs), end: new Date(startMs + minutes * 60_000), day })
  // As the Dates of `make` compare: whole milliseconds.
  const overlaps = (startMs: number) => Math.trunc(startMs + minutes * 60_000) > fromMs && startMs < toMs
  if (!isRecurring(event)) {
    return overlaps(first.ms) || (minutes === 0 && first.ms >= fromMs && first.ms < toMs) ? [make(first.ms, first.day)] : []
  }
  // ISO weekday numbers (Monday 1 … Sunday 7) of the chosen days.
  const days = new Set((event.recurrence!.byDay ?? []).map((d) => ICAL_WEEKDAYS.indexOf(d) + 1))
  const skip = new Set((event.recurrence!.exceptions ?? []).map((e) => DateTime.fromISO(e.date, { zone: cityZone }).toISODate()!))
  const untilDay = event.recurrence!.until ? DateTime.fromISO(event.recurrence!.until, { zone: cityZone }).toISODate()! : null
  const firstDay = first.day
  const out: Occurrence[] = []
  // Walk local dates from the later of the first date and the window's start (less one occurrence), to the window's end.
  const windowStartDay = localDayOf(fromMs - minutes * 60_000)
  const lastDay = localDayOf(toMs)
  // biome-ignore lint/complexity/useMathMinMax: the days are YYYY-MM-DD strings, compared as text
  let cursor = Date.parse(`${windowStartDay > firstDay ? windowStartDay : firstDay}T00:00:00Z`)
  const end = Date.parse(`${untilDay && untilDay < lastDay ? untilDay : lastDay}T00:00:00Z`)
  for (; cursor <= end && out.length < MAX_OCCURRENCES_PER_EVENT; cursor += DAY_MS) {
    const weekday = ((new Date(cursor).getUTCDay() + 6) % 7) + 1
    if (!days.has(weekday)) continue
    const day = civil(cursor)
    if (skip.has(day)) continue
    const startMs = localInstant(day, first.hour, first.minute)
    if (startMs < first.ms) continue
    if (overlaps(startMs)) out.push(make(startMs, day))
  }
  return out
}

/** Titles in Italian alphabetical order (one collator, not one per comparison as `localeCompare(…, 'it')` builds). */
const byTitle = new Intl.Collator('it').compare

/** Every occurrence of `events` in [from, to), in start order. */
export function occurrencesBetween(events: readonly PublicEvent[], from: Date, to: Date): Occurrence[] {
  return events.flatMap((e) => occurrencesOf(e, from, to)).sort((a, b) => a.start.getTime() - b.start.getTime() || byTitle(a.event.title, b.event.title))
}

/** The local date in Europe/Rome of an instant, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const ms = date.getTime()
  return Number.isNaN(ms) ? DateTime.fromJSDate(date, { zone: cityZone }).toISODate()! : localDayOf(ms)
}

/** Midnight in Europe/Rome of a local date (YYYY-MM-DD), as an instant. */
export function startOfLocalDay(day: string): Date {
  return DateTime.fromISO(day, { zone: cityZone }).startOf('day').toJSDate()
}

/** The weeks (Monday first) of a month, each a list of 7 local dates, for a month grid. */
export function monthGrid(month: string): string[][] {
  const first = DateTime.fromISO(`${month}-01`, { zone: cityZone })
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
  const first = DateTime.fromISO(`${month}-01`, { zone: cityZone })
  return { previous: first.minus({ months: 1 }).toFormat('yyyy-MM'), next: first.plus({ months: 1 }).toFormat('yyyy-MM') }
}
