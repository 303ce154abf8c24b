import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { copyLang, isLocaleMap, langAttrs, langOf, localise, pickLocale, textLanguage } from './content.ts'

const LOCALES = ['it', 'en', 'ar']

// A laboratory as `?locale=all` gives it: translatable texts per locale, the rest plain, a populated relation.
const raw = {
  id: 7,
  slug: 'orti',
  title: { it: 'Orti condivisi', en: 'Shared gardens' },
  summary: { it: 'Un laboratorio sugli orti.', en: null },
  descriptionHtml: { it: '<p>Testo</p>', en: '' },
  themes: { it: ['Verde', 'Cibo'], en: [] },
  venue: { name: 'Cascina', address: 'Via Roma 1' },
  sessions: [
    { startsAt: '2026-03-01T10:00:00.000Z', topic: { it: 'Avvio', en: 'Kick-off' } },
    { startsAt: '2026-03-08T10:00:00.000Z', topic: { it: 'Semina' } },
  ],
  neighbourhood: { slug: 'gratosoglio', name: 'Gratosoglio', summary: { it: 'Quartiere a sud.', en: 'A southern neighbourhood.' } },
  optional: { it: null, en: null },
}

const schema = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  summary: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  themes: z.array(z.string()).nullish(),
  venue: z.object({ name: z.string(), address: z.string() }),
  sessions: z.array(z.object({ startsAt: z.string(), topic: z.string().nullish() })),
  neighbourhood: z.object({ slug: z.string(), name: z.string(), summary: z.string().nullish() }),
  optional: z.string().nullish(),
})

describe('pickLocale', () => {
  it('takes each text in the locale asked for, plain fields as they are', () => {
    const { value, fallbacks } = pickLocale(raw, 'en', LOCALES)
    expect(value).toMatchObject({
      id: 7,
      slug: 'orti',
      title: 'Shared gardens',
      venue: { name: 'Cascina' },
      neighbourhood: { name: 'Gratosoglio', summary: 'A southern neighbourhood.' },
    })
    expect((value as typeof raw).sessions[0]!.topic).toBe('Kick-off')
    expect(fallbacks).not.toContainEqual(['title'])
  })

  it('falls back to Italian where the locale has no text (missing, null, empty string or empty list), and lists where', () => {
    const { value, fallbacks } = pickLocale(raw, 'en', LOCALES)
    const doc = value as Record<string, unknown> & { sessions: Array<{ topic: string }> }
    expect(doc.summary).toBe('Un laboratorio sugli orti.')
    expect(doc.descriptionHtml).toBe('<p>Testo</p>')
    expect(doc.themes).toEqual(['Verde', 'Cibo'])
    expect(doc.sessions[1]!.topic).toBe('Semina')
    expect(fallbacks).toEqual(expect.arrayContaining([['summary'], ['descriptionHtml'], ['themes'], ['sessions', 1, 'topic']]))
    expect(fallbacks).toHaveLength(4)
  })

  it('never falls back in Italian, and leaves a text missing everywhere empty without calling it Italian', () => {
    const it = pickLocale(raw, 'it', LOCALES)
    expect(it.fallbacks).toEqual([])
    expect((it.value as Record<string, unknown>).title).toBe('Orti condivisi')
    const en = pickLocale(raw, 'en', LOCALES)
    expect((en.value as Record<string, unknown>).optional).toBeNull()
    expect(en.fallbacks).not.toContainEqual(['optional'])
  })

  it('takes a text never written in any locale (`{}`, as the CMS sends it) for no text, in every locale', () => {
    // A neighbourhood created with a name only: its summary and description come as empty objects.
    const created = { name: 'Zona di prova', summary: {}, descriptionHtml: { it: null, en: null } }
    const narrow = z.object({ name: z.string(), summary: z.string().nullish(), descriptionHtml: z.string().nullish() })
    for (const locale of ['it', 'en']) {
      const { value, fallbacks } = pickLocale(created, locale, LOCALES)
      expect(narrow.parse(value)).toEqual({ name: 'Zona di prova', summary: undefined, descriptionHtml: null })
      expect(fallbacks).toEqual([])
    }
  })

  it('shows Italian, marked, for every text in a locale the portal is not configured for', () => {
    const { value, fallbacks } = pickLocale({ title: { it: 'Orti', en: 'Gardens' } }, 'fr', ['it', 'en'])
    expect(value).toEqual({ title: 'Orti' })
    expect(fallbacks).toEqual([['title']])
  })

  it('sees a text per locale only in an object whose keys are all configured locales', () => {
    expect(isLocaleMap({ it: 'a', en: 'b' }, LOCALES)).toBe(true)
    expect(isLocaleMap({ it: 'a' }, LOCALES)).toBe(true)
    expect(isLocaleMap({ it: 'a', fr: 'b' }, LOCALES)).toBe(false)
    expect(isLocaleMap({ name: 'a', it: 'b' }, LOCALES)).toBe(false)
    expect(isLocaleMap({}, LOCALES)).toBe(false)
    expect(isLocaleMap(['it'], LOCALES)).toBe(false)
    expect(isLocaleMap({ root: { children: [] } }, LOCALES)).toBe(false)
  })
})

describe('localise and langOf', () => {
  it('validates the document of the locale and records, on the objects that hold them, the texts in Italian', () => {
    const lab = localise(raw, 'en', schema)
    expect(lab.title).toBe('Shared gardens')
    expect(langOf(lab, 'title')).toBeUndefined()
    expect(langOf(lab, 'summary')).toBe('it')
    expect(langOf(lab, 'themes')).toBe('it')
    expect(langOf(lab.sessions[0], 'topic')).toBeUndefined()
    expect(langOf(lab.sessions[1], 'topic')).toBe('it')
    expect(langOf(lab.neighbourhood, 'summary')).toBeUndefined()
    expect(langAttrs(lab, 'summary')).toEqual({ lang: 'it' })
    expect(langAttrs(lab, 'title')).toEqual({})
    expect(textLanguage(lab, 'title', 'en')).toBe('en')
    expect(textLanguage(lab, 'summary', 'en')).toBe('it')
  })

  it('adds dir="ltr" to an Italian text on a right-to-left page', () => {
    const lab = localise({ ...raw, title: { it: 'Orti condivisi' } }, 'ar', schema)
    expect(langAttrs(lab, 'title')).toEqual({ lang: 'it', dir: 'ltr' })
  })

  it('marks nothing on the Italian page', () => {
    const lab = localise(raw, 'it', schema)
    expect(lab.summary).toBe('Un laboratorio sugli orti.')
    expect(langOf(lab, 'summary')).toBeUndefined()
    expect(langAttrs(lab.sessions[1], 'topic')).toEqual({})
  })

  it('gives the same object for the same raw document and locale, another for another locale', () => {
    const copy = structuredClone(raw)
    expect(localise(copy, 'en', schema)).toBe(localise(copy, 'en', schema))
    expect(localise(copy, 'it', schema)).not.toBe(localise(copy, 'en', schema))
  })

  it('throws when the document of the locale does not fit the schema', () => {
    expect(() => localise({ ...raw, id: 'x' }, 'en', schema)).toThrow()
  })

  it('carries a language to a text copied into another object', () => {
    const lab = localise(raw, 'en', schema)
    const row = { text: lab.summary, title: lab.title }
    copyLang(lab, 'summary', row, 'text')
    copyLang(lab, 'title', row, 'title')
    expect(langOf(row, 'text')).toBe('it')
    expect(langOf(row, 'title')).toBeUndefined()
  })
})
