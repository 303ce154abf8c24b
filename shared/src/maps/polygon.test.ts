import { describe, expect, it } from 'vitest'
import { boundaryProblem, boundarySchema, latLngSchema, polygonSchema, unwrapBoundary } from './polygon.ts'

// A small square around Piazza Duomo, Milan, as [longitude, latitude].
const square = [
  [9.18, 45.46],
  [9.2, 45.46],
  [9.2, 45.47],
  [9.18, 45.47],
  [9.18, 45.46],
]

function issuesOf(value: unknown) {
  const result = polygonSchema.safeParse(value)
  expect(result.success).toBe(false)
  return result.error?.issues ?? []
}

describe('polygonSchema', () => {
  it('accepts a closed ring', () => {
    const result = polygonSchema.safeParse({ type: 'Polygon', coordinates: [square] })
    expect(result.success).toBe(true)
    expect(result.data?.coordinates[0]).toEqual(square)
  })

  it('accepts positions carrying an altitude', () => {
    const ring = square.map(([lng, lat]) => [lng, lat, 120])
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [ring] }).success).toBe(true)
  })

  it('accepts a polygon with a hole', () => {
    const hole = [
      [9.19, 45.462],
      [9.195, 45.462],
      [9.195, 45.465],
      [9.19, 45.462],
    ]
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [square, hole] }).success).toBe(true)
  })

  it('rejects a ring of fewer than 4 positions', () => {
    const triangleWithoutArea = [
      [9.18, 45.46],
      [9.2, 45.46],
      [9.18, 45.46],
    ]
    const issues = issuesOf({ type: 'Polygon', coordinates: [triangleWithoutArea] })
    expect(issues).toContainEqual(expect.objectContaining({ path: ['coordinates', 0], message: expect.stringContaining('4') }))
  })

  it('rejects a ring whose last position is not the first', () => {
    const open = square.slice(0, 4).concat([[9.181, 45.46]])
    const issues = issuesOf({ type: 'Polygon', coordinates: [open] })
    expect(issues).toContainEqual(expect.objectContaining({ path: ['coordinates', 0], message: expect.stringContaining('not closed') }))
  })

  it('rejects a polygon without rings', () => {
    issuesOf({ type: 'Polygon', coordinates: [] })
  })

  it('rejects a longitude beyond ±180', () => {
    const ring = square.map((p, i) => (i === 1 ? [180.5, 45.46] : p))
    expect(issuesOf({ type: 'Polygon', coordinates: [ring] })).toContainEqual(expect.objectContaining({ path: ['coordinates', 0, 1, 0] }))
    const west = square.map((p, i) => (i === 2 ? [-181, 45.47] : p))
    expect(issuesOf({ type: 'Polygon', coordinates: [west] })).toContainEqual(expect.objectContaining({ path: ['coordinates', 0, 2, 0] }))
  })

  it('rejects a latitude beyond ±90', () => {
    const ring = square.map((p, i) => (i === 2 ? [9.2, 90.1] : p))
    expect(issuesOf({ type: 'Polygon', coordinates: [ring] })).toContainEqual(expect.objectContaining({ path: ['coordinates', 0, 2, 1] }))
  })

  it('reads positions as [longitude, latitude], GeoJSON order', () => {
    // 170 is a valid longitude but not a valid latitude.
    const lngFirst = [
      [170, 45],
      [171, 45],
      [171, 46],
      [170, 45],
    ]
    const latFirst = lngFirst.map(([lng, lat]) => [lat, lng])
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [lngFirst] }).success).toBe(true)
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [latFirst] }).success).toBe(false)
  })

  it('accepts the extreme valid coordinates', () => {
    const ring = [
      [-180, -90],
      [180, -90],
      [180, 90],
      [-180, -90],
    ]
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [ring] }).success).toBe(true)
  })

  it('rejects other geometry types, naming them', () => {
    expect(issuesOf({ type: 'LineString', coordinates: square })).toContainEqual(
      expect.objectContaining({ path: ['type'], message: expect.stringContaining('not a "LineString"') }),
    )
    expect(issuesOf({ coordinates: [square] })).toContainEqual(expect.objectContaining({ path: ['type'], message: expect.stringContaining('"type" member is missing') }))
  })

  it('refuses a MultiPolygon clearly: a neighbourhood boundary is one polygon', () => {
    const issues = issuesOf({ type: 'MultiPolygon', coordinates: [[square]] })
    expect(issues[0]).toMatchObject({ path: ['type'], message: expect.stringContaining('single Polygon, not a MultiPolygon') })
  })

  it('says which mistake it is, each with its own message', () => {
    const messageOf = (coordinates: unknown) => issuesOf({ type: 'Polygon', coordinates })[0]?.message
    const tooFew = messageOf([
      [
        [9.18, 45.46],
        [9.2, 45.46],
        [9.18, 45.46],
      ],
    ])
    const open = messageOf([square.slice(0, 4).concat([[9.181, 45.46]])])
    const latOut = messageOf([
      [
        [170, 95],
        [171, 45],
        [171, 46],
        [170, 95],
      ],
    ])
    const lngOut = messageOf([
      [
        [190, 45],
        [171, 45],
        [171, 46],
        [190, 45],
      ],
    ])
    // Tokyo typed as [latitude, longitude]: 139 cannot be a latitude, 35 could be a longitude.
    const swapped = messageOf([
      [
        [35.6, 139.6],
        [35.7, 139.6],
        [35.7, 139.7],
        [35.6, 139.6],
      ],
    ])
    const noRings = messageOf([])
    const missingBrackets = messageOf(square)
    const text = messageOf([
      [
        ['9.18', 45.46],
        [9.2, 45.46],
        [9.2, 45.47],
        ['9.18', 45.46],
      ],
    ])
    const messages = [tooFew, open, latOut, lngOut, swapped, noRings, missingBrackets, text]
    expect(new Set(messages).size).toBe(messages.length)
    expect(tooFew).toContain('almeno 4 punti')
    expect(tooFew).toContain('this one has 3')
    expect(open).toContain('non è chiuso')
    expect(open).toContain('[9.181, 45.46] must repeat the first [9.18, 45.46]')
    expect(latOut).toContain('Latitude 95 is outside −90…90')
    expect(latOut).not.toContain('swapped')
    expect(lngOut).toContain('Longitude 190 is outside −180…180')
    expect(swapped).toContain('invertite')
    expect(swapped).toContain('are longitude and latitude swapped?')
    expect(noRings).toContain('no rings')
    expect(missingBrackets).toContain('brackets is missing')
    expect(text).toContain('must be a number')
  })

  it('writes every message in Italian, then English', () => {
    const message = issuesOf({ type: 'Polygon', coordinates: [square.slice(0, 4)] })[0]?.message ?? ''
    const [it, en] = message.split(' / ')
    expect(it).toMatch(/^L'anello del poligono non è chiuso/)
    expect(en).toMatch(/^The polygon ring is not closed/)
  })
})

