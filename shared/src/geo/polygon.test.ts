import { describe, expect, it } from 'vitest'
import { latLngSchema, polygonSchema } from './polygon.ts'

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
    const lngFirst = [[170, 45], [171, 45], [171, 46], [170, 45]]
    const latFirst = lngFirst.map(([lng, lat]) => [lat, lng])
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [lngFirst] }).success).toBe(true)
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [latFirst] }).success).toBe(false)
  })

  it('accepts the extreme valid coordinates', () => {
    const ring = [[-180, -90], [180, -90], [180, 90], [-180, -90]]
    expect(polygonSchema.safeParse({ type: 'Polygon', coordinates: [ring] }).success).toBe(true)
  })

  it('rejects other geometry types', () => {
    issuesOf({ type: 'MultiPolygon', coordinates: [square] })
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
