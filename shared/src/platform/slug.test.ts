import { describe, expect, it } from 'vitest'
import { isSlug, slugify } from './slug.ts'

describe('slugify', () => {
  it('drops accents', () => {
    expect(slugify('Faà di Bruno')).toBe('faa-di-bruno')
    expect(slugify('Città Studi')).toBe('citta-studi')
    expect(slugify('Perché')).toBe('perche')
  })

  it('lower-cases and keeps an existing hyphen as a single one', () => {
    expect(slugify('Molise-Calvairate')).toBe('molise-calvairate')
  })

  it('collapses runs of spaces and punctuation into single hyphens, trimming the ends', () => {
    expect(slugify('  Via  Padova, 12!! ')).toBe('via-padova-12')
    expect(slugify('San Siro — Quarto Cagnino')).toBe('san-siro-quarto-cagnino')
  })

  it('always produces a valid slug from a title', () => {
    for (const title of ['Faà di Bruno', 'Molise-Calvairate', '  Via  Padova, 12!! ', 'Niguarda–Ca’ Granda', 'Lorenteggio (via Giambellino)']) {
      expect(isSlug(slugify(title)), title).toBe(true)
    }
  })
})

describe('isSlug', () => {
  it('accepts lower-case words and digits joined by single hyphens', () => {
    expect(isSlug('molise-calvairate')).toBe(true)
    expect(isSlug('quartiere-2')).toBe(true)
    expect(isSlug('lorenteggio')).toBe(true)
  })

  it('rejects upper case', () => {
    expect(isSlug('Molise-Calvairate')).toBe(false)
  })

  it('rejects spaces', () => {
    expect(isSlug('molise calvairate')).toBe(false)
  })

  it('rejects leading, trailing and double hyphens', () => {
    expect(isSlug('-molise')).toBe(false)
    expect(isSlug('molise-')).toBe(false)
    expect(isSlug('molise--calvairate')).toBe(false)
  })

  it('rejects accented letters and the empty string', () => {
    expect(isSlug('città')).toBe(false)
    expect(isSlug('')).toBe(false)
  })

  it('accepts at most 120 characters', () => {
    expect(isSlug('a'.repeat(120))).toBe(true)
    expect(isSlug('a'.repeat(121))).toBe(false)
  })
})
