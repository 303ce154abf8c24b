import { DEFAULT_LOCALE } from '@quartieri/shared/platform/locales'

type Doc = Record<string, unknown>

const isPlainObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** A value already kept per locale (`{ it: …, en: … }`), as opposed to one text (a string, a list, or rich text with its `root`). */
const isPerLocale = (value: unknown) => isPlainObject(value) && !('root' in value) && Object.hasOwn(value, DEFAULT_LOCALE)

/**
 * Changes the values at `path` in a stored document: dot-separated names, `*` for every row of an array
 * (`venue.openingHours.*.note`). Returns whether anything changed; the document is changed in place.
 */
export function changeAt(doc: unknown, path: string, change: (value: unknown) => unknown): boolean {
  const [head, ...rest] = path.split('.')
  if (head === undefined) return false
  if (head === '*') return Array.isArray(doc) && doc.map((row) => changeAt(row, rest.join('.'), change)).some(Boolean)
  if (!isPlainObject(doc) || !(head in doc)) return false
  if (rest.length > 0) return changeAt(doc[head], rest.join('.'), change)
  const before = doc[head]
  const after = change(before)
  if (after === before) return false
  doc[head] = after
  return true
}

/** One text becomes the Italian text of a translatable field; empty values and values already per locale stay. */
export const toItalian = (value: unknown): unknown => (value === undefined || value === null || isPerLocale(value) ? value : { [DEFAULT_LOCALE]: value })

/** Back to one text: the Italian one (translations are dropped). */
export const fromItalian = (value: unknown): unknown => (isPerLocale(value) ? ((value as Doc)[DEFAULT_LOCALE] ?? null) : value)
