/** Every date and time the portal shows is in the city's zone. */
export const TIME_ZONE = 'Europe/Rome'

export type Locale = 'it' | 'en'

const intlLocale: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' }

/**
 * Formatters, one per locale and style, built on first use: building one costs about a tenth of a
 * millisecond, which adds up on a calendar page formatting hundreds of dates, and a formatter can be shared.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function dateFormat(locale: Locale, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date ${style} ${locale}`
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], options)
    formatters.set(key, format)
  }
  return format
}

function numberFormat(locale: Locale, style: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `number ${style} ${locale}`
  let format = formatters.get(key) as Intl.NumberFormat | undefined
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale], options)
    formatters.set(key, format)
  }
  return format
}

const ROME_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/**
 * The Rome calendar date (YYYY-MM-DD) of a stored date or date-time, so a pact signed at 00:30 on 1 January
 * counts in the new year; null when it is missing or not a date. Rome is one or two hours ahead of UTC, so
 * before 22:00 UTC the day there is the UTC day: only later instants need the (much slower) time-zone
 * formatter, which matters when a report reads the dates of ten thousand pacts.
 */
export function romeDay(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null
  const ms = value instanceof Date ? value.getTime() : Date.parse(value)
  if (Number.isNaN(ms)) return null
  const date = new Date(ms)
  if (date.getUTCHours() < 22) {
    const iso = date.toISOString()
    if (iso.length === 24) return iso.slice(0, 10)
  }
  return ROME_DAY.format(date)
}

/** "10 ottobre 2017" / "10 October 2017" for an ISO date or date-time. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return dateFormat(locale, 'long', { dateStyle: 'long', timeZone: TIME_ZONE }).format(date)
}

/** "6.647" / "6,647": integers with the locale's grouping. */
export function formatInteger(value: number, locale: Locale): string {
  return numberFormat(locale, 'integer', { maximumFractionDigits: 0, useGrouping: 'always' }).format(value)
}

/** "sabato 12 dicembre 2026" / "Saturday 12 December 2026". */
export function formatLongDay(date: Date, locale: Locale): string {
  return dateFormat(locale, 'long-day', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(date)
}

/** "4 dic 2026, 20:53" / "4 Dec 2026, 20:53": a moment in the city's zone, as staff screens list them. */
export function formatDateTime(value: string | Date, locale: Locale): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  return dateFormat(locale, 'date-time', { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(date)
}

/** "10:00" in Europe/Rome. */
export function formatTime(date: Date, locale: Locale): string {
  return dateFormat(locale, 'time', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(date)
}

/** "dicembre 2026" / "December 2026" for a YYYY-MM month. */
export function formatMonth(month: string, locale: Locale): string {
  const [year, m] = month.split('-').map(Number)
  return dateFormat(locale, 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, m! - 1, 15)))
}

/** "1.500 €" / "€1,500": euro amounts, with cents only when there are any. */
export function formatEuro(value: number, locale: Locale): string {
  const cents = Math.round(value * 100) % 100 !== 0
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
    useGrouping: 'always',
  }).format(value)
}

/** "15/03/2024" / "15/03/2024": a short date in the city's zone. */
export function formatShortDate(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(intlLocale[locale], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(date)
}
