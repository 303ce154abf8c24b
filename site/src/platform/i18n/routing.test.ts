import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, directionOf, intlTag, nativeNameOf, SITE_LOCALES } from './locales.ts'
import { alternates, localePath, publicPath, resolveLocale } from './routing.ts'

describe('resolveLocale', () => {
  it('renders an unprefixed path in the default language, by its own route', () => {
    expect(DEFAULT_LOCALE).toBe('it')
    expect(resolveLocale('/')).toEqual({ locale: 'it', route: '/' })
    expect(resolveLocale('/patti')).toEqual({ locale: 'it', route: '/patti' })
    expect(resolveLocale('/patti/cortile-via-abbiati')).toEqual({ locale: 'it', route: '/patti/cortile-via-abbiati' })
    expect(resolveLocale('/eventi.ics')).toEqual({ locale: 'it', route: '/eventi.ics' })
    expect(resolveLocale('/api/cache/purge')).toEqual({ locale: 'it', route: '/api/cache/purge' })
  })

  it('renders /en/… by the route of the unprefixed path, in English', () => {
    expect(resolveLocale('/en')).toEqual({ locale: 'en', route: '/' })
    expect(resolveLocale('/en/')).toEqual({ locale: 'en', route: '/' })
    expect(resolveLocale('/en/patti')).toEqual({ locale: 'en', route: '/patti' })
    expect(resolveLocale('/en/quartieri/san-siro')).toEqual({ locale: 'en', route: '/quartieri/san-siro' })
    expect(resolveLocale('/en/patti.csv')).toEqual({ locale: 'en', route: '/patti.csv' })
    expect(resolveLocale('/en/mappa.geojson')).toEqual({ locale: 'en', route: '/mappa.geojson' })
    expect(resolveLocale('/en/iscrizione/conferma')).toEqual({ locale: 'en', route: '/iscrizione/conferma' })
    // A page that does not exist is still looked for, so that its route (or the 404 page) answers in English.
    expect(resolveLocale('/en/non-esiste')).toEqual({ locale: 'en', route: '/non-esiste' })
    expect(resolveLocale('/en/patti/%')).toEqual({ locale: 'en', route: '/patti/%' })
  })

  it('finds no page in English for the routes that answer only unprefixed', () => {
    for (const path of ['/en/patti/cortile-via-abbiati.json', '/en/sitemap.xml', '/en/robots.txt', '/en/api/cache/purge', '/en/api']) {
      expect(resolveLocale(path), path).toEqual({ locale: 'en', route: null })
    }
    // The registry's own exports are translated (their data dictionary link is), unlike one pact's JSON.
    expect(resolveLocale('/en/patti.json').route).toBe('/patti.json')
    // The calendars are in the reader's language.
    expect(resolveLocale('/en/eventi.ics')).toEqual({ locale: 'en', route: '/eventi.ics' })
    expect(resolveLocale('/en/eventi/incontro.ics')).toEqual({ locale: 'en', route: '/eventi/incontro.ics' })
    expect(resolveLocale('/en/quartieri/san-siro/eventi.ics')).toEqual({ locale: 'en', route: '/quartieri/san-siro/eventi.ics' })
  })

  it('finds no page under the default language prefix (a 404, not a redirect) nor under two prefixes', () => {
    expect(resolveLocale('/it')).toEqual({ locale: 'it', route: null })
    expect(resolveLocale('/it/')).toEqual({ locale: 'it', route: null })
    expect(resolveLocale('/it/patti')).toEqual({ locale: 'it', route: null })
    expect(resolveLocale('/en/en/patti')).toEqual({ locale: 'en', route: null })
    expect(resolveLocale('/en/it')).toEqual({ locale: 'en', route: null })
    expect(resolveLocale('/en/it/patti')).toEqual({ locale: 'en', route: null })
  })

  it('takes only an exact language segment for a prefix: anything else is an unprefixed (Italian) path', () => {
    for (const path of ['/EN/patti', '/En', '/xx/patti', '/xx', '/en-GB/patti', '/en.', '/ennio', '/enpatti', '/english/patti', '/ar/patti', '/', '//en/patti']) {
      expect(resolveLocale(path), path).toEqual({ locale: 'it', route: path })
    }
  })

  it('never throws on odd paths', () => {
    for (const path of ['', '/', '//', '/en//', '/en//patti', '/en/%2e%2e/', '/en/\u0000', '/en/\ud800', '/\u00e9', '/en/'.repeat(1000)]) {
      expect(() => resolveLocale(path), JSON.stringify(path)).not.toThrow()
    }
    expect(resolveLocale('/en//patti')).toEqual({ locale: 'en', route: '/patti' })
    expect(resolveLocale('/en//')).toEqual({ locale: 'en', route: '/' })
  })
})

describe('paths in a language', () => {
  it('prefixes every language but the default', () => {
    expect(localePath('it', '/quartieri')).toBe('/quartieri')
    expect(localePath('en', '/quartieri')).toBe('/en/quartieri')
    expect(localePath('en', '/')).toBe('/en')
    expect(localePath('it', '/')).toBe('/')
  })

  it('gives back the public path of a page from the route that rendered it', () => {
    expect(publicPath('en', '/patti')).toBe('/en/patti')
    expect(publicPath('en', '/')).toBe('/en')
    expect(publicPath('it', '/patti')).toBe('/patti')
    // Nothing was rewritten for these (404 pages): the path is already public.
    expect(publicPath('en', '/en/eventi.ics')).toBe('/en/eventi.ics')
    expect(publicPath('it', '/it/patti')).toBe('/it/patti')
  })

  it('links every page to itself in the other languages', () => {
    expect(alternates('it', '/patti')).toEqual([{ locale: 'en', href: '/en/patti' }])
    expect(alternates('en', '/patti')).toEqual([{ locale: 'it', href: '/patti' }])
    expect(alternates('it', '/')).toEqual([{ locale: 'en', href: '/en' }])
    expect(alternates('en', '/')).toEqual([{ locale: 'it', href: '/' }])
    expect(alternates('en', '/en/eventi.ics')).toEqual([{ locale: 'it', href: '/eventi.ics' }])
    expect(alternates('it', '/it/patti')).toEqual([{ locale: 'en', href: '/en/it/patti' }])
    expect(alternates('en', '/en/en/patti')).toEqual([{ locale: 'it', href: '/en/patti' }])
    for (const locale of SITE_LOCALES) expect(alternates(locale, '/patti')).toHaveLength(SITE_LOCALES.length - 1)
  })
})

describe('languages', () => {
  it('writes Arabic, Hebrew, Persian and Urdu right to left, the others left to right', () => {
    for (const locale of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'AR']) expect(directionOf(locale), locale).toBe('rtl')
    for (const locale of ['it', 'en', 'ro', 'zh', 'en-GB']) expect(directionOf(locale), locale).toBe('ltr')
  })

  it('names each language in itself', () => {
    expect(nativeNameOf('it')).toBe('Italiano')
    expect(nativeNameOf('en')).toBe('English')
  })

  it('formats with the regional variant the site has always used', () => {
    expect(intlTag('it')).toBe('it-IT')
    expect(intlTag('en')).toBe('en-GB')
  })
})
