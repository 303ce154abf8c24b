import { lexicalHTMLField } from '@payloadcms/richtext-lexical'
import type { CodeField, FieldHook, RichTextField, TextareaField, TextField } from 'payload'
import { text, textarea } from 'payload/shared'
import { DEFAULT_LOCALE, isLocaleCode } from '@quartieri/shared/platform/locales'

type Translatable = TextField | TextareaField | RichTextField

const empty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * A text readers see, kept in every locale of the portal. A required one is required in Italian only:
 * a translation may be missing (readers then see the Italian text), so staff can translate a document bit by bit.
 */
export function translatable<F extends Translatable>(field: F): F {
  if (!field.required || field.type === 'richText') return { ...field, localized: true }
  const standard = (field.validate ?? (field.type === 'textarea' ? textarea : text)) as (value: unknown, options: unknown) => ReturnType<typeof text>
  const validate = (value: unknown, options: { req: { locale?: string | null } }) =>
    options.req.locale && options.req.locale !== DEFAULT_LOCALE && empty(value) ? true : standard(value, options)
  return { ...field, localized: true, validate } as F
}

/** A rich-text value of every locale (`?locale=all`) rather than of one: `{ it: {root…}, en: {root…} }`. */
const isLocaleMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !('root' in value) && Object.keys(value).length > 0 && Object.keys(value).every(isLocaleCode)

/**
 * The HTML of a translatable rich-text field, computed when read: the HTML of the locale asked for, or with
 * `?locale=all` an object of HTML by locale (null where that locale has no text).
 */
export function translatableHTMLField(args: { htmlFieldName: string; lexicalFieldName: string }): CodeField {
  const field = lexicalHTMLField(args) as CodeField
  const [toHTML] = field.hooks?.afterRead ?? []
  if (!toHTML) return field
  const allLocales: FieldHook = async (hookArgs) => {
    const value = hookArgs.siblingData?.[args.lexicalFieldName]
    if (!isLocaleMap(value)) return toHTML(hookArgs)
    const entries = await Promise.all(
      Object.entries(value).map(
        async ([locale, data]) => [locale, data ? await toHTML({ ...hookArgs, siblingData: { ...hookArgs.siblingData, [args.lexicalFieldName]: data } }) : null] as const,
      ),
    )
    return Object.fromEntries(entries)
  }
  return { ...field, hooks: { ...field.hooks, afterRead: [allLocales] } }
}
