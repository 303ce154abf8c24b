import { DateTime } from 'luxon'
import { EVENT_TYPES, type EventType } from './event.ts'
import { cityZone } from '../platform/zone.ts'

/** The calendar's state, all of it in the URL: `quartiere`, `tipo`, `laboratorio`, `da`, `a`, `vista`, `mese`, `pagina`. */
export interface CalendarFilters {
  neighbourhood?: string
  type?: EventType
  laboratory?: string
  from?: string
  to?: string
  view: 'list' | 'month'
  month?: string
  page: number
}

const SLUG = /^[a-z0-9-]{1,120}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
/** The longest span a list may cover, so a request cannot ask for centuries of repetitions. */
export const MAX_SPAN_DAYS = 731
export const LIST_DEFAULT_MONTHS = 6

const validDay = (value: string) => DAY.test(value) && DateTime.fromISO(value, { zone: cityZone }).isValid

/** Reads the filters from a URL's query; null when any of them is malformed (the page answers 400). */
export function parseCalendarFilters(params: URLSearchParams): CalendarFilters | null {
  const get = (name: string) => params.get(name)?.trim() || undefined
  const neighbourhood = get('quartiere')
  const type = get('tipo')
  const laboratory = get('laboratorio')
  const from = get('da')
  const to = get('a')
  const view = get('vista') ?? 'elenco'
  const month = get('mese')
  const pageText = get('pagina') ?? '1'
  if (neighbourhood && !SLUG.test(neighbourhood)) return null
  if (laboratory && !SLUG.test(laboratory)) return null
  if (type && !(EVENT_TYPES as readonly string[]).includes(type)) return null
  if ((from && !validDay(from)) || (to && !validDay(to))) return null
  if (from && to && to < from) return null
  if (view !== 'elenco' && view !== 'mese') return null
  if (month && !MONTH.test(month)) return null
  if (!/^\d{1,5}$/.test(pageText) || Number(pageText) < 1) return null
  return { neighbourhood, type: type as EventType | undefined, laboratory, from, to, view: view === 'mese' ? 'month' : 'list', month, page: Number(pageText) }
}

/** The query string for these filters (for links, pagination and the matching .ics feed). */
export function calendarQuery(filters: Partial<CalendarFilters>, overrides: Partial<CalendarFilters> = {}): string {
  const f = { ...filters, ...overrides }
  const params = new URLSearchParams()
  if (f.neighbourhood) params.set('quartiere', f.neighbourhood)
  if (f.type) params.set('tipo', f.type)
  if (f.laboratory) params.set('laboratorio', f.laboratory)
  if (f.from) params.set('da', f.from)
  if (f.to) params.set('a', f.to)
  if (f.view === 'month') params.set('vista', 'mese')
  if (f.view === 'month' && f.month) params.set('mese', f.month)
  if (f.page && f.page > 1) params.set('pagina', String(f.page))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** Today in Europe/Rome, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return DateTime.fromJSDate(now, { zone: cityZone }).toISODate()!
}

/** The instants [from, to) a list view covers: from `da` (default today) to the end of `a` (default six months on), at most two years. */
export function listWindow(filters: CalendarFilters, now = new Date()): { from: Date; to: Date } {
  const start = DateTime.fromISO(filters.from ?? today(now), { zone: cityZone }).startOf('day')
  const wanted = filters.to ? DateTime.fromISO(filters.to, { zone: cityZone }).plus({ days: 1 }).startOf('day') : start.plus({ months: LIST_DEFAULT_MONTHS })
  const end = DateTime.min(wanted, start.plus({ days: MAX_SPAN_DAYS }))
  return { from: start.toJSDate(), to: end.toJSDate() }
}

/** The month a month view shows (default: this month). */
export function monthOf(filters: CalendarFilters, now = new Date()): string {
  return filters.month ?? DateTime.fromJSDate(now, { zone: cityZone }).toFormat('yyyy-MM')
}
