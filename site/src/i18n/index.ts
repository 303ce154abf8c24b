import type { Locale } from '@quartieri/shared/text/dates'
import { en } from './en.ts'
import { it, type UiKey } from './it.ts'

export type { Locale, UiKey }

const strings: Record<Locale, Record<UiKey, string>> = { it, en }

/** The locale of a request path: English under /en, Italian everywhere else. */
export function localeOf(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'it'
}

/** A translator for one locale: t('key', { name: 'value' }) fills {name} placeholders. */
export function translator(locale: Locale) {
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    strings[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
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
