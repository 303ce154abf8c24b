import { describe, expect, it } from 'vitest'
import { laboratoryFeatures } from './map-features.ts'
import { lab, expectValidGeoJson } from '../maps/map-fixtures.ts'

describe('laboratoryFeatures', () => {
  it('places labs at their venue and names their neighbourhood, populated or by id', () => {
    const slugs = new Map([['2', 'mazzini']])
    const fc = laboratoryFeatures(
      [lab('b', { lat: 45.44, lng: 9.2 }, 2), lab('a', { lat: 45.47, lng: 9.14 }, { id: 1, name: 'San Siro', slug: 'san-siro' }), lab('c', null, 1)],
      slugs,
    )
    expectValidGeoJson(fc)
    expect(fc.features.map((f) => [f.properties.path, f.properties.neighbourhood, f.geometry.coordinates])).toEqual([
      ['/laboratori/a', 'san-siro', [9.14, 45.47]],
      ['/laboratori/b', 'mazzini', [9.2, 45.44]],
    ])
    expect(fc.features[0]!.properties).toMatchObject({ layer: 'laboratori', phase: 'listening', venue: 'Sede' })
  })
})
