import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson'
import { isRecurring, type PublicEvent } from '../events/event.ts'
import { occurrencesOf } from '../events/occurrences.ts'
import type { PublicNeighbourhood } from '../neighbourhoods/neighbourhood.ts'
import { publicStatus, refId, type PublicPact, type PublicPactStatus, type PublicProject } from '../pacts/pact.ts'
import type { PublicLaboratory } from '../laboratories/laboratory.ts'
import { polygonSchema } from './polygon.ts'

/*
 * The public map's layers as GeoJSON (RFC 7946): one FeatureCollection per layer, built from published
 * records only, positions in [longitude, latitude] order. The site serves them at /mappa.geojson and
 * draws them with MapLibre; the same features make the map's list alternative.
 */

/** The map's layers, by their Italian names (the `livello` parameter of /mappa.geojson). */
export const MAP_LAYERS = ['quartieri', 'laboratori', 'eventi', 'progetti', 'patti'] as const
export type MapLayer = (typeof MAP_LAYERS)[number]

export function isMapLayer(value: string): value is MapLayer {
  return (MAP_LAYERS as readonly string[]).includes(value)
}

/** How far ahead an event counts as upcoming on the map: as far as the home page looks. */
export const UPCOMING_DAYS = 183

interface CommonProperties {
  title: string
  /** The record's page, as an Italian path (the English site prefixes /en). */
  path: string
  /** Slug of the neighbourhood it belongs to (a pact's first one), or null. */
  neighbourhood: string | null
}

export interface NeighbourhoodProperties extends CommonProperties {
  layer: 'quartieri'
  /** `boundary` for its drawn polygon, `centre` when it only has a point. */
  shape: 'boundary' | 'centre'
}

export interface LaboratoryProperties extends CommonProperties {
  layer: 'laboratori'
  phase: PublicLaboratory['phase']
  venue: string | null
}

export interface EventProperties extends CommonProperties {
  layer: 'eventi'
  /** Start of the next occurrence, ISO 8601 in UTC. */
  date: string
  /** Local date (Europe/Rome) of that occurrence, YYYY-MM-DD. */
  day: string
  type: PublicEvent['type']
  venue: string | null
  cancelled: boolean
}

export interface ProjectProperties extends CommonProperties {
  layer: 'progetti'
  status: PublicProject['status']
  domain: PublicProject['domain']
  /** Slug of its pact, or null. */
  pact: string | null
}

export interface PactProperties extends CommonProperties {
  layer: 'patti'
  code: string
  status: PublicPactStatus
  /** Every neighbourhood of the pact, by slug. */
  neighbourhoods: string[]
  /** Where the point comes from: the mean of its projects' points, or of its neighbourhoods' centres. */
  placement: 'projects' | 'neighbourhoods'
}

export type MapFeatureProperties = NeighbourhoodProperties | LaboratoryProperties | EventProperties | ProjectProperties | PactProperties
export type MapFeature<P extends MapFeatureProperties = MapFeatureProperties> = Feature<P extends NeighbourhoodProperties ? Polygon | Point : Point, P>
export type MapFeatureCollection<P extends MapFeatureProperties = MapFeatureProperties> = FeatureCollection<MapFeature<P>['geometry'], P>

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

const pointAt = (position: Position): Point => ({ type: 'Point', coordinates: position })

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
function centreOf(neighbourhood: MapNeighbourhood): Position | null {
  return positionOf(neighbourhood.centre) ?? positionOf(neighbourhood.venue?.location)
}

const collator = new Intl.Collator('it')
const byTitle = <T extends { properties: { title: string } }>(a: T, b: T) => collator.compare(a.properties.title, b.properties.title)

function collection<P extends MapFeatureProperties>(features: Array<MapFeature<P>>): MapFeatureCollection<P> {
  return { type: 'FeatureCollection', features } as MapFeatureCollection<P>
}

/** The slug of a populated relationship (`{ slug }`), or of an id through `slugs`, or null. */
function slugOf(ref: unknown, slugs: ReadonlyMap<string, string> = new Map()): string | null {
  if (typeof ref === 'object' && ref !== null && typeof (ref as { slug?: unknown }).slug === 'string') return (ref as { slug: string }).slug
  const id = refId(ref)
  return id === undefined ? null : (slugs.get(id) ?? null)
}

/** Neighbourhoods: their boundary polygon, or their centre when no boundary is drawn. */
export function neighbourhoodFeatures(neighbourhoods: readonly MapNeighbourhood[]): MapFeatureCollection<NeighbourhoodProperties> {
  const features = neighbourhoods.flatMap((n): Array<MapFeature<NeighbourhoodProperties>> => {
    const boundary = boundaryOf(n)
    const centre = boundary ? null : centreOf(n)
    const geometry = boundary ?? (centre ? pointAt(centre) : null)
    if (!geometry) return []
    const properties: NeighbourhoodProperties = { layer: 'quartieri', title: n.name, path: `/quartieri/${n.slug}`, neighbourhood: n.slug, shape: boundary ? 'boundary' : 'centre' }
    return [{ type: 'Feature', geometry, properties }]
  })
  return collection(features.sort(byTitle))
}

