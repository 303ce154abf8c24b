import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson'
import type { PublicNeighbourhood } from '../neighbourhoods/neighbourhood.ts'
import { idKey } from '../platform/ids.ts'
import { polygonSchema } from './polygon.ts'

/*
 * What every domain's map features are made of: GeoJSON (RFC 7946) features with a layer, a title, the
 * record's page and its neighbourhood, positions in [longitude, latitude] order. Each domain builds its own
 * layer from its published records (`<domain>/map-features.ts`); `map-layers.ts` puts the layers together.
 */

export interface CommonProperties {
  title: string
  /** The record's page, as an Italian path (the English site prefixes /en). */
  path: string
  /** Slug of the neighbourhood it belongs to (a pact's first one), or null. */
  neighbourhood: string | null
}

/** A domain's feature: a point unless the domain says otherwise. */
export type DomainFeature<P, G extends Geometry = Point> = Feature<G, P>
export type DomainFeatureCollection<P, G extends Geometry = Point> = FeatureCollection<G, P>

/** A neighbourhood with what the map needs; `boundary` is checked here, so a bad shape is left out, not fatal. */
export type MapNeighbourhood = Pick<PublicNeighbourhood, 'slug' | 'name' | 'centre' | 'venue'> & { boundary?: unknown }

type LatLngLike = { lat?: number | null; lng?: number | null } | null | undefined

/** A GeoJSON position from a stored {lat, lng}, or null when either is missing or out of range. */
export function positionOf(point: LatLngLike): Position | null {
  const lat = point?.lat
  const lng = point?.lng
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) return null
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return null
  return [lng, lat]
}

export const pointAt = (position: Position): Point => ({ type: 'Point', coordinates: position })

/** Twice the signed area of a ring (positive when counterclockwise, in lon/lat as drawn on a plate carrée). */
function signedArea(ring: Position[]): number {
  let sum = 0
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!
  return sum
}

/** A polygon wound as RFC 7946 §3.1.6 asks: the outer ring counterclockwise, holes clockwise. */
export function rewind(polygon: Polygon): Polygon {
  return {
    type: 'Polygon',
    coordinates: polygon.coordinates.map((ring, index) => {
      const counterclockwise = signedArea(ring) > 0
      return counterclockwise === (index === 0) ? ring : [...ring].reverse()
    }),
  }
}

/** A neighbourhood's own boundary, or null when it has none or it is not a valid polygon. */
export function boundaryOf(neighbourhood: Pick<MapNeighbourhood, 'boundary'>): Polygon | null {
  if (neighbourhood.boundary === null || neighbourhood.boundary === undefined) return null
  const parsed = polygonSchema.safeParse(neighbourhood.boundary)
  return parsed.success ? rewind(parsed.data as Polygon) : null
}

/** Where a neighbourhood is, as one point: its centre, else its venue. */
export function centreOf(neighbourhood: MapNeighbourhood): Position | null {
  return positionOf(neighbourhood.centre) ?? positionOf(neighbourhood.venue?.location)
}

const collator = new Intl.Collator('it')
export const byTitle = <T extends { properties: { title: string } }>(a: T, b: T) => collator.compare(a.properties.title, b.properties.title)

export function collection<F extends Feature>(features: F[]): FeatureCollection<F['geometry'], F['properties']> {
  return { type: 'FeatureCollection', features }
}

/** The slug of a populated relationship (`{ slug }`), or of an id through `slugs`, or null. */
export function slugOf(ref: unknown, slugs: ReadonlyMap<string, string> = new Map()): string | null {
  if (typeof ref === 'object' && ref !== null && typeof (ref as { slug?: unknown }).slug === 'string') return (ref as { slug: string }).slug
  const id = idKey(ref)
  return id === undefined ? null : (slugs.get(id) ?? null)
}

/** The arithmetic mean of positions: fine at a city's scale, far from the antimeridian. */
export function meanOf(positions: readonly Position[]): Position | null {
  if (positions.length === 0) return null
  const lng = positions.reduce((sum, p) => sum + p[0]!, 0) / positions.length
  const lat = positions.reduce((sum, p) => sum + p[1]!, 0) / positions.length
  return [lng, lat]
}

/** [[west, south], [east, north]] around every position of the features, or null when there are none. */
export function boundsOf(features: readonly Feature<Point | Polygon>[]): [[number, number], [number, number]] | null {
  let west = Infinity
  let south = Infinity
  let east = -Infinity
  let north = -Infinity
  const extend = (p: Position) => {
    west = Math.min(west, p[0]!)
    east = Math.max(east, p[0]!)
    south = Math.min(south, p[1]!)
    north = Math.max(north, p[1]!)
  }
  for (const { geometry } of features) {
    if (geometry.type === 'Point') extend(geometry.coordinates)
    else for (const ring of geometry.coordinates) ring.forEach(extend)
  }
  return Number.isFinite(west)
    ? [
        [west, south],
        [east, north],
      ]
    : null
}

/** What every layer is built with: the time, how far ahead to look, and the neighbourhoods' slugs by id. */
export interface LayerContext {
  now: Date
  days?: number
  neighbourhoodSlugs: ReadonlyMap<string, string>
  /** Every published neighbourhood, for layers placed by their neighbourhoods' centres. */
  neighbourhoods: readonly MapNeighbourhood[]
}

/**
 * A domain's part of the public map: its layer's name (the `livello` parameter), how to build the layer from
 * the published records it reads, and, where it is not the feature's own `neighbourhood`, which
 * neighbourhoods a feature belongs to.
 */
export interface MapLayerPart<L extends string, P extends CommonProperties & { layer: L }, R, G extends Geometry = Point> {
  layer: L
  build: (records: R, context: LayerContext) => DomainFeatureCollection<P, G>
  belongsTo?: (properties: P, neighbourhood: string) => boolean
}
