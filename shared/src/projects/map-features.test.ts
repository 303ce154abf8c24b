import { describe, expect, it } from 'vitest'
import { projectFeatures } from './map-features.ts'
import { project, pact, expectValidGeoJson } from '../maps/map-fixtures.ts'

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
