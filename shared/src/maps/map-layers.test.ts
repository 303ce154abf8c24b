import { check } from '@placemarkio/check-geojson'
import { describe, expect, it } from 'vitest'
import type { PublicEvent } from '../events/event.ts'
import type { PublicPact, PublicProject } from '../pacts/pact.ts'
import type { PublicLaboratory } from '../laboratories/laboratory.ts'
import {
  boundaryOf,
  boundsOf,
  buildMapLayers,
  eventFeatures,
  laboratoryFeatures,
  MAP_LAYERS,
  mergeLayers,
  neighbourhoodFeatures,
  pactFeatures,
  positionOf,
  projectFeatures,
  rewind,
  type MapNeighbourhood,
  type MapRecords,
} from './map-layers.ts'

const NOW = new Date('2026-11-22T09:00:00Z')
const stamp = { updatedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z' }

// San Siro, Milan, drawn clockwise as [longitude, latitude] (RFC 7946 wants the outer ring counterclockwise).
const clockwise = [
  [9.13, 45.46],
  [9.13, 45.47],
  [9.15, 45.47],
  [9.15, 45.46],
  [9.13, 45.46],
]

const sanSiro: MapNeighbourhood & { id: number } = {
  id: 1,
  slug: 'san-siro',
  name: 'San Siro',
  centre: { lat: 45.4692, lng: 9.1437 },
  venue: { name: 'Laboratorio San Siro', location: { lat: 45.4692, lng: 9.1437 } },
  boundary: { type: 'Polygon', coordinates: [clockwise] },
}
const mazzini: MapNeighbourhood & { id: number } = { id: 2, slug: 'mazzini', name: 'Mazzini', centre: { lat: 45.4411, lng: 9.2094 }, venue: null, boundary: null }
const gratosoglio: MapNeighbourhood & { id: number } = { id: 3, slug: 'gratosoglio', name: 'Gratosoglio', centre: null, venue: { location: { lat: 45.4128, lng: 9.1742 } } }

const lab = (slug: string, location: { lat: number; lng: number } | null, neighbourhood: PublicLaboratory['neighbourhood']): PublicLaboratory => ({
  id: slug,
  title: `Lab ${slug}`,
  slug,
  phase: 'listening',
  capacity: 20,
  neighbourhood,
  venue: { name: 'Sede', location },
  updatedAt: stamp.updatedAt,
})

const event = (slug: string, start: string, extra: Partial<PublicEvent> = {}): PublicEvent => ({
  id: slug,
  title: `Evento ${slug}`,
  slug,
  type: 'assembly',
  start,
  venue: { name: 'Sala', location: { lat: 45.4561, lng: 9.2168 } },
  neighbourhood: { id: 2, slug: 'mazzini' },
  ...stamp,
  ...extra,
})

const project = (slug: string, pact: number, location: { lat: number; lng: number } | null, neighbourhood: PublicProject['neighbourhood'] = { id: 1, slug: 'san-siro' }): PublicProject => ({
  id: slug,
  title: `Progetto ${slug}`,
  slug,
  pact,
  neighbourhood,
  domain: 'care-of-city',
  status: 'in-progress',
  location,
  updatedAt: stamp.updatedAt,
})

const pact = (id: number, slug: string, neighbourhoods: PublicPact['neighbourhoods'], extra: Partial<PublicPact> = {}): PublicPact => ({
  id,
  code: `PC-${id}`,
  title: `Patto ${slug}`,
  slug,
  kind: 'collaboration-pact',
  status: 'in-progress',
  neighbourhoods,
  ...stamp,
  ...extra,
})

/** Valid GeoJSON by an independent checker, every position in Milan as [longitude, latitude]. */
function expectValidGeoJson(value: unknown) {
  expect(() => check(JSON.stringify(value))).not.toThrow()
  const positions = JSON.stringify(value).match(/\[\d+\.?\d*,\d+\.?\d*\]/g) ?? []
  for (const position of positions) {
    const [lng, lat] = JSON.parse(position) as [number, number]
    expect(lng).toBeGreaterThan(8)
    expect(lng).toBeLessThan(10)
    expect(lat).toBeGreaterThan(45)
    expect(lat).toBeLessThan(46)
  }
}

describe('positionOf', () => {
  it('puts longitude first and refuses missing or impossible values', () => {
    expect(positionOf({ lat: 45.46, lng: 9.19 })).toEqual([9.19, 45.46])
    expect(positionOf({ lat: 45.46, lng: null })).toBeNull()
    expect(positionOf({ lat: 145, lng: 9 })).toBeNull()
    expect(positionOf(null)).toBeNull()
  })
})

describe('rewind and boundaryOf', () => {
  it('winds the outer ring counterclockwise and holes clockwise', () => {
    const hole = [
      [9.14, 45.464],
      [9.141, 45.464],
      [9.141, 45.465],
      [9.14, 45.464],
    ]
    const wound = rewind({ type: 'Polygon', coordinates: [clockwise, hole] })
    expect(wound.coordinates[0]).toEqual([...clockwise].reverse())
    expect(wound.coordinates[1]).toEqual([...hole].reverse())
    expect(rewind(wound)).toEqual(wound)
  })

  it('gives null for a missing or malformed boundary', () => {
    expect(boundaryOf({ boundary: null })).toBeNull()
    expect(boundaryOf({ boundary: { type: 'Polygon', coordinates: [[[9.1, 45.4]]] } })).toBeNull()
    expect(boundaryOf({ boundary: 'not a polygon' })).toBeNull()
  })
})

describe('neighbourhoodFeatures', () => {
  it('draws the boundary, or the centre (or venue) when there is none, and links to the page', () => {
    const fc = neighbourhoodFeatures([sanSiro, mazzini, gratosoglio, { slug: 'nowhere', name: 'Nowhere', centre: null, venue: null }])
    expectValidGeoJson(fc)
    expect(fc.features.map((f) => [f.properties.title, f.geometry.type, f.properties.shape])).toEqual([
      ['Gratosoglio', 'Point', 'centre'],
      ['Mazzini', 'Point', 'centre'],
      ['San Siro', 'Polygon', 'boundary'],
    ])
    expect(fc.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [9.2094, 45.4411] })
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [9.1742, 45.4128] })
    expect(fc.features[2]!.properties).toEqual({ layer: 'quartieri', title: 'San Siro', path: '/quartieri/san-siro', neighbourhood: 'san-siro', shape: 'boundary' })
  })

  it('falls back to the centre when the boundary is malformed', () => {
    const fc = neighbourhoodFeatures([{ ...sanSiro, boundary: { type: 'Polygon', coordinates: [[[9.13, 45.46], [9.14, 45.47]]] } }])
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [9.1437, 45.4692] })
  })
})

