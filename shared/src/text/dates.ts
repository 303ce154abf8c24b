/** Every date and time the portal shows is in the city's zone. */
export const TIME_ZONE = 'Europe/Rome'

export type Locale = 'it' | 'en'

const intlLocale: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' }

/** "10 ottobre 2017" / "10 October 2017" for an ISO date or date-time. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: TIME_ZONE }).format(date)
}

/** "6.647" / "6,647": integers with the locale's grouping. */
export function formatInteger(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 0, useGrouping: 'always' }).format(value)
}
