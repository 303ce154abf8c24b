import { z } from 'zod'
import { importIssueMessage } from './import-messages.ts'
import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from './locales.ts'

/** A text in Italian and, where a translation exists, in other locales; Italian is always there. */
export type PerLocale<T> = { it: T } & Partial<Record<LocaleCode, T>>

/** As an import file writes a translatable text: the Italian text alone, or one text per locale. */
export type Localized<T> = T | PerLocale<T>

const isPerLocale = <T>(value: Localized<T>): value is PerLocale<T> => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, DEFAULT_LOCALE)

/** Every locale's text as an object keyed by locale; a plain value is the Italian one. */
export function perLocale<T>(value: Localized<T>): PerLocale<T> {
  return isPerLocale(value) ? value : { it: value as T }
}

/** The locales a text has (Italian first). */
export const localesOf = <T>(value: Localized<T>): LocaleCode[] => Object.keys(perLocale(value)).filter(isLocaleCode)

/** The text in one locale, or undefined when it has no translation there. */
export const inLocale = <T>(value: Localized<T>, locale: LocaleCode): T | undefined => perLocale(value)[locale]

/** The Italian text, which every localized text has. */
export const italianOf = <T>(value: Localized<T>): T => perLocale(value).it

/** Changes every locale's text (e.g. Markdown paragraphs into rich text), keeping which locales there are. */
export function mapLocalized<T, U>(value: Localized<T>, change: (text: T, locale: LocaleCode) => U): PerLocale<U> {
  const out: Partial<Record<LocaleCode, U>> = {}
  for (const [locale, text] of Object.entries(perLocale(value))) out[locale as LocaleCode] = change(text as T, locale as LocaleCode)
  return out as PerLocale<U>
}

/**
 * The schema of a translatable text in an import file: the Italian text as `text` describes it, or an
 * object of such texts keyed by locale, where Italian is required and only the portal's `locales` may appear.
 */
export function localizedSchema<S extends z.ZodType>(text: S, locales: readonly LocaleCode[]): z.ZodType<Localized<z.output<S>>, Localized<z.input<S>>> {
  const configured = locales.join(', ')
  const shape = Object.fromEntries(locales.map((locale) => [locale, text.optional()]))
  const byLocale = z.looseObject(shape).superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (locales.includes(key as LocaleCode)) continue
      const message = isLocaleCode(key)
        ? `Lingua "${key}" non configurata nel portale (lingue configurate: ${configured}) / locale "${key}" is not configured (configured locales: ${configured})`
        : `"${key}" non è un codice di lingua (lingue configurate: ${configured}) / "${key}" is not a locale code (configured locales: ${configured})`
      ctx.addIssue({ code: 'custom', path: [key], message })
    }
    if (value[DEFAULT_LOCALE] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [DEFAULT_LOCALE],
        message: `Manca il testo in italiano ("${DEFAULT_LOCALE}"), che è obbligatorio / the Italian text ("${DEFAULT_LOCALE}") is required`,
      })
    }
  })
  // Chosen by shape rather than with z.union, so that a problem is reported at its place, never as "invalid input".
  return z.unknown().transform((input, ctx) => {
    const plainObject = typeof input === 'object' && input !== null && !Array.isArray(input)
    const result = (plainObject ? byLocale : text).safeParse(input, { error: importIssueMessage })
    if (result.success) return result.data
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom', input })
    return z.NEVER
  }) as unknown as z.ZodType<Localized<z.output<S>>, Localized<z.input<S>>>
}
