import { describe, expect, it } from 'vitest'
import { buildMapLayers, MAP_LAYERS, mergeLayers, type MapRecords } from './map-layers.ts'
import { NOW, sanSiro, mazzini, lab, event, project, pact, expectValidGeoJson } from './map-fixtures.ts'

describe('buildMapLayers', () => {
  const records: MapRecords = {
    neighbourhoods: [sanSiro, mazzini],
    laboratories: [lab('a', { lat: 45.47, lng: 9.14 }, 1), lab('b', { lat: 45.44, lng: 9.2 }, 2)],
    events: [event('soon', '2026-12-03T18:00:00+01:00')],
    pacts: [pact(10, 'cortile', [1]), pact(11, 'due-quartieri', [1, 2])],
    projects: [project('p1', 10, { lat: 45.46, lng: 9.14 })],
  }

  it('builds every layer, valid GeoJSON once merged, in the order of the layers', () => {
    const layers = buildMapLayers(records, { now: NOW })
    expect(Object.keys(layers)).toEqual([...MAP_LAYERS])
    const merged = mergeLayers(layers)
    expectValidGeoJson(merged)
    expect(merged.features.map((f) => f.properties.layer)).toEqual(['quartieri', 'quartieri', 'laboratori', 'laboratori', 'eventi', 'progetti', 'patti', 'patti'])
    expect(mergeLayers(layers, ['eventi']).features.map((f) => f.properties.path)).toEqual(['/eventi/soon'])
  })

  it('keeps one neighbourhood: its boundary and what is in it, a shared pact in each', () => {
    const layers = buildMapLayers(records, { now: NOW, neighbourhood: 'mazzini' })
    expect(mergeLayers(layers).features.map((f) => f.properties.path)).toEqual(['/quartieri/mazzini', '/laboratori/b', '/eventi/soon', '/patti/due-quartieri'])
    const sanSiroOnly = buildMapLayers(records, { now: NOW, neighbourhood: 'san-siro' })
    expect(mergeLayers(sanSiroOnly).features.map((f) => f.properties.path)).toEqual([
      '/quartieri/san-siro',
      '/laboratori/a',
      '/progetti/p1',
      '/patti/cortile',
      '/patti/due-quartieri',
    ])
    expect(mergeLayers(buildMapLayers(records, { now: NOW, neighbourhood: 'non-esiste' })).features).toEqual([])
  })

  it('leaves out the layers not asked for', () => {
    const layers = buildMapLayers(records, { now: NOW, layers: ['laboratori'] })
    expect(layers.laboratori.features).toHaveLength(2)
    expect(layers.quartieri.features).toEqual([])
    expect(layers.patti.features).toEqual([])
  })
})
