import type { Locale } from '@quartieri/shared/platform/dates'
import { DEFAULT_LOCALE as REFERENCE_LOCALE, isLocaleCode, KNOWN_LOCALES, type LocaleCode } from '@quartieri/shared/platform/locales'

/**
 * The languages the site is offered in, the default first. The default answers at the unprefixed paths
 * (/patti), every other one under its own prefix (/en/patti), both served by the same route files: the
 * middleware reads the prefix into `Astro.locals.locale` and renders the unprefixed route.
 *
 * Offering another language is adding it here (a language the portal knows, shared/platform/locales.ts; later
 * this list may come from the portal's configured languages, those among them with a UI dictionary), with what
 * the type checker then asks for: its UI dictionary in ./index.ts and its privacy notice and accessibility
 * statement in ../legal/texts.ts; the dates and numbers of shared/ must know it too (`Locale`). Its writing
 * direction and its name in the language menu come with it (`KNOWN_LOCALES`).
 */
export const SITE_LOCALES = ['it', 'en'] as const satisfies readonly (Locale & LocaleCode)[]

export type SiteLocale = (typeof SITE_LOCALES)[number]

/** The language of the unprefixed paths: the portal's reference language. */
export const DEFAULT_LOCALE: SiteLocale = REFERENCE_LOCALE

export function isSiteLocale(value: string): value is SiteLocale {
  return (SITE_LOCALES as readonly string[]).includes(value)
}

/** The language's own name, as a reader looks for it in the language menu ('Italiano', 'English'). */
export const nativeNameOf = (locale: SiteLocale): string => KNOWN_LOCALES[locale].nativeName

/** Languages written right to left, Hebrew too, which the portal does not know (yet). */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur'])

/**
 * The writing direction of a language, for `<html dir>`: as the portal's list of languages says for those it knows
 * ('rtl' for Arabic, Persian, Urdu), else 'rtl' for Arabic, Hebrew, Persian and Urdu; region subtags ignored.
 */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.split('-')[0]!.toLowerCase()
  if (isLocaleCode(language)) return KNOWN_LOCALES[language].direction
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr'
}

/** The tag Intl formats a language with when it is not the language code itself ('en': British English, day first). */
const INTL_TAGS: Readonly<Record<string, string>> = { it: 'it-IT', en: 'en-GB' }

/** The BCP 47 tag for Intl (plural rules, numbers, dates) of a site language. */
export function intlTag(locale: SiteLocale): string {
  return INTL_TAGS[locale] ?? locale
}
