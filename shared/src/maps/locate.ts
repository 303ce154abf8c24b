import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { latLngSchema, polygonSchema, type LatLng } from './polygon.ts'

export interface Bounded<Id> {
  id: Id
  /** A GeoJSON Polygon; a missing or malformed one contains nothing. */
  boundary?: unknown
}

/**
 * The first neighbourhood whose boundary contains the point (a point on the boundary line counts as
 * inside, a point in a hole does not), or null. Geography is computed here rather than in the
 * database because SQLite has no geo queries (see DESIGN.md §3).
 */
export function neighbourhoodAt<Id, N extends Bounded<Id>>(point: LatLng, neighbourhoods: readonly N[]): N | null {
  if (!latLngSchema.safeParse(point).success) return null
  const position = [point.lng, point.lat]
  for (const neighbourhood of neighbourhoods) {
    const boundary = polygonSchema.safeParse(neighbourhood.boundary)
    if (boundary.success && booleanPointInPolygon(position, boundary.data)) return neighbourhood
  }
  return null
}
