import type { PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { LAB_PHASES, type Availability, type LabPhase, type PublicLaboratory } from '@quartieri/shared/laboratories/laboratory'
import { calendarQuery, listWindow, monthOf, type CalendarFilters } from '@quartieri/shared/events/calendar-filters'
import type { PublicEvent } from '@quartieri/shared/events/event'
import { monthGrid, occurrencesBetween, occurrencesOf, startOfLocalDay, type Occurrence } from '@quartieri/shared/events/occurrences'
import type { PublicPact } from '@quartieri/shared/pacts/pact'
import { pactsOfLaboratory } from '../pacts/pact-index.ts'
import { CmsUnavailableError, eventsBetween, getEvent, getEventAvailability, type EventFilters, getAvailability, getLaboratory, getNeighbourhood, getSettings, listLaboratories, listNeighbourhoods, listResults, type Page, laboratoryOptions, neighbourhoodOptions, type LaboratoryOption, type NeighbourhoodOption } from './cms.ts'

/** What a page needs, with the HTTP status it should answer. */
export type PageData<T> = { status: 200; settings: PublicSettings; data: T } | { status: 400 | 404 | 503; settings: PublicSettings | null }

async function load<T>(fetchData: () => Promise<T | null>): Promise<PageData<T>> {
  try {
    const [settings, data] = await Promise.all([getSettings(), fetchData()])
    if (data === null) return { status: 404, settings }
    return { status: 200, settings, data }
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return { status: 503, settings: null }
    }
    throw err
  }
}

export const loadSettingsOnly = () => load(async () => true)
/** The `pagina` query parameter: 1 when absent, null when it is not a whole number from 1 to 10 000. */
export function pageNumber(url: URL): number | null {
  const raw = url.searchParams.get('pagina')
  if (raw === null || raw === '') return 1
  if (!/^\d{1,5}$/.test(raw)) return null
  const page = Number(raw)
  return page >= 1 && page <= 10_000 ? page : null
}

/** A page of the neighbourhood list; a page past the last one is a 404, a malformed page number a 400. */
export async function loadNeighbourhoodList(page: number | null, perPage = 24): Promise<PageData<Page<PublicNeighbourhood>>> {
  if (page === null) {
    const settings = await load(async () => true)
    return { status: 400, settings: settings.settings }
  }
  return load(async () => {
    const result = await listNeighbourhoods(page, perPage)
    return page > 1 && page > result.totalPages ? null : result
  })
}
/** A neighbourhood with the first page of its labs. */
export const loadNeighbourhood = (slug: string | undefined): Promise<PageData<{ neighbourhood: PublicNeighbourhood; labs: PublicLaboratory[]; upcoming: Occurrence[] }>> =>
  load(async () => {
    const neighbourhood = slug ? await getNeighbourhood(slug) : null
    if (!neighbourhood) return null
    const [labs, upcoming] = await Promise.all([listLaboratories({ neighbourhood: neighbourhood.slug, perPage: 12 }), upcomingOccurrences({ neighbourhood: neighbourhood.slug }, 5)])
    return { neighbourhood, labs: labs.docs, upcoming }
  })

export interface LabFilters {
  page: number
  neighbourhood?: string
  phase?: LabPhase
}

/** The lab list's filters from the URL (`quartiere`, `fase`, `pagina`), or null when one is malformed. */
export function labFilters(url: URL): LabFilters | null {
  const page = pageNumber(url)
  const phase = url.searchParams.get('fase') || undefined
  const neighbourhood = url.searchParams.get('quartiere') || undefined
  if (page === null) return null
  if (phase !== undefined && !(LAB_PHASES as readonly string[]).includes(phase)) return null
  if (neighbourhood !== undefined && !/^[a-z0-9-]{1,120}$/.test(neighbourhood)) return null
  return { page, phase: phase as LabPhase | undefined, neighbourhood }
}

/** A page of labs with the neighbourhoods for the filter; bad filters are a 400, a page past the end a 404. */
export async function loadLaboratoryList(filters: LabFilters | null): Promise<PageData<{ labs: Page<PublicLaboratory>; neighbourhoods: NeighbourhoodOption[]; filters: LabFilters }>> {
  if (filters === null) return { status: 400, settings: (await load(async () => true)).settings }
  return load(async () => {
    const [labs, neighbourhoods] = await Promise.all([listLaboratories(filters), neighbourhoodOptions()])
    if (filters.page > 1 && filters.page > labs.totalPages) return null
    return { labs, neighbourhoods, filters }
  })
}

/** The pacts a lab produced; the lab page still shows, without them, if the pact index cannot load. */
async function labPacts(labId: number | string): Promise<PublicPact[]> {
  try {
    return await pactsOfLaboratory(labId)
  } catch (err) {
    console.error('pacts of a laboratory unavailable', err)
    return []
  }
}

/** A lab with its seat counts, next dates and the pacts it produced. */
export const loadLaboratory = (slug: string | undefined): Promise<PageData<{ lab: PublicLaboratory; availability: Availability; upcoming: Occurrence[]; pacts: PublicPact[] }>> =>
  load(async () => {
    const lab = slug ? await getLaboratory(slug) : null
    if (!lab) return null
    const [availability, upcoming, pacts] = await Promise.all([getAvailability(lab.id), upcomingOccurrences({ laboratory: lab.slug }, 5), labPacts(lab.id)])
    return { lab, availability, upcoming, pacts }
  })

