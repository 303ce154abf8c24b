import { describe, expect, it } from 'vitest'
import { pactFeatures } from './map-features.ts'
import { NOW, sanSiro, mazzini, project, pact, expectValidGeoJson } from '../maps/map-fixtures.ts'

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
