import type { Locale } from '@quartieri/shared/platform/dates'

/**
 * The languages the site is offered in, the default first. The default answers at the unprefixed paths
 * (/patti), every other one under its own prefix (/en/patti), both served by the same route files: the
 * middleware reads the prefix into `Astro.locals.locale` and renders the unprefixed route.
 *
 * Offering another language is adding it here, with what the type checker then asks for: its UI dictionary in
 * ./index.ts and its privacy notice and accessibility statement in ../legal/texts.ts; the dates and numbers of
 * shared/ must know it too (`Locale`). Its writing direction follows from its code (`directionOf`).
 */
export const SITE_LOCALES = ['it', 'en'] as const satisfies readonly Locale[]

export type SiteLocale = (typeof SITE_LOCALES)[number]

/** The language of the unprefixed paths. */
export const DEFAULT_LOCALE: SiteLocale = SITE_LOCALES[0]

export function isSiteLocale(value: string): value is SiteLocale {
  return (SITE_LOCALES as readonly string[]).includes(value)
}

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur'])

/** The writing direction of a language, for `<html dir>`: 'rtl' for Arabic, Hebrew, Persian and Urdu. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}

/** The tag Intl formats a language with when it is not the language code itself ('en': British English, day first). */
const INTL_TAGS: Readonly<Record<string, string>> = { it: 'it-IT', en: 'en-GB' }

/** The BCP 47 tag for Intl (plural rules, numbers, dates) of a site language. */
export function intlTag(locale: SiteLocale): string {
  return INTL_TAGS[locale] ?? locale
}
