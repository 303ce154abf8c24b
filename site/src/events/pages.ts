import type { Availability } from '@quartieri/shared/laboratories/laboratory'
import { calendarQuery, listWindow, monthOf, type CalendarFilters } from '@quartieri/shared/events/calendar-filters'
import type { PublicEvent } from '@quartieri/shared/events/event'
import { monthGrid, occurrencesBetween, occurrencesOf, startOfLocalDay, type Occurrence } from '@quartieri/shared/events/occurrences'
import { isRoutineOpening, setOpeningsApart } from '@quartieri/shared/events/openings'
import { eventsBetween, getEvent, getEventAvailability, type EventFilters } from './cms.ts'
import { laboratoryOptions, type LaboratoryOption } from '../laboratories/cms.ts'
import { neighbourhoodOptions, type NeighbourhoodOption } from '../neighbourhoods/cms.ts'
import { loadPage, type PageData } from '../platform/page-data.ts'
import type { SiteLocale } from '../platform/i18n/locales.ts'

const UPCOMING_MONTHS = 6

/** How far ahead the next dates are looked for first (days), before the whole UPCOMING_MONTHS. */
const UPCOMING_FIRST_LOOKS = [7, 31]

/**
 * The next `count` dates matching `filters`, from now on (at most UPCOMING_MONTHS ahead); with `withoutOpenings`,
 * the routine opening hours of info desks are left out (the home page lists events, not every weekday's opening).
 */
export async function upcomingOccurrences(
  filters: EventFilters,
  count: number,
  locale: SiteLocale,
  now = new Date(),
  { withoutOpenings = false }: { withoutOpenings?: boolean } = {},
): Promise<Occurrence[]> {
  const to = new Date(now.getTime() + UPCOMING_MONTHS * 31 * 86_400_000)
  const kept = (found: Occurrence[]) => (withoutOpenings ? found.filter((o) => !isRoutineOpening(o.event)) : found)
  // With thousands of events the next few are days away: a week's dates, or a month's, are enough when
  // there are `count` of them, as every date further on starts later than those.
  for (const days of UPCOMING_FIRST_LOOKS) {
    const near = new Date(now.getTime() + days * 86_400_000)
    if (near >= to) break
    const found = kept(occurrencesBetween(await eventsBetween(now, near, filters, locale), now, near))
    if (found.length >= count) return found.slice(0, count)
  }
  return kept(occurrencesBetween(await eventsBetween(now, to, filters, locale), now, to)).slice(0, count)
}

export const EVENTS_PER_PAGE = 20

export type CalendarData =
  | {
      view: 'list'
      filters: CalendarFilters
      occurrences: Occurrence[]
      total: number
      page: number
      totalPages: number
      /** Routine opening hours in the window, listed once each beside the dates (unless info desks were asked for). */
      openings: PublicEvent[]
      neighbourhoods: NeighbourhoodOption[]
      labs: LaboratoryOption[]
    }
  | {
      view: 'month'
      filters: CalendarFilters
      month: string
      weeks: string[][]
      byDay: Map<string, Occurrence[]>
      total: number
      openings: PublicEvent[]
      neighbourhoods: NeighbourhoodOption[]
      labs: LaboratoryOption[]
    }

/** A month grid's dates: the weeks shown, the occurrences by local day, and how many fall in the month itself. */
export async function monthCalendar(
  filters: CalendarFilters,
  locale: SiteLocale,
  now = new Date(),
): Promise<{ month: string; weeks: string[][]; byDay: Map<string, Occurrence[]>; total: number; openings: PublicEvent[] }> {
  const filterBy = { neighbourhood: filters.neighbourhood, type: filters.type, laboratory: filters.laboratory }
  const month = monthOf(filters, now)
  const weeks = monthGrid(month)
  const from = startOfLocalDay(weeks[0]![0]!)
  const to = startOfLocalDay(weeks.at(-1)!.at(-1)!)
  const until = new Date(to.getTime() + 86_400_000 + 3_600_000)
  const { events: occurrences, openings } = apart(filters, occurrencesBetween(await eventsBetween(from, until, filterBy, locale), from, until))
  const byDay = new Map<string, Occurrence[]>()
  for (const o of occurrences) {
    const onDay = byDay.get(o.day)
    if (onDay) onDay.push(o)
    else byDay.set(o.day, [o])
  }
  const inMonth = occurrences.filter((o) => o.day.startsWith(month)).length
  return { month, weeks, byDay, total: inMonth, openings }
}

/** The dates and the routine openings apart; with info desks asked for by type, every date of them is a date. */
function apart(filters: CalendarFilters, occurrences: Occurrence[]): { events: Occurrence[]; openings: PublicEvent[] } {
  return filters.type ? { events: occurrences, openings: [] } : setOpeningsApart(occurrences)
}

/** A page of a list's dates with the total count; null for a page past the last one. */
export async function listCalendar(
  filters: CalendarFilters,
  locale: SiteLocale,
  now = new Date(),
): Promise<{ occurrences: Occurrence[]; total: number; page: number; totalPages: number; openings: PublicEvent[] } | null> {
  const filterBy = { neighbourhood: filters.neighbourhood, type: filters.type, laboratory: filters.laboratory }
  const { from, to } = listWindow(filters, now)
  const { events: occurrences, openings } = apart(filters, occurrencesBetween(await eventsBetween(from, to, filterBy, locale), from, to))
  const totalPages = Math.max(1, Math.ceil(occurrences.length / EVENTS_PER_PAGE))
  if (filters.page > totalPages) return null
  const page = occurrences.slice((filters.page - 1) * EVENTS_PER_PAGE, filters.page * EVENTS_PER_PAGE)
  return { occurrences: page, total: occurrences.length, page: filters.page, totalPages, openings }
}

/** The calendar page: a page of dates (list) or a month grid; bad filters are a 400, a page past the end a 404. */
export async function loadCalendar(filters: CalendarFilters | null, locale: SiteLocale, now = new Date()): Promise<PageData<CalendarData>> {
  if (filters === null) return { status: 400, settings: (await loadPage(async () => true)).settings }
  return loadPage(async () => {
    const [neighbourhoods, labs] = await Promise.all([neighbourhoodOptions(), laboratoryOptions(locale)])
    if (filters.view === 'month') {
      const grid = await monthCalendar(filters, locale, now)
      return { view: 'month' as const, filters, ...grid, neighbourhoods, labs }
    }
    const list = await listCalendar(filters, locale, now)
    if (list === null) return null
    return { view: 'list' as const, filters, ...list, neighbourhoods, labs }
  })
}

/** An event with its next dates and, when it takes registrations, its seat counts. */
export const loadEvent = (
  slug: string | undefined,
  locale: SiteLocale,
  now = new Date(),
): Promise<PageData<{ event: PublicEvent; next: Occurrence[]; availability: Availability | null }>> =>
  loadPage(async () => {
    const event = slug ? await getEvent(slug, locale) : null
    if (!event) return null
    const next = occurrencesOf(event, now, new Date(now.getTime() + 366 * 86_400_000)).slice(0, 6)
    const availability = event.registration?.mode === 'required' ? await getEventAvailability(event.id) : null
    return { event, next, availability }
  })

export { calendarQuery }
