import type { FeatureCollection, Point, Polygon } from 'geojson'
import type { PublicEvent } from '../events/event.ts'
import { eventsMapLayer, type EventProperties } from '../events/map-features.ts'
import type { PublicLaboratory } from '../laboratories/laboratory.ts'
import { laboratoriesMapLayer, type LaboratoryProperties } from '../laboratories/map-features.ts'
import { neighbourhoodsMapLayer, type NeighbourhoodProperties } from '../neighbourhoods/map-features.ts'
import { pactsMapLayer, type PactProperties } from '../pacts/map-features.ts'
import type { PublicPact } from '../pacts/pact.ts'
import type { PublicProject } from '../projects/project.ts'
import { projectsMapLayer, type ProjectProperties } from '../projects/map-features.ts'
import { collection, type LayerContext, type MapNeighbourhood } from './features.ts'

/*
 * The public map's layers as GeoJSON (RFC 7946): one FeatureCollection per layer, built from published
 * records only, positions in [longitude, latitude] order. The site serves them at /mappa.geojson and
 * draws them with MapLibre; the same features make the map's list alternative. Each layer is a domain's
 * part (`<domain>/map-features.ts`); this file only lists the parts, in the order the map draws them.
 */

const PARTS = [neighbourhoodsMapLayer, laboratoriesMapLayer, eventsMapLayer, projectsMapLayer, pactsMapLayer] as const

/** The map's layers, by their Italian names (the `livello` parameter of /mappa.geojson). */
export const MAP_LAYERS = PARTS.map((part) => part.layer) as unknown as readonly ['quartieri', 'laboratori', 'eventi', 'progetti', 'patti']
export type MapLayer = (typeof PARTS)[number]['layer']

export function isMapLayer(value: string): value is MapLayer {
  return (MAP_LAYERS as readonly string[]).includes(value)
}

export { UPCOMING_DAYS } from '../events/map-features.ts'
export { boundsOf, positionOf, type MapNeighbourhood } from './features.ts'
export type { EventProperties, LaboratoryProperties, NeighbourhoodProperties, PactProperties, ProjectProperties }

export type MapFeatureProperties = NeighbourhoodProperties | LaboratoryProperties | EventProperties | ProjectProperties | PactProperties
export type MapFeature<P extends MapFeatureProperties = MapFeatureProperties> = import('geojson').Feature<P extends NeighbourhoodProperties ? Polygon | Point : Point, P>
export type MapFeatureCollection<P extends MapFeatureProperties = MapFeatureProperties> = FeatureCollection<MapFeature<P>['geometry'], P>

/** Everything published that the map can show, as the site reads it: what the layers' parts read, together. */
export interface MapRecords {
  neighbourhoods: readonly (MapNeighbourhood & { id?: number | string })[]
  laboratories: readonly PublicLaboratory[]
  events: readonly PublicEvent[]
  pacts: readonly PublicPact[]
  projects: readonly PublicProject[]
}

export type MapLayers = { [L in MapLayer]: MapFeatureCollection<Extract<MapFeatureProperties, { layer: L }>> }

type AnyPart = {
  layer: MapLayer
  build: (records: MapRecords, context: LayerContext) => MapFeatureCollection
  belongsTo?: (properties: MapFeatureProperties, neighbourhood: string) => boolean
}

/** Whether a feature belongs to a neighbourhood: its layer's part says so, else its own `neighbourhood`. */
export function inNeighbourhood(properties: MapFeatureProperties, slug: string): boolean {
  const part = (PARTS as readonly AnyPart[]).find((p) => p.layer === properties.layer)
  return part?.belongsTo ? part.belongsTo(properties, slug) : properties.neighbourhood === slug
}

/**
 * Every layer built from published records, optionally only one neighbourhood's features (its own
 * boundary, and what lies in it). Layers not asked for come back empty.
 */
export function buildMapLayers(records: MapRecords, options: { layers?: readonly MapLayer[]; neighbourhood?: string; now?: Date; days?: number } = {}): MapLayers {
  const wanted = new Set(options.layers ?? MAP_LAYERS)
  const context: LayerContext = {
    now: options.now ?? new Date(),
    days: options.days,
    neighbourhoods: records.neighbourhoods,
    neighbourhoodSlugs: new Map(records.neighbourhoods.flatMap((n) => (n.id === undefined ? [] : [[String(n.id), n.slug] as const]))),
  }
  const slug = options.neighbourhood
  const layers = {} as Record<MapLayer, MapFeatureCollection>
  for (const part of PARTS as readonly AnyPart[]) {
    const built = wanted.has(part.layer) ? part.build(records, context) : (collection([]) as MapFeatureCollection)
    if (slug !== undefined) built.features = built.features.filter((f) => inNeighbourhood(f.properties, slug))
    layers[part.layer] = built
  }
  return layers as MapLayers
}

/** The layers' features in one collection, in the order of MAP_LAYERS (what /mappa.geojson serves). */
export function mergeLayers(layers: MapLayers, only: readonly MapLayer[] = MAP_LAYERS): MapFeatureCollection {
  return collection(only.flatMap((layer) => (layers[layer] as MapFeatureCollection).features)) as MapFeatureCollection
}