/** The home page: a few neighbourhoods, the next dates everywhere and the latest results. */
export const loadHome = () =>
  load(async () => {
    const [neighbourhoods, upcoming, results] = await Promise.all([listNeighbourhoods(1, 6), upcomingOccurrences({}, 5), listResults({ perPage: 3 })])
    return { neighbourhoods: neighbourhoods.docs, upcoming, results: results.docs }
  })

const UPCOMING_MONTHS = 6

/** How far ahead the next dates are looked for first (days), before the whole UPCOMING_MONTHS. */
const UPCOMING_FIRST_LOOKS = [7, 31]

/** The next `count` dates matching `filters`, from now on (at most UPCOMING_MONTHS ahead). */
export async function upcomingOccurrences(filters: EventFilters, count: number, now = new Date()): Promise<Occurrence[]> {
  const to = new Date(now.getTime() + UPCOMING_MONTHS * 31 * 86_400_000)
  // With thousands of events the next few are days away: a week's dates, or a month's, are enough when
  // there are `count` of them, as every date further on starts later than those.
  for (const days of UPCOMING_FIRST_LOOKS) {
    const near = new Date(now.getTime() + days * 86_400_000)
    if (near >= to) break
    const found = occurrencesBetween(await eventsBetween(now, near, filters), now, near)
    if (found.length >= count) return found.slice(0, count)
  }
  return occurrencesBetween(await eventsBetween(now, to, filters), now, to).slice(0, count)
}

export const EVENTS_PER_PAGE = 20

export type CalendarData =
  | { view: 'list'; filters: CalendarFilters; occurrences: Occurrence[]; total: number; page: number; totalPages: number; neighbourhoods: NeighbourhoodOption[]; labs: LaboratoryOption[] }
  | { view: 'month'; filters: CalendarFilters; month: string; weeks: string[][]; byDay: Map<string, Occurrence[]>; total: number; neighbourhoods: NeighbourhoodOption[]; labs: LaboratoryOption[] }

/** A month grid's dates: the weeks shown, the occurrences by local day, and how many fall in the month itself. */
export async function monthCalendar(filters: CalendarFilters, now = new Date()): Promise<{ month: string; weeks: string[][]; byDay: Map<string, Occurrence[]>; total: number }> {
  const filterBy = { neighbourhood: filters.neighbourhood, type: filters.type, laboratory: filters.laboratory }
  const month = monthOf(filters, now)
  const weeks = monthGrid(month)
  const from = startOfLocalDay(weeks[0]![0]!)
  const to = startOfLocalDay(weeks.at(-1)!.at(-1)!)
  const until = new Date(to.getTime() + 86_400_000 + 3_600_000)
  const occurrences = occurrencesBetween(await eventsBetween(from, until, filterBy), from, until)
  const byDay = new Map<string, Occurrence[]>()
  for (const o of occurrences) {
    const onDay = byDay.get(o.day)
    if (onDay) onDay.push(o)
    else byDay.set(o.day, [o])
  }
  const inMonth = occurrences.filter((o) => o.day.startsWith(month)).length
  return { month, weeks, byDay, total: inMonth }
}

/** A page of a list's dates with the total count; null for a page past the last one. */
export async function listCalendar(filters: CalendarFilters, now = new Date()): Promise<{ occurrences: Occurrence[]; total: number; page: number; totalPages: number } | null> {
  const filterBy = { neighbourhood: filters.neighbourhood, type: filters.type, laboratory: filters.laboratory }
  const { from, to } = listWindow(filters, now)
  const occurrences = occurrencesBetween(await eventsBetween(from, to, filterBy), from, to)
  const totalPages = Math.max(1, Math.ceil(occurrences.length / EVENTS_PER_PAGE))
  if (filters.page > totalPages) return null
  const page = occurrences.slice((filters.page - 1) * EVENTS_PER_PAGE, filters.page * EVENTS_PER_PAGE)
  return { occurrences: page, total: occurrences.length, page: filters.page, totalPages }
}

/** The calendar page: a page of dates (list) or a month grid; bad filters are a 400, a page past the end a 404. */
export async function loadCalendar(filters: CalendarFilters | null, now = new Date()): Promise<PageData<CalendarData>> {
  if (filters === null) return { status: 400, settings: (await load(async () => true)).settings }
  return load(async () => {
    const [neighbourhoods, labs] = await Promise.all([neighbourhoodOptions(), laboratoryOptions()])
    if (filters.view === 'month') {
      const grid = await monthCalendar(filters, now)
      return { view: 'month' as const, filters, ...grid, neighbourhoods, labs }
    }
    const list = await listCalendar(filters, now)
    if (list === null) return null
    return { view: 'list' as const, filters, ...list, neighbourhoods, labs }
  })
}

/** An event with its next dates and, when it takes registrations, its seat counts. */
export const loadEvent = (slug: string | undefined, now = new Date()): Promise<PageData<{ event: PublicEvent; next: Occurrence[]; availability: Availability | null }>> =>
  load(async () => {
    const event = slug ? await getEvent(slug) : null
    if (!event) return null
    const next = occurrencesOf(event, now, new Date(now.getTime() + 366 * 86_400_000)).slice(0, 6)
    const availability = event.registration?.mode === 'required' ? await getEventAvailability(event.id) : null
    return { event, next, availability }
  })

export { calendarQuery }