/** Laboratories at their venue; a lab without a located venue is left out. */
export function laboratoryFeatures(labs: readonly PublicLaboratory[], neighbourhoodSlugs?: ReadonlyMap<string, string>): MapFeatureCollection<LaboratoryProperties> {
  const features = labs.flatMap((lab): Array<MapFeature<LaboratoryProperties>> => {
    const position = positionOf(lab.venue?.location)
    if (!position) return []
    const properties: LaboratoryProperties = {
      layer: 'laboratori',
      title: lab.title,
      path: `/laboratori/${lab.slug}`,
      neighbourhood: slugOf(lab.neighbourhood, neighbourhoodSlugs),
      phase: lab.phase,
      venue: lab.venue?.name ?? null,
    }
    return [{ type: 'Feature', geometry: pointAt(position), properties }]
  })
  return collection(features.sort(byTitle))
}

/**
 * Events with an occurrence between `from` and `from` + `days`, at their venue and dated by that next
 * occurrence, soonest first; an event without a located venue is left out (the calendar lists it).
 */
export function eventFeatures(
  events: readonly PublicEvent[],
  options: { from?: Date; days?: number; neighbourhoodSlugs?: ReadonlyMap<string, string> } = {},
): MapFeatureCollection<EventProperties> {
  const from = options.from ?? new Date()
  const to = new Date(from.getTime() + (options.days ?? UPCOMING_DAYS) * 86_400_000)
  const features = events.flatMap((event): Array<MapFeature<EventProperties>> => {
    const position = positionOf(event.venue?.location)
    if (!position || clearlyOutside(event, from.getTime(), to.getTime())) return []
    const next = occurrencesOf(event, from, to).find((o) => o.start.getTime() >= from.getTime())
    if (!next) return []
    const properties: EventProperties = {
      layer: 'eventi',
      title: event.title,
      path: `/eventi/${event.slug}`,
      neighbourhood: slugOf(event.neighbourhood, options.neighbourhoodSlugs),
      date: next.start.toISOString(),
      day: next.day,
      type: event.type,
      venue: event.venue?.name ?? null,
      cancelled: event.cancelled === true,
    }
    return [{ type: 'Feature', geometry: pointAt(position), properties }]
  })
  // ISO dates in UTC sort as strings.
  return collection(features.sort((a, b) => (a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : byTitle(a, b))))
}

/**
 * Whether a one-off event surely has no time between `fromMs` and `toMs`, judged from its dates with two
 * days to spare whatever their time zone or all-day length: a city's calendar holds thousands of events
 * months away, and working out their occurrences in Rome time one by one is the map's main cost.
 */
function clearlyOutside(event: PublicEvent, fromMs: number, toMs: number): boolean {
  if (isRecurring(event)) return false
  const margin = 2 * 86_400_000
  const start = Date.parse(event.start)
  const end = event.end ? Date.parse(event.end) : start
  if (Number.isNaN(start) || Number.isNaN(end)) return false
  return start - margin >= toMs || Math.max(start, end) + margin <= fromMs
}

/** Projects at their own point; a project without one is left out (its pact's page lists it). */
export function projectFeatures(
  projects: readonly PublicProject[],
  options: { pacts?: readonly PublicPact[]; neighbourhoodSlugs?: ReadonlyMap<string, string> } = {},
): MapFeatureCollection<ProjectProperties> {
  const pactSlugs = new Map((options.pacts ?? []).map((p) => [String(p.id), p.slug]))
  const features = projects.flatMap((project): Array<MapFeature<ProjectProperties>> => {
    const position = positionOf(project.location)
    if (!position) return []
    const properties: ProjectProperties = {
      layer: 'progetti',
      title: project.title,
      path: `/progetti/${project.slug}`,
      neighbourhood: slugOf(project.neighbourhood, options.neighbourhoodSlugs),
      status: project.status,
      domain: project.domain,
      pact: slugOf(project.pact, pactSlugs),
    }
    return [{ type: 'Feature', geometry: pointAt(position), properties }]
  })
  return collection(features.sort(byTitle))
}

/** The arithmetic mean of positions: fine at a city's scale, far from the antimeridian. */
function meanOf(positions: readonly Position[]): Position | null {
  if (positions.length === 0) return null
  const lng = positions.reduce((sum, p) => sum + p[0]!, 0) / positions.length
  const lat = positions.reduce((sum, p) => sum + p[1]!, 0) / positions.length
  return [lng, lat]
}

/**
 * Pacts have no place of their own, so each is put at the mean of its published projects' points; a pact
 * whose projects have no point goes to the mean of its neighbourhoods' centres (`placement` says which);
 * one with neither is left out.
 */
