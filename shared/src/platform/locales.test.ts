import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, DEFAULT_PORTAL_LOCALES, directionOf, isLocaleCode, KNOWN_LOCALES, LocaleListError, parseLocaleList } from './locales.ts'

describe('parseLocaleList', () => {
  it('reads the default list as Italian and English', () => {
    expect(parseLocaleList(DEFAULT_PORTAL_LOCALES)).toEqual(['it', 'en'])
  })

  it('ignores spaces, case, empty items and repeats, and puts Italian first', () => {
    expect(parseLocaleList(' en, AR ,,it,ro,en ')).toEqual(['it', 'en', 'ar', 'ro'])
  })

  it('accepts Italian alone', () => {
    expect(parseLocaleList('it')).toEqual(['it'])
  })

  it('rejects unknown codes, naming every one of them', () => {
    expect(() => parseLocaleList('it,en,xx,klingon')).toThrow(LocaleListError)
    expect(() => parseLocaleList('it,en,xx,klingon')).toThrow(/Lingue sconosciute: "xx", "klingon".*unknown locales: "xx", "klingon"/)
  })

  it('rejects a list without Italian, the reference language', () => {
    expect(() => parseLocaleList('en,ar')).toThrow(/deve contenere l'italiano.*must include Italian/)
    expect(() => parseLocaleList('')).toThrow(LocaleListError)
  })
})

describe('known locales', () => {
  it('has Italian as the default, and the languages of the neighbourhoods with their own names', () => {
    expect(DEFAULT_LOCALE).toBe('it')
    for (const code of ['it', 'en', 'ar', 'ro', 'zh', 'bn', 'fr', 'es', 'uk']) expect(isLocaleCode(code)).toBe(true)
    expect(KNOWN_LOCALES.ar.nativeName).toBe('العربية')
    expect(KNOWN_LOCALES.zh.nativeName).toBe('中文')
  })

  it('knows which languages are written right to left', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('fa')).toBe('rtl')
    expect(directionOf('it')).toBe('ltr')
    expect(directionOf('bn')).toBe('ltr')
  })

  it('does not take inherited object keys for locale codes', () => {
    expect(isLocaleCode('toString')).toBe(false)
    expect(isLocaleCode('constructor')).toBe(false)
  })
})
