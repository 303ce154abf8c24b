import type { Locale } from '@quartieri/shared/platform/dates'
import { en } from './en.ts'
import { it, type UiKey } from './it.ts'

export type { Locale, UiKey }

const strings: Record<Locale, Record<UiKey, string>> = { it, en }

/** The locale of a request path: English under /en, Italian everywhere else. */
export function localeOf(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'it'
}

const PLACEHOLDER = /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g

/**
 * A translator for one locale: t('key', { name: 'value' }) fills {name} placeholders, and
 * {count|# posto|# posti} picks the singular or plural form by the number, `#` standing for it.
 */
export function translator(locale: Locale) {
  const plurals = new Intl.PluralRules(locale === 'it' ? 'it-IT' : 'en-GB')
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    strings[locale][key].replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
      if (!(name in vars)) return whole
      const value = vars[name]!
      if (one === undefined || other === undefined) return String(value)
      const form = typeof value === 'number' && plurals.select(value) === 'one' ? one : other
      return form.replaceAll('#', String(value))
    })
}

/** A public path in the given locale: localePath('en', '/quartieri') → '/en/quartieri'. */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'it') return path
  return path === '/' ? '/en' : `/en${path}`
}

/** The same page in the other locale. */
export function alternatePath(pathname: string): string {
  if (localeOf(pathname) === 'en') return pathname.replace(/^\/en/, '') || '/'
  return localePath('en', pathname)
}
