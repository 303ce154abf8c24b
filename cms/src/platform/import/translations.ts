import type { Payload, PayloadRequest, TypedLocale } from 'payload'
import { mapLocalized, type Localized } from '@quartieri/shared/platform/localized-text'
import { DEFAULT_LOCALE, type LocaleCode } from '@quartieri/shared/platform/locales'

/** A translatable value in the data the importer writes: what to store in each locale the record gives. */
export class Translations {
  constructor(readonly byLocale: Partial<Record<LocaleCode, unknown>>) {}
}

/** A record's translatable text (plain, or per locale) as it is written, changed by `change` in each locale (e.g. Markdown into rich text). */
export function translated<T>(value: Localized<T> | undefined, change: (text: T) => unknown = (text) => text): Translations | null {
  return value === undefined ? null : new Translations(mapLocalized(value, change))
}

type Doc = Record<string, unknown>
const isPlainObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Translations)

/** The data to write in one locale: each translatable value replaced by its text there, null where there is none. */
export function dataInLocale(data: unknown, locale: LocaleCode): unknown {
  if (data instanceof Translations) return data.byLocale[locale] ?? null
  if (Array.isArray(data)) return data.map((item) => dataInLocale(item, locale))
  if (isPlainObject(data)) return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, dataInLocale(value, locale)]))
  return data
}

/** The locales, other than Italian, for which the data has a text. */
export function translationLocales(data: unknown, found = new Set<LocaleCode>()): Set<LocaleCode> {
  if (data instanceof Translations) {
    for (const locale of Object.keys(data.byLocale) as LocaleCode[]) if (locale !== DEFAULT_LOCALE) found.add(locale)
  } else if (Array.isArray(data)) {
    for (const item of data) translationLocales(item, found)
  } else if (isPlainObject(data)) {
    for (const value of Object.values(data)) translationLocales(value, found)
  }
  return found
}

/**
 * Gives the rows of every array the ids the Italian write gave them: Payload matches a translation to its
 * row by id, so the rows' Italian texts stay. Rich text (a `root`) is left as it is.
 */
export function withRowIds(data: unknown, written: unknown): unknown {
  if (Array.isArray(data) && Array.isArray(written)) {
    return data.map((row, i) => {
      const writtenRow = written[i] as unknown
      if (!isPlainObject(row) || !isPlainObject(writtenRow)) return row
      const merged = withRowIds(row, writtenRow) as Doc
      return writtenRow.id === undefined ? merged : { ...merged, id: writtenRow.id }
    })
  }
  if (isPlainObject(data) && isPlainObject(written) && !('root' in data)) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, withRowIds(value, written[key])]))
  }
  return data
}

type Writable = Parameters<Payload['update']>[0]['collection']

/**
 * Writes the translations of a document the importer has just written in Italian, one locale at a time.
 * `locales` are those to write: null texts clear a translation the record no longer has. The request's
 * locale is put back afterwards, since Payload keeps the last one on a shared request.
 */
export async function writeTranslations(
  payload: Payload,
  req: PayloadRequest,
  collection: Writable,
  written: { id: number | string } & Doc,
  data: unknown,
  locales: Iterable<LocaleCode>,
  draft: boolean,
): Promise<void> {
  const { locale, fallbackLocale } = req
  try {
    for (const target of locales) {
      if (target === DEFAULT_LOCALE) continue
      const translation = withRowIds(dataInLocale(data, target), written)
      // The generated types know the locales the types were generated with; a city may configure more.
      await payload.update({
        collection,
        id: written.id,
        data: translation as never,
        locale: target as TypedLocale,
        fallbackLocale: false,
        draft,
        req,
        overrideAccess: true,
        depth: 0,
      })
    }
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
