import { z } from 'zod'
import { DEFAULT_LOCALE, directionOf, isLocaleCode, type LocaleCode } from '@quartieri/shared/platform/locales'
import { config } from '../config.ts'
import { SITE_LOCALES } from './locales.ts'

/*
 * Content in the reader's language. The site asks the CMS for every locale of a document at once
 * (`?locale=all`: each translatable field comes as `{ it: …, en: … }`) and turns it here, at the client's
 * boundary, into the document of one locale: today's shapes, plain strings, which the shared schemas validate
 * and the views show as before. Where a text has no translation the Italian one is taken, and that is recorded
 * on the object that holds the text: `langOf(lab, 'summary')` is 'it' for such a text, so a view marks it
 * `lang="it"` and a screen reader reads it with an Italian voice.
 */

/**
 * The locales of the portal's content, as the CMS is configured (PORTAL_LOCALES, Italian first; default
 * "it,en"): the one place the site reads it. Only these keys make an object a text per locale, and a page's
 * language that is not among them (the city configured no English) shows the Italian texts, marked.
 */
export const CONTENT_LOCALES: readonly LocaleCode[] = config.PORTAL_LOCALES

/** A path in a document: keys and array positions. */
type Path = Array<string | number>

/** What fell back to Italian in one object: the page's locale (for the direction) and the fields. */
interface Fallbacks {
  locale: string
  fields: Set<string>
}

const fallbacksOf = new WeakMap<object, Fallbacks>()

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** No text: nothing, an empty string, an empty list (of themes, say). */
const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

/**
 * One field's value in every locale, as `?locale=all` gives a translatable field: a non-empty object whose
 * keys are all configured locales. (No other field of the portal has such keys: groups and relations have
 * field names.)
 */
export function isLocaleMap(value: unknown, locales: readonly string[] = CONTENT_LOCALES): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => locales.includes(key))
}

/** A document of one locale, with the paths of the texts that are Italian because that locale has none. */
export interface Picked {
  value: unknown
  fallbacks: Path[]
}

/**
 * The document `raw` (of every locale) in `locale`: each text per locale replaced by its text in `locale`, or,
 * where that has none (missing, empty), by the Italian one, whose path is then listed in `fallbacks`. Italian
 * itself never falls back; a locale the portal is not configured for falls back everywhere.
 */
export function pickLocale(raw: unknown, locale: string, locales: readonly string[] = CONTENT_LOCALES): Picked {
  const fallbacks: Path[] = []
  const walk = (value: unknown, path: Path): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]))
    if (!isPlainObject(value)) return value
    // A translatable text never written in any locale comes as `{}` (Payload's `locale=all`): no text. No other
    // field of the portal is an empty object (groups list their fields, even when empty).
    if (Object.keys(value).length === 0) return undefined
    if (isLocaleMap(value, locales)) {
      const own = value[locale]
      if (!isEmpty(own) || locale === DEFAULT_LOCALE) return walk(own, path)
      const italian = value[DEFAULT_LOCALE]
      if (isEmpty(italian)) return walk(own ?? italian, path)
      fallbacks.push(path)
      return walk(italian, path)
    }
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = walk(item, [...path, key])
    return out
  }
  return { value: walk(raw, []), fallbacks }
}

/** Records on `doc` (as validated: the objects of its final shape) which texts are Italian in a page of `locale`. */
function markFallbacks(doc: unknown, paths: readonly Path[], locale: string): void {
  for (const path of paths) {
    if (path.length === 0) continue
    let parent: unknown = doc
    for (const step of path.slice(0, -1)) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string | number, unknown>)[step] : undefined
    if (typeof parent !== 'object' || parent === null) continue
    const field = String(path.at(-1))
    const record = fallbacksOf.get(parent) ?? { locale, fields: new Set<string>() }
    record.fields.add(field)
    fallbacksOf.set(parent, record)
  }
}

/** Each raw document's validated version per locale: made once, kept as long as the raw document (a cached answer, an index entry). */
const inLocaleMemo = new WeakMap<object, Map<string, unknown>>()

/**
 * `raw` (of every locale) in `locale`, validated by `schema`, with its Italian texts recorded (see `langOf`).
 * Memoised per raw object and locale: the same object each time, so views, feeds and memos that key on it work.
 * Throws zod's error when the document does not fit the schema.
 */
export function localise<T>(raw: unknown, locale: string, schema: z.ZodType<T>): T {
  const memo = typeof raw === 'object' && raw !== null ? inLocaleMemo.get(raw) : undefined
  if (memo?.has(locale)) return memo.get(locale) as T
  const picked = pickLocale(raw, locale)
  const doc = schema.parse(picked.value)
  markFallbacks(doc, picked.fallbacks, locale)
  if (typeof raw === 'object' && raw !== null) {
    const map = memo ?? new Map<string, unknown>()
    map.set(locale, doc)
    if (!memo) inLocaleMemo.set(raw, map)
  }
  return doc
}

