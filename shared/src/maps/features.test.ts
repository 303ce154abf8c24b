import { describe, expect, it } from 'vitest'
import { boundaryOf, boundsOf, positionOf, rewind } from './features.ts'
import { buildMapLayers, mergeLayers } from './map-layers.ts'
import { NOW, clockwise, sanSiro, lab } from './map-fixtures.ts'

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