describe('boundarySchema', () => {
  const polygon = { type: 'Polygon', coordinates: [square] }
  const feature = { type: 'Feature', properties: { name: 'Duomo' }, geometry: polygon }

  it('takes a Polygon as it is', () => {
    expect(boundarySchema.parse(polygon)).toEqual(polygon)
  })

  it('unwraps a Feature, as geojson.io and QGIS export it', () => {
    expect(boundarySchema.parse(feature)).toEqual(polygon)
  })

  it('unwraps a FeatureCollection of one Feature', () => {
    expect(boundarySchema.parse({ type: 'FeatureCollection', features: [feature] })).toEqual(polygon)
  })

  it('unwraps a MultiPolygon of one polygon, inside a Feature too', () => {
    const multi = { type: 'MultiPolygon', coordinates: [[square]] }
    expect(boundarySchema.parse(multi)).toEqual(polygon)
    expect(boundarySchema.parse({ type: 'Feature', properties: null, geometry: multi })).toEqual(polygon)
  })

  it('refuses a MultiPolygon or a FeatureCollection of several polygons, counting them', () => {
    const two = boundarySchema.safeParse({ type: 'MultiPolygon', coordinates: [[square], [square]] })
    expect(two.error?.issues[0]?.message).toContain('this MultiPolygon holds 2')
    const collection = boundarySchema.safeParse({ type: 'FeatureCollection', features: [feature, feature, feature] })
    expect(collection.error?.issues[0]?.message).toContain('this FeatureCollection holds 3')
    const empty = boundarySchema.safeParse({ type: 'FeatureCollection', features: [] })
    expect(empty.error?.issues[0]?.message).toContain('holds 0')
  })

  it('refuses a Feature without a geometry or with a point', () => {
    expect(boundarySchema.safeParse({ type: 'Feature', properties: {}, geometry: null }).error?.issues[0]?.message).toContain('no geometry')
    expect(boundarySchema.safeParse({ type: 'Feature', properties: {} }).error?.issues[0]?.message).toContain('no geometry')
    expect(boundarySchema.safeParse({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [9.19, 45.46] } }).error?.issues[0]?.message).toContain(
      'not a "Point"',
    )
  })

  it('checks the polygon inside a Feature like any other', () => {
    const result = boundarySchema.safeParse({ ...feature, geometry: { type: 'Polygon', coordinates: [square.slice(0, 4)] } })
    expect(result.error?.issues[0]).toMatchObject({ path: ['geometry', 'coordinates', 0], message: expect.stringContaining('not closed') })
  })
})