describe('laboratoryFeatures', () => {
  it('places labs at their venue and names their neighbourhood, populated or by id', () => {
    const slugs = new Map([['2', 'mazzini']])
    const fc = laboratoryFeatures([lab('b', { lat: 45.44, lng: 9.2 }, 2), lab('a', { lat: 45.47, lng: 9.14 }, { id: 1, name: 'San Siro', slug: 'san-siro' }), lab('c', null, 1)], slugs)
    expectValidGeoJson(fc)
    expect(fc.features.map((f) => [f.properties.path, f.properties.neighbourhood, f.geometry.coordinates])).toEqual([
      ['/laboratori/a', 'san-siro', [9.14, 45.47]],
      ['/laboratori/b', 'mazzini', [9.2, 45.44]],
    ])
    expect(fc.features[0]!.properties).toMatchObject({ layer: 'laboratori', phase: 'listening', venue: 'Sede' })
  })
})

describe('eventFeatures', () => {
  it('keeps upcoming events only, dated by their next occurrence, soonest first', () => {
    const events = [
      event('past', '2026-10-01T18:00:00+02:00'),
      event('later', '2027-02-10T17:30:00+01:00'),
      event('soon', '2026-12-03T18:00:00+01:00', { cancelled: true }),
      event('too-far', '2027-09-01T18:00:00+02:00'),
      event('unlocated', '2026-12-04T18:00:00+01:00', { venue: { name: 'Da definire' } }),
      // Mondays and Fridays at 09:30 since September: the next one after Sunday 22 November is Monday 23.
      event('weekly', '2026-09-07T09:30:00+02:00', { recurrence: { frequency: 'weekly', byDay: ['MO', 'FR'], until: '2027-07-31' } }),
    ]
    const fc = eventFeatures(events, { from: NOW })
    expectValidGeoJson(fc)
    expect(fc.features.map((f) => [f.properties.path, f.properties.day])).toEqual([
      ['/eventi/weekly', '2026-11-23'],
      ['/eventi/soon', '2026-12-03'],
      ['/eventi/later', '2027-02-10'],
    ])
    expect(fc.features[0]!.properties.date).toBe('2026-11-23T08:30:00.000Z')
    expect(fc.features[1]!.properties).toMatchObject({ layer: 'eventi', type: 'assembly', cancelled: true, neighbourhood: 'mazzini', venue: 'Sala' })
  })

  it('looks as far ahead as asked', () => {
    expect(eventFeatures([event('soon', '2026-12-03T18:00:00+01:00')], { from: NOW, days: 7 }).features).toEqual([])
  })
})

