import { describe, expect, it } from 'vitest'
import { neighbourhoodAt } from './locate.ts'

// Two neighbouring squares in Milan, as [longitude, latitude]: west from 9.10 to 9.20, east from 9.20 to 9.30.
const square = (west: number, east: number, south = 45.4, north = 45.5) => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
]

const west = { id: 1, name: 'Ovest', boundary: { type: 'Polygon', coordinates: [square(9.1, 9.2)] } }
const east = { id: 2, name: 'Est', boundary: { type: 'Polygon', coordinates: [square(9.2, 9.3)] } }
// A park in the middle of the east square that belongs to no neighbourhood.
const eastWithHole = { ...east, boundary: { type: 'Polygon', coordinates: [square(9.2, 9.3), square(9.24, 9.26, 45.44, 45.46).reverse()] } }

describe('neighbourhoodAt', () => {
  it('finds the neighbourhood whose boundary contains the point', () => {
    expect(neighbourhoodAt({ lat: 45.45, lng: 9.15 }, [west, east])).toBe(west)
    expect(neighbourhoodAt({ lat: 45.45, lng: 9.25 }, [west, east])).toBe(east)
  })

  it('gives null for a point outside every boundary', () => {
    expect(neighbourhoodAt({ lat: 45.6, lng: 9.15 }, [west, east])).toBeNull()
    expect(neighbourhoodAt({ lat: 45.45, lng: 9.15 }, [])).toBeNull()
  })

  it('reads the point as latitude and longitude, not the other way round', () => {
    expect(neighbourhoodAt({ lat: 9.15, lng: 45.45 }, [west, east])).toBeNull()
  })

  it('respects holes', () => {
    expect(neighbourhoodAt({ lat: 45.45, lng: 9.25 }, [eastWithHole])).toBeNull()
    expect(neighbourhoodAt({ lat: 45.43, lng: 9.25 }, [eastWithHole])).toBe(eastWithHole)
  })

  it('takes the first one listed when boundaries touch or overlap', () => {
    const onTheSharedEdge = { lat: 45.45, lng: 9.2 }
    expect(neighbourhoodAt(onTheSharedEdge, [west, east])).toBe(west)
    expect(neighbourhoodAt(onTheSharedEdge, [east, west])).toBe(east)
  })

  it('follows a concave boundary', () => {
    // An L: the square's north-east quarter is cut out.
    const ell = {
      id: 'elle',
      boundary: {
        type: 'Polygon',
        coordinates: [
          [
            [9.1, 45.4],
            [9.3, 45.4],
            [9.3, 45.45],
            [9.2, 45.45],
            [9.2, 45.5],
            [9.1, 45.5],
            [9.1, 45.4],
          ],
        ],
      },
    }
    expect(neighbourhoodAt({ lat: 45.48, lng: 9.15 }, [ell])).toBe(ell)
    expect(neighbourhoodAt({ lat: 45.48, lng: 9.25 }, [ell])).toBeNull()
  })

  it('skips neighbourhoods without a boundary or with a malformed one', () => {
    const none = { id: 3, boundary: null }
    const open = { id: 4, boundary: { type: 'Polygon', coordinates: [square(9.1, 9.2).slice(0, 4)] } }
    const text = { id: 5, boundary: 'Polygon' }
    expect(neighbourhoodAt({ lat: 45.45, lng: 9.15 }, [none, open, text, west])).toBe(west)
    expect(neighbourhoodAt({ lat: 45.45, lng: 9.15 }, [{ id: 6 }])).toBeNull()
  })

  it('gives null for a point that is not a valid latitude and longitude', () => {
    expect(neighbourhoodAt({ lat: Number.NaN, lng: 9.15 }, [west])).toBeNull()
    expect(neighbourhoodAt({ lat: 95, lng: 9.15 }, [west])).toBeNull()
  })
})
