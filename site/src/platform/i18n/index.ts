import { en } from './en.ts'
import { it, type UiKey } from './it.ts'
import { intlTag, type SiteLocale } from './locales.ts'

export type { UiKey }
export { DEFAULT_LOCALE, directionOf, intlTag, nativeNameOf, SITE_LOCALES, type SiteLocale } from './locales.ts'
export { alternates, localePath, publicPath, resolveLocale, type LocaleRoute } from './routing.ts'
/** The language of a page: `Astro.locals.locale`, which the middleware reads from the request path. */
export type Locale = SiteLocale

/** Every site language's UI strings. */
const strings: Record<SiteLocale, Record<UiKey, string>> = { it, en }

const PLACEHOLDER = /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g

/**
 * A translator for one locale: t('key', { name: 'value' }) fills {name} placeholders, and
 * {count|# posto|# posti} picks the singular or plural form by the number, `#` standing for it.
 */
export function translator(locale: SiteLocale) {
  const plurals = new Intl.PluralRules(intlTag(locale))
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    strings[locale][key].replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
      if (!(name in vars)) return whole
      const value = vars[name]!
      if (one === undefined || other === undefined) return String(value)
      const form = typeof value === 'number' && plurals.select(value) === 'one' ? one : other
      return form.replaceAll('#', String(value))
    })
}