describe('projectFeatures', () => {
  it('places projects at their point with their pact', () => {
    const fc = projectFeatures([project('orti', 10, { lat: 45.41, lng: 9.17 }), project('senza-punto', 10, null)], { pacts: [pact(10, 'orti-condivisi', [])] })
    expectValidGeoJson(fc)
    expect(fc.features).toHaveLength(1)
    expect(fc.features[0]!.properties).toEqual({
      layer: 'progetti',
      title: 'Progetto orti',
      path: '/progetti/orti',
      neighbourhood: 'san-siro',
      status: 'in-progress',
      domain: 'care-of-city',
      pact: 'orti-condivisi',
    })
  })
})

describe('pactFeatures', () => {
  const projects = [project('p1', 10, { lat: 45.46, lng: 9.14 }), project('p2', 10, { lat: 45.47, lng: 9.16 }), project('p3', 11, null)]
  const pacts = [
    pact(10, 'cortile', [{ id: 1, slug: 'san-siro' }]),
    // No project with a point: the mean of its two neighbourhoods' centres.
    pact(11, 'due-quartieri', [{ id: 1, slug: 'san-siro' }, 2], { validUntil: '2026-01-31T00:00:00Z' }),
    pact(12, 'da-nessuna-parte', []),
  ]

  it('puts a pact at the mean of its projects, else of its neighbourhoods, with its public status', () => {
    const fc = pactFeatures(pacts, { projects, neighbourhoods: [sanSiro, mazzini], neighbourhoodSlugs: new Map([['2', 'mazzini']]), now: NOW })
    expectValidGeoJson(fc)
    expect(fc.features.map((f) => f.properties.path)).toEqual(['/patti/cortile', '/patti/due-quartieri'])
    const [cortile, both] = fc.features
    expect(cortile!.geometry.coordinates[0]).toBeCloseTo(9.15, 10)
    expect(cortile!.geometry.coordinates[1]).toBeCloseTo(45.465, 10)
    expect(cortile!.properties).toMatchObject({ layer: 'patti', code: 'PC-10', status: 'in-progress', placement: 'projects', neighbourhoods: ['san-siro'] })
    expect(both!.geometry.coordinates[0]).toBeCloseTo((9.1437 + 9.2094) / 2, 10)
    expect(both!.geometry.coordinates[1]).toBeCloseTo((45.4692 + 45.4411) / 2, 10)
    expect(both!.properties).toMatchObject({ status: 'expired', placement: 'neighbourhoods', neighbourhood: 'san-siro', neighbourhoods: ['san-siro', 'mazzini'] })
  })
})

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
    expect(mergeLayers(sanSiroOnly).features.map((f) => f.properties.path)).toEqual(['/quartieri/san-siro', '/laboratori/a', '/progetti/p1', '/patti/cortile', '/patti/due-quartieri'])
    expect(mergeLayers(buildMapLayers(records, { now: NOW, neighbourhood: 'non-esiste' })).features).toEqual([])
  })

  it('leaves out the layers not asked for', () => {
    const layers = buildMapLayers(records, { now: NOW, layers: ['laboratori'] })
    expect(layers.laboratori.features).toHaveLength(2)
    expect(layers.quartieri.features).toEqual([])
    expect(layers.patti.features).toEqual([])
  })
})

describe('boundsOf', () => {
  it('spans every polygon vertex and point, west-south to east-north', () => {
    const layers = buildMapLayers({ neighbourhoods: [sanSiro], laboratories: [lab('b', { lat: 45.44, lng: 9.2 }, 2)], events: [], pacts: [], projects: [] }, { now: NOW })
    expect(boundsOf(mergeLayers(layers).features)).toEqual([
      [9.13, 45.44],
      [9.2, 45.47],
    ])
    expect(boundsOf([])).toBeNull()
  })
})