describe('unwrapBoundary', () => {
  it('gives the Polygon a pasted Feature stands for', () => {
    expect(unwrapBoundary({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } })).toEqual({ type: 'Polygon', coordinates: [square] })
  })

  it('leaves an invalid or empty value untouched, for validation to explain', () => {
    const invalid = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square.slice(0, 4)] } }
    expect(unwrapBoundary(invalid)).toBe(invalid)
    expect(unwrapBoundary(null)).toBeNull()
    expect(unwrapBoundary(undefined)).toBeUndefined()
  })
})

describe('boundaryProblem', () => {
  it('is null for a valid boundary or none', () => {
    expect(boundaryProblem({ type: 'Polygon', coordinates: [square] })).toBeNull()
    expect(boundaryProblem({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } }] })).toBeNull()
    expect(boundaryProblem(null)).toBeNull()
    expect(boundaryProblem('')).toBeNull()
  })

  it('says where the problem is, counting rings and positions from 1, in both languages', () => {
    const ring = square.map((p, i) => (i === 2 ? [9.2, 245] : p))
    expect(boundaryProblem({ type: 'Polygon', coordinates: [square, ring] })).toBe(
      "Confine non valido (anello 2, punto 3, latitudine): La latitudine 245 è fuori dall'intervallo −90…90 / Invalid boundary (ring 2, position 3, latitude): Latitude 245 is outside −90…90",
    )
  })

  it('counts rings the same way inside a Feature, a FeatureCollection or a MultiPolygon', () => {
    const open = square.slice(0, 4)
    const expected = expect.stringMatching(/^Confine non valido \(anello 1\): L'anello .* \/ Invalid boundary \(ring 1\): The polygon ring is not closed/)
    const polygon = { type: 'Polygon', coordinates: [open] }
    expect(boundaryProblem({ type: 'Feature', properties: {}, geometry: polygon })).toEqual(expected)
    expect(boundaryProblem({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: polygon }] })).toEqual(expected)
    expect(boundaryProblem({ type: 'MultiPolygon', coordinates: [[open]] })).toEqual(expected)
  })

  it('explains a value that is no GeoJSON object at all', () => {
    expect(boundaryProblem([square])).toBe(
      'Confine non valido: Il confine deve essere un oggetto GeoJSON, non un elenco / Invalid boundary: The boundary must be a GeoJSON object, not a list',
    )
    expect(boundaryProblem('Polygon')).toContain('not a text')
  })
})

describe('latLngSchema', () => {
  it('accepts a point in Milan', () => {
    expect(latLngSchema.safeParse({ lat: 45.4642, lng: 9.19 }).data).toEqual({ lat: 45.4642, lng: 9.19 })
  })

  it('accepts the bounds themselves', () => {
    expect(latLngSchema.safeParse({ lat: -90, lng: 180 }).success).toBe(true)
    expect(latLngSchema.safeParse({ lat: 90, lng: -180 }).success).toBe(true)
  })

  it('rejects a latitude out of range', () => {
    const result = latLngSchema.safeParse({ lat: 91, lng: 9.19 })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path)).toEqual([['lat']])
  })

  it('rejects a longitude out of range', () => {
    const result = latLngSchema.safeParse({ lat: 45.46, lng: -181 })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path)).toEqual([['lng']])
  })

  it('rejects a point given as text', () => {
    expect(latLngSchema.safeParse({ lat: '45.46', lng: '9.19' }).success).toBe(false)
  })
})