/** Like `localise`, for a value validated elsewhere: `safeParse`'s way, for callers that turn a mismatch into their own error. */
export function safeLocalise<T>(raw: unknown, locale: string, schema: z.ZodType<T>): { success: true; data: T } | { success: false; error: z.ZodError } {
  try {
    return { success: true, data: localise(raw, locale, schema) }
  } catch (err) {
    if (err && typeof err === 'object' && 'issues' in err) return { success: false, error: err as z.ZodError }
    throw err
  }
}

/**
 * The language of a text of a localised object when it is not the page's: 'it' for a text shown in Italian
 * because it has no translation; undefined for a text in the page's language (and for anything not localised).
 */
export function langOf(holder: object | null | undefined, field: string): typeof DEFAULT_LOCALE | undefined {
  if (!holder) return undefined
  return fallbacksOf.get(holder)?.fields.has(field) ? DEFAULT_LOCALE : undefined
}

/** The attributes of the element that holds a text: `lang="it"` (and `dir="ltr"` on a right-to-left page) for an Italian fallback, none otherwise. */
export function langAttrs(holder: object | null | undefined, field: string): { lang?: string; dir?: 'ltr' } {
  if (!holder || langOf(holder, field) === undefined) return {}
  const pageLocale = fallbacksOf.get(holder)!.locale
  return { lang: DEFAULT_LOCALE, ...(isLocaleCodeRtl(pageLocale) ? { dir: 'ltr' as const } : {}) }
}

const isLocaleCodeRtl = (locale: string) => isLocaleCode(locale) && directionOf(locale) === 'rtl'

/**
 * Makes `target[targetField]` carry the language of `source[sourceField]`: for texts copied into a new object
 * (a row of a register, an entry of a report), so the view can still mark them.
 */
export function copyLang(source: object | null | undefined, sourceField: string, target: object, targetField: string): void {
  if (!source || langOf(source, sourceField) === undefined) return
  const record = fallbacksOf.get(target) ?? { locale: fallbacksOf.get(source)!.locale, fields: new Set<string>() }
  record.fields.add(targetField)
  fallbacksOf.set(target, record)
}

/** The language of a text in a page of `locale`: the page's own, or Italian for a fallback. For formats with a language per text (iCalendar's LANGUAGE). */
export function textLanguage(holder: object | null | undefined, field: string, locale: string): string {
  return langOf(holder, field) ?? (CONTENT_LOCALES.includes(locale as LocaleCode) ? locale : DEFAULT_LOCALE)
}

/**
 * A document of every locale, as an in-memory index keeps it: read once from the CMS (`locale=all`), checked
 * in every language the site offers, and given in one by `in(locale)` (the same object each time).
 */
export class Multilingual<T> {
  constructor(
    readonly raw: object,
    private readonly schema: z.ZodType<T>,
  ) {}

  in(locale: string): T {
    return localise(this.raw, locale, this.schema)
  }
}

/**
 * A schema for a document of every locale: valid when its version in each language the site offers fits
 * `schema`; the value is a `Multilingual`. For `fetchEveryPage`, which validates each document it reads.
 */
export function multilingual<T>(schema: z.ZodType<T>, locales: readonly string[] = SITE_LOCALES): z.ZodType<Multilingual<T>> {
  return z.unknown().transform((raw, ctx) => {
    if (typeof raw !== 'object' || raw === null) {
      ctx.addIssue({ code: 'custom', message: 'not a document' })
      return z.NEVER
    }
    for (const locale of locales) {
      const checked = safeLocalise(raw, locale, schema)
      if (!checked.success) {
        ctx.addIssue({ code: 'custom', message: `in ${locale}: ${checked.error.message}` })
        return z.NEVER
      }
    }
    return new Multilingual(raw, schema)
  }) as unknown as z.ZodType<Multilingual<T>>
}

/**
 * Every text of these documents that is shown in Italian because it has no translation, for texts made of
 * several (a report's labels): a label that contains one of them is Italian, at least in part.
 */
export function fallbackTexts(docs: unknown): Set<string> {
  const found = new Set<string>()
  const seen = new Set<object>()
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    const record = fallbacksOf.get(value)
    if (record)
      for (const field of record.fields) {
        const text = (value as Record<string, unknown>)[field]
        if (typeof text === 'string' && text.trim() !== '') found.add(text)
      }
    for (const item of Array.isArray(value) ? value : Object.values(value)) walk(item)
  }
  walk(docs)
  return found
}

/**
 * Marks `target[field]` Italian when it is (`exact`) or contains one of `italianTexts` (see `fallbackTexts`),
 * in a page of `locale` (for the direction): for texts copied out of the documents into rows and labels.
 */
export function markIfContains(target: object | null | undefined, field: string, italianTexts: ReadonlySet<string>, locale: string, exact = false): void {
  if (!target) return
  const text = (target as Record<string, unknown>)[field]
  if (typeof text !== 'string' || !(exact ? italianTexts.has(text) : [...italianTexts].some((italian) => text.includes(italian)))) return
  const record = fallbacksOf.get(target) ?? { locale, fields: new Set<string>() }
  record.fields.add(field)
  fallbacksOf.set(target, record)
}
