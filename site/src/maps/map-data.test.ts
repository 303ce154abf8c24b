import { describe, expect, it } from 'vitest'
import { buildMapLayers, MAP_LAYERS } from '@quartieri/shared/maps/map-layers'
import { basemapStyleUrl, initialView, isFilterError, mapContentSecurityPolicy, mapFilters, mapListSection } from './map-data.ts'

const filtersOf = (query: string) => mapFilters(new URLSearchParams(query))

describe('mapFilters', () => {
  it('shows every layer by default, else those asked for, once each and in the layers’ order', () => {
    expect(filtersOf('')).toEqual({ layers: [...MAP_LAYERS], neighbourhood: undefined })
    expect(filtersOf('livello=patti&livello=laboratori&livello=patti&quartiere=san-siro')).toEqual({ layers: ['laboratori', 'patti'], neighbourhood: 'san-siro' })
    expect(filtersOf('livello=&quartiere=')).toEqual({ layers: [...MAP_LAYERS], neighbourhood: undefined })
  })

  it('names a bad layer or neighbourhood in Italian and English, shortening long values', () => {
    const layer = filtersOf('livello=eventi&livello=strade')
    expect(isFilterError(layer) && layer).toMatchObject({
      param: 'livello',
      value: 'strade',
      it: expect.stringContaining('Il livello «strade» non esiste'),
      en: expect.stringContaining('There is no layer «strade»'),
    })
    const long = filtersOf(`livello=${'x'.repeat(500)}`)
    expect(isFilterError(long) && long.value).toBe(`${'x'.repeat(40)}…`)
    const neighbourhood = filtersOf('quartiere=San%20Siro')
    expect(isFilterError(neighbourhood) && neighbourhood.param).toBe('quartiere')
  })
})

describe('initialView', () => {
  const layers = buildMapLayers(
    {
      neighbourhoods: [{ slug: 'mazzini', name: 'Mazzini', centre: { lat: 45.4411, lng: 9.2094 }, boundary: null }],
      laboratories: [],
      events: [],
      pacts: [],
      projects: [],
    },
    { now: new Date('2026-11-22T09:00:00Z') },
  )
  const preset = { defaultMapView: { centre: { lat: 45.46, lng: 9.19 }, zoom: 11 } }

  it('uses the settings’ view, unless asked to fit the features', () => {
    expect(initialView(layers, preset)).toEqual({ centre: [9.19, 45.46], zoom: 11 })
    expect(initialView(layers, preset, true)).toEqual({
      bounds: [
        [9.2094, 45.4411],
        [9.2094, 45.4411],
      ],
    })
    expect(initialView(layers, null)).toEqual({
      bounds: [
        [9.2094, 45.4411],
        [9.2094, 45.4411],
      ],
    })
  })

  it('falls back to Italy when there is nothing to show', () => {
    const empty = buildMapLayers({ neighbourhoods: [], laboratories: [], events: [], pacts: [], projects: [] })
    expect(initialView(empty, null)).toEqual({ centre: [12.5, 42.5], zoom: 5 })
  })
})

describe('basemap settings', () => {
  it('takes only http(s) style URLs', () => {
    expect(basemapStyleUrl({ mapStyleUrl: ' https://tiles.example.org/style.json ' })).toBe('https://tiles.example.org/style.json')
    expect(basemapStyleUrl({ mapStyleUrl: 'javascript:alert(1)' })).toBeNull()
    expect(basemapStyleUrl({ mapStyleUrl: '' })).toBeNull()
    expect(basemapStyleUrl(null)).toBeNull()
  })

  it('lets the page fetch from the basemap’s hosts and nothing else', () => {
    const policy = mapContentSecurityPolicy(['https://tiles.example.org'], 'http://localhost:3000')
    expect(policy).toContain("connect-src 'self' https://tiles.example.org")
    expect(policy).toContain("img-src 'self' data: blob: http://localhost:3000 https://tiles.example.org")
    expect(policy).toContain("script-src 'self';")
    expect(mapContentSecurityPolicy([], 'http://localhost:3000')).toContain("connect-src 'self';")
  })
})

describe('mapListSection', () => {
  const places = (n: number) => Array.from({ length: n }, (_, i) => `luogo-${i + 1}`)

  it('lists every place of a small layer, with no link elsewhere', () => {
    expect(mapListSection('patti', places(3), undefined, 3)).toEqual({ shown: places(3), total: 3, fullList: null })
  })

  it('lists the first places of a large layer and points to its full listing, for the neighbourhood shown', () => {
    const section = mapListSection('eventi', places(250), 'san-siro', 100)
    expect(section.shown).toEqual(places(100))
    expect(section.total).toBe(250)
    expect(section.fullList).toBe('/eventi?quartiere=san-siro')
    expect(mapListSection('progetti', places(5), undefined, 4).fullList).toBe('/patti')
    expect(mapListSection('laboratori', places(5), 'gratosoglio', 4).fullList).toBe('/laboratori?quartiere=gratosoglio')
    // The neighbourhoods' own list is not filtered by neighbourhood.
    expect(mapListSection('quartieri', places(5), 'gratosoglio', 4).fullList).toBe('/quartieri')
  })
})