export function pactFeatures(
  pacts: readonly PublicPact[],
  options: { projects?: readonly PublicProject[]; neighbourhoods?: readonly MapNeighbourhood[]; neighbourhoodSlugs?: ReadonlyMap<string, string>; now?: Date } = {},
): MapFeatureCollection<PactProperties> {
  const projectPoints = new Map<string, Position[]>()
  for (const project of options.projects ?? []) {
    const pact = refId(project.pact)
    const position = positionOf(project.location)
    if (pact === undefined || !position) continue
    projectPoints.set(pact, [...(projectPoints.get(pact) ?? []), position])
  }
  const centres = new Map((options.neighbourhoods ?? []).flatMap((n) => {
    const centre = centreOf(n)
    return centre ? [[n.slug, centre] as const] : []
  }))
  const features = pacts.flatMap((pact): Array<MapFeature<PactProperties>> => {
    const neighbourhoods = (pact.neighbourhoods ?? []).map((n) => slugOf(n, options.neighbourhoodSlugs)).filter((s): s is string => s !== null)
    const fromProjects = meanOf(projectPoints.get(String(pact.id)) ?? [])
    const position = fromProjects ?? meanOf(neighbourhoods.flatMap((slug) => (centres.has(slug) ? [centres.get(slug)!] : [])))
    if (!position) return []
    const properties: PactProperties = {
      layer: 'patti',
      title: pact.title,
      path: `/patti/${pact.slug}`,
      neighbourhood: neighbourhoods[0] ?? null,
      code: pact.code,
      status: publicStatus(pact, options.now),
      neighbourhoods,
      placement: fromProjects ? 'projects' : 'neighbourhoods',
    }
    return [{ type: 'Feature', geometry: pointAt(position), properties }]
  })
  return collection(features.sort(byTitle))
}

/** Whether a feature belongs to a neighbourhood (a pact to any of its neighbourhoods). */
export function inNeighbourhood(properties: MapFeatureProperties, slug: string): boolean {
  return properties.layer === 'patti' ? properties.neighbourhoods.includes(slug) : properties.neighbourhood === slug
}

/** Everything published that the map can show, as the site reads it. */
export interface MapRecords {
  neighbourhoods: readonly (MapNeighbourhood & { id?: number | string })[]
  laboratories: readonly PublicLaboratory[]
  events: readonly PublicEvent[]
  pacts: readonly PublicPact[]
  projects: readonly PublicProject[]
}

export type MapLayers = { [L in MapLayer]: MapFeatureCollection<Extract<MapFeatureProperties, { layer: L }>> }

/**
 * Every layer built from published records, optionally only one neighbourhood's features (its own
 * boundary, and what lies in it). Layers not asked for come back empty.
 */
export function buildMapLayers(records: MapRecords, options: { layers?: readonly MapLayer[]; neighbourhood?: string; now?: Date; days?: number } = {}): MapLayers {
  const wanted = new Set(options.layers ?? MAP_LAYERS)
  const neighbourhoodSlugs = new Map(records.neighbourhoods.flatMap((n) => (n.id === undefined ? [] : [[String(n.id), n.slug] as const])))
  const now = options.now ?? new Date()
  const empty = () => collection<never>([])
  const layers = {
    quartieri: wanted.has('quartieri') ? neighbourhoodFeatures(records.neighbourhoods) : empty(),
    laboratori: wanted.has('laboratori') ? laboratoryFeatures(records.laboratories, neighbourhoodSlugs) : empty(),
    eventi: wanted.has('eventi') ? eventFeatures(records.events, { from: now, days: options.days, neighbourhoodSlugs }) : empty(),
    progetti: wanted.has('progetti') ? projectFeatures(records.projects, { pacts: records.pacts, neighbourhoodSlugs }) : empty(),
    patti: wanted.has('patti') ? pactFeatures(records.pacts, { projects: records.projects, neighbourhoods: records.neighbourhoods, neighbourhoodSlugs, now }) : empty(),
  } as MapLayers
  const slug = options.neighbourhood
  if (slug === undefined) return layers
  for (const layer of MAP_LAYERS) {
    const fc = layers[layer] as MapFeatureCollection
    fc.features = fc.features.filter((f) => inNeighbourhood(f.properties, slug))
  }
  return layers
}

/** The layers' features in one collection, in the order of MAP_LAYERS (what /mappa.geojson serves). */
export function mergeLayers(layers: MapLayers, only: readonly MapLayer[] = MAP_LAYERS): MapFeatureCollection {
  return collection(only.flatMap((layer) => (layers[layer] as MapFeatureCollection).features))
}

/** [[west, south], [east, north]] around every position of the features, or null when there are none. */
export function boundsOf(features: readonly MapFeature[]): [[number, number], [number, number]] | null {
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
  return Number.isFinite(west) ? [[west, south], [east, north]] : null
}
