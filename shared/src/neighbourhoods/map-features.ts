import type { Point, Polygon } from 'geojson'
import {
  boundaryOf,
  byTitle,
  centreOf,
  collection,
  pointAt,
  type CommonProperties,
  type DomainFeature,
  type DomainFeatureCollection,
  type MapLayerPart,
  type MapNeighbourhood,
} from '../maps/features.ts'

/** The neighbourhoods' layer of the public map (`quartieri`). */

export interface NeighbourhoodProperties extends CommonProperties {
  layer: 'quartieri'
  /** `boundary` for its drawn polygon, `centre` when it only has a point. */
  shape: 'boundary' | 'centre'
}

/** Neighbourhoods: their boundary polygon, or their centre when no boundary is drawn. */
export function neighbourhoodFeatures(neighbourhoods: readonly MapNeighbourhood[]): DomainFeatureCollection<NeighbourhoodProperties, Polygon | Point> {
  const features = neighbourhoods.flatMap((n): Array<DomainFeature<NeighbourhoodProperties, Polygon | Point>> => {
    const boundary = boundaryOf(n)
    const centre = boundary ? null : centreOf(n)
    const geometry = boundary ?? (centre ? pointAt(centre) : null)
    if (!geometry) return []
    const properties: NeighbourhoodProperties = { layer: 'quartieri', title: n.name, path: `/quartieri/${n.slug}`, neighbourhood: n.slug, shape: boundary ? 'boundary' : 'centre' }
    return [{ type: 'Feature', geometry, properties }]
  })
  return collection(features.sort(byTitle))
}

export const neighbourhoodsMapLayer: MapLayerPart<'quartieri', NeighbourhoodProperties, { neighbourhoods: readonly MapNeighbourhood[] }, Polygon | Point> = {
  layer: 'quartieri',
  build: (records) => neighbourhoodFeatures(records.neighbourhoods),
}
