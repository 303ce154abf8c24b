import { describe, expect, it } from 'vitest'
import { neighbourhoodFeatures } from './map-features.ts'
import { sanSiro, mazzini, gratosoglio, expectValidGeoJson } from '../maps/map-fixtures.ts'

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
    const fc = neighbourhoodFeatures([
      {
        ...sanSiro,
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [9.13, 45.46],
              [9.14, 45.47],
            ],
          ],
        },
      },
    ])
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [9.1437, 45.4692] })
  })
})
