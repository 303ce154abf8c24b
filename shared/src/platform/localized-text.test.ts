import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { inLocale, italianOf, localesOf, localizedSchema, mapLocalized, perLocale } from './localized-text.ts'

const title = localizedSchema(z.string().trim().min(1).max(10), ['it', 'en', 'ar'])
const record = z.strictObject({ title, paragraphs: localizedSchema(z.array(z.string().min(1)).max(2), ['it', 'en']).optional() })
const issuesOf = (input: unknown) => {
  const result = record.safeParse(input)
  if (result.success) throw new Error('expected the record to be rejected')
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
}

describe('localizedSchema', () => {
  it('accepts a plain text as the Italian one', () => {
    expect(record.parse({ title: ' Festa ' })).toEqual({ title: 'Festa' })
  })

  it('accepts one text per configured locale, checked like the plain text', () => {
    expect(record.parse({ title: { it: 'Festa', en: ' Party ', ar: 'حفلة' }, paragraphs: { it: ['Uno'], en: ['One'] } })).toEqual({
      title: { it: 'Festa', en: 'Party', ar: 'حفلة' },
      paragraphs: { it: ['Uno'], en: ['One'] },
    })
  })

  it('requires the Italian text', () => {
    expect(issuesOf({ title: { en: 'Party' } })).toEqual([
      { path: ['title', 'it'], message: 'Manca il testo in italiano ("it"), che è obbligatorio / the Italian text ("it") is required' },
    ])
  })

  it('rejects a known locale the portal is not configured for, and a key that is no locale, naming both', () => {
    const issues = issuesOf({ title: { it: 'Festa', fr: 'Fête', english: 'Party' } })
    expect(issues).toEqual([
      {
        path: ['title', 'fr'],
        message: 'Lingua "fr" non configurata nel portale (lingue configurate: it, en, ar) / locale "fr" is not configured (configured locales: it, en, ar)',
      },
      {
        path: ['title', 'english'],
        message: '"english" non è un codice di lingua (lingue configurate: it, en, ar) / "english" is not a locale code (configured locales: it, en, ar)',
      },
    ])
  })

  it('reports a problem of one translation at its own path', () => {
    expect(issuesOf({ title: { it: 'Festa', en: 'A very long party' } }).map((i) => i.path)).toEqual([['title', 'en']])
    expect(issuesOf({ title: 'Festa', paragraphs: { it: ['Uno'], en: ['One', 'Two', 'Three'] } }).map((i) => i.path)).toEqual([['paragraphs', 'en']])
    expect(issuesOf({ title: 'Festa', paragraphs: ['', 'Due'] }).map((i) => i.path)).toEqual([['paragraphs', 0]])
  })

  it('rejects what is neither a text nor an object of texts', () => {
    expect(issuesOf({ title: 42 }).map((i) => i.path)).toEqual([['title']])
    expect(issuesOf({ title: null }).map((i) => i.path)).toEqual([['title']])
  })
})

describe('reading a localized text', () => {
  it('treats a plain value as Italian', () => {
    expect(perLocale('Festa')).toEqual({ it: 'Festa' })
    expect(localesOf('Festa')).toEqual(['it'])
    expect(inLocale('Festa', 'en')).toBeUndefined()
    expect(italianOf('Festa')).toBe('Festa')
  })

  it('gives each locale its text, and arrays stay values, not locale maps', () => {
    const value = { it: ['Uno'], en: ['One'] }
    expect(localesOf(value)).toEqual(['it', 'en'])
    expect(inLocale(value, 'en')).toEqual(['One'])
    expect(italianOf(['Uno', 'Due'])).toEqual(['Uno', 'Due'])
    expect(mapLocalized(value, (paragraphs, locale) => `${locale}:${paragraphs.join('|')}`)).toEqual({ it: 'it:Uno', en: 'en:One' })
  })
})
