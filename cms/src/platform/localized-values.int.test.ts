import { describe, expect, it } from 'vitest'
import { changeAt, fromItalian, toItalian } from './localized-values.ts'

// What the MongoDB migration does to each stored document (no MongoDB server runs here; the conversion is checked on its own).
describe('turning stored texts into Italian ones', () => {
  const stored = () => ({
    title: 'Patto del verde',
    objectives: { root: { type: 'root', children: [] } },
    themes: ['Verde', 'Cibo'],
    summary: null,
    venue: { openingHours: [{ day: 'mon', note: 'Su appuntamento' }, { day: 'tue' }] },
    commitments: [{ description: { it: 'Già tradotto', en: 'Already translated' } }],
  })

  it('wraps plain text, rich text and lists of words, in documents and in array rows within groups', () => {
    const doc = stored()
    for (const path of ['title', 'objectives', 'themes', 'summary', 'venue.openingHours.*.note', 'commitments.*.description', 'missing.*.field']) changeAt(doc, path, toItalian)
    expect(doc).toEqual({
      title: { it: 'Patto del verde' },
      objectives: { it: { root: { type: 'root', children: [] } } },
      themes: { it: ['Verde', 'Cibo'] },
      summary: null,
      venue: { openingHours: [{ day: 'mon', note: { it: 'Su appuntamento' } }, { day: 'tue' }] },
      commitments: [{ description: { it: 'Già tradotto', en: 'Already translated' } }],
    })
  })

  it('says whether it changed anything, so a second run writes nothing', () => {
    const doc = stored()
    expect(changeAt(doc, 'venue.openingHours.*.note', toItalian)).toBe(true)
    expect(changeAt(doc, 'venue.openingHours.*.note', toItalian)).toBe(false)
    expect(changeAt(doc, 'commitments.*.description', toItalian)).toBe(false)
  })

  it('goes back to the Italian text when rolled back', () => {
    const doc = stored()
    changeAt(doc, 'title', toItalian)
    changeAt(doc, 'title', fromItalian)
    changeAt(doc, 'commitments.*.description', fromItalian)
    expect(doc.title).toBe('Patto del verde')
    expect(doc.commitments[0]!.description).toBe('Già tradotto')
  })
})
