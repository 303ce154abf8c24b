import { z } from 'zod'
import { boundsOf, buildMapLayers, isMapLayer, MAP_LAYERS, mergeLayers, type MapLayer, type MapLayers, type MapRecords } from '@quartieri/shared/maps/map-layers'
import { publicNeighbourhoodSchema, type PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { registerCache } from '../platform/cache.ts'
import { allLaboratories, listLaboratories } from '../laboratories/cms.ts'
import { CMS_PUBLIC_URL, fetchValidated, getSettings } from '../platform/cms.ts'
import { withSettings } from '../platform/page-data.ts'
import { eventIn, eventIndex } from '../events/event-index.ts'
import { publishedPactRecords } from '../pacts/pact-index.ts'
import { idKey } from '@quartieri/shared/platform/ids'
import { config } from '../platform/config.ts'
import { copyLang } from '../platform/i18n/content.ts'
import { DEFAULT_LOCALE, type SiteLocale } from '../platform/i18n/locales.ts'

/*
 * What the maps read: every published record with a place, built into the layers of
 * @quartieri/shared/geo/map-layers, and how a map should open (view, basemap).
 */

/** A basemap style that does not answer in this time is given up for the page's security policy (the browser still tries it). */
const STYLE_TIMEOUT_MS = config.MAP_STYLE_TIMEOUT_MS

const mapNeighbourhoodSchema = publicNeighbourhoodSchema.pick({ id: true, name: true, slug: true, centre: true, venue: true, boundary: true })
export type MapNeighbourhoodRecord = z.infer<typeof mapNeighbourhoodSchema>

const mapNeighbourhoodsSchema = z.object({ docs: z.array(mapNeighbourhoodSchema) })

/** Every published neighbourhood with its boundary, centre and venue, by name (purged with the other CMS reads). */
export async function allMapNeighbourhoods(): Promise<MapNeighbourhoodRecord[]> {
  const params: Record<string, string> = { 'where[_status][equals]': 'published', pagination: 'false', depth: '0', sort: 'name' }
  for (const field of ['name', 'slug', 'centre', 'venue', 'boundary']) params[`select[${field}]`] = 'true'
  return (await fetchValidated('/api/neighbourhoods', params, mapNeighbourhoodsSchema)).docs
}

/** The published records the asked-for layers need (neighbourhoods always: they name and place the rest), in `locale`. */
async function mapRecords(layers: readonly MapLayer[], locale: SiteLocale): Promise<MapRecords> {
  const wants = (...names: MapLayer[]) => names.some((name) => layers.includes(name))
  const [neighbourhoodRecords, laboratories, events, pactRecords] = await Promise.all([
    allMapNeighbourhoods(),
    wants('laboratori') ? allLaboratories(locale) : [],
    wants('eventi') ? eventIndex().then((index) => index.events.map((e) => eventIn(e, locale))) : [],
    wants('progetti', 'patti') ? publishedPactRecords(locale) : { pacts: [], projects: [] },
  ])
  return { neighbourhoods: neighbourhoodRecords, laboratories, events, pacts: pactRecords.pacts, projects: pactRecords.projects }
}

/** The features' titles carry the language of their records' titles (an untranslated one is marked in the map's list). */
function withTitleLanguages(layers: MapLayers, records: Pick<MapRecords, 'laboratories' | 'events' | 'pacts' | 'projects'>): MapLayers {
  const sources = new Map<string, object>()
  for (const lab of records.laboratories) sources.set(`/laboratori/${lab.slug}`, lab)
  for (const event of records.events) sources.set(`/eventi/${event.slug}`, event)
  for (const pact of records.pacts) sources.set(`/patti/${pact.slug}`, pact)
  for (const project of records.projects) sources.set(`/progetti/${project.slug}`, project)
  for (const layer of Object.values(layers)) for (const feature of layer.features) copyLang(sources.get(feature.properties.path), 'title', feature.properties, 'title')
  return layers
}

/** What a map shows: its layers, and optionally one neighbourhood's features only. */
export interface MapFilters {
  layers: MapLayer[]
  neighbourhood?: string
}

/** A malformed map parameter, named, with what to write instead in both languages. */
export interface MapFilterError {
  param: 'livello' | 'quartiere'
  value: string
  it: string
  en: string
}

const layerList = { it: 'quartieri, laboratori, eventi, progetti o patti', en: 'quartieri, laboratori, eventi, progetti or patti' }

/**
 * The map's filters from the query: `livello` (repeated, one per layer; none means every layer) and
 * `quartiere` (a neighbourhood's slug); a malformed value is an error naming it.
 */
export function mapFilters(params: URLSearchParams): MapFilters | MapFilterError {
  const layers: MapLayer[] = []
  for (const value of params.getAll('livello')) {
    if (value === '') continue
    if (!isMapLayer(value)) {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
      return {
        param: 'livello',
        value: shown,
        it: `Il livello «${shown}» non esiste: usa ${layerList.it}.`,
        en: `There is no layer «${shown}»: use ${layerList.en}.`,
      }
    }
    if (!layers.includes(value)) layers.push(value)
  }
  const neighbourhood = params.get('quartiere') || undefined
  if (neighbourhood !== undefined && !/^[a-z0-9-]{1,120}$/.test(neighbourhood)) {
    const shown = neighbourhood.length > 40 ? `${neighbourhood.slice(0, 40)}…` : neighbourhood
    return {
      param: 'quartiere',
      value: shown,
      it: `Il quartiere «${shown}» non è valido: usa il nome breve del quartiere come appare nel suo indirizzo, per esempio san-siro.`,
      en: `The neighbourhood «${shown}» is not valid: use its short name as it appears in its address, for example san-siro.`,
    }
  }
  // In the order of the layers, whatever the order of the query.
  return { layers: layers.length === 0 ? [...MAP_LAYERS] : MAP_LAYERS.filter((l) => layers.includes(l)), neighbourhood }
}

export function isFilterError(value: MapFilters | MapFilterError): value is MapFilterError {
  return 'param' in value
}

/**
 * The map's layers for these filters, built from published records, their texts in `locale` (Italian, the
 * reference language of the open data, for /mappa.geojson).
 */
export async function loadMapLayers(filters: MapFilters, locale: SiteLocale = DEFAULT_LOCALE, now = new Date()): Promise<MapLayers> {
  const records = await mapRecords(filters.layers, locale)
  return withTitleLanguages(buildMapLayers(records, { layers: filters.layers, neighbourhood: filters.neighbourhood, now }), records)
}

/** Where a map opens: around given bounds, or at a centre and zoom. */
export type MapViewport = { bounds: [[number, number], [number, number]] } | { centre: [number, number]; zoom: number }

/** Italy, when there is nothing to show and no default view is set. */
const FALLBACK_VIEW: MapViewport = { centre: [12.5, 42.5], zoom: 5 }

/**
 * How a map opens: around the features when it shows one neighbourhood (or `fit` is asked); otherwise the
 * settings' default view, else around everything shown.
 */
export function initialView(layers: MapLayers, settings: PublicSettings | null, fit = false): MapViewport {
  const around = boundsOf(mergeLayers(layers).features)
  const preset = settings?.defaultMapView
  const centre = preset?.centre
  if (!fit && typeof centre?.lat === 'number' && typeof centre.lng === 'number') return { centre: [centre.lng, centre.lat], zoom: preset?.zoom ?? 12 }
  return around ? { bounds: around } : FALLBACK_VIEW
}

const styleOrigins = registerCache<string[]>(4)

/** The http(s) origin of a URL, or null. */
function originOf(value: unknown, base?: string): string | null {
  if (typeof value !== 'string') return null
  try {
    const url = new URL(value, base)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null
  } catch {
    return null
  }
}

const styleSchema = z.object({
  sprite: z.union([z.string(), z.array(z.object({ url: z.string() }))]).optional(),
  glyphs: z.string().optional(),
  sources: z.record(z.string(), z.object({ url: z.string().optional(), tiles: z.array(z.string()).optional() })).optional(),
})

/**
 * The origins a basemap style loads from (the style itself, its sprite, glyphs and tile sources), for the
 * page's security policy. When the style cannot be read from here, only its own origin is given.
 */
export async function basemapOrigins(styleUrl: string): Promise<string[]> {
  const own = originOf(styleUrl)
  if (!own) return []
  return styleOrigins.getOrLoad(styleUrl, async () => {
    const origins = new Set([own])
    try {
      const res = await fetch(styleUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(STYLE_TIMEOUT_MS) })
      const style = res.ok ? styleSchema.safeParse(await res.json()) : null
      if (style?.success) {
        const { sprite, glyphs, sources = {} } = style.data
        const urls = [
          ...(Array.isArray(sprite) ? sprite.map((s) => s.url) : [sprite]),
          glyphs?.replace(/\{[^}]*\}/g, 'x'),
          ...Object.values(sources).flatMap((s) => [s.url, ...(s.tiles ?? [])]),
        ]
        for (const url of urls) {
          const origin = originOf(url?.replace(/\{[^}]*\}/g, '0'), styleUrl)
          if (origin) origins.add(origin)
        }
      }
    } catch (err) {
      console.warn(`basemap style ${styleUrl} not readable from the site: ${(err as Error).message}`)
    }
    return [...origins]
  })
}

/**
 * The site's Content-Security-Policy (middleware.ts) widened for a basemap: its style, sprites, glyphs
 * and tiles are fetched from `origins`. Keep the directives in step with middleware.ts.
 */
export function mapContentSecurityPolicy(origins: readonly string[], cmsOrigin: string): string {
  const extra = origins.length > 0 ? ` ${origins.join(' ')}` : ''
  return [
    "default-src 'self'",
    `img-src 'self' data: blob: ${cmsOrigin}${extra}`,
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "worker-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** The basemap of the settings, when it is an http(s) URL. */
export function basemapStyleUrl(settings: PublicSettings | null): string | null {
  const url = settings?.mapStyleUrl?.trim()
  return url && originOf(url) ? url : null
}

/**
 * The Content-Security-Policy of a page with a map when the settings name a basemap: the site-wide policy
 * plus the hosts of the style, its sprites, glyphs and tiles. Null with no basemap (the site-wide one holds).
 */
export async function basemapContentSecurityPolicy(settings: PublicSettings | null): Promise<string | null> {
  const styleUrl = basemapStyleUrl(settings)
  if (!styleUrl) return null
  const origins = await basemapOrigins(styleUrl)
  return origins.length > 0 ? mapContentSecurityPolicy(origins, new URL(CMS_PUBLIC_URL).origin) : null
}

export interface MapPage {
  settings: PublicSettings
  layers: MapLayers
  filters: MapFilters
  neighbourhoods: Array<{ slug: string; name: string }>
  view: MapViewport
  styleUrl: string | null
  /** Where the basemap loads from, for the page's security policy. */
  basemapOrigins: string[]
}

export type MapPageData =
  | { status: 200; data: MapPage }
  | { status: 400; settings: PublicSettings | null; error: MapFilterError }
  | { status: 503; settings: PublicSettings | null }

/**
 * /mappa: every layer is built (the checkboxes show and hide them in the page), limited to the
 * neighbourhood asked for; the layers in the query are the ones shown at first.
 */
export function loadMapPage(url: URL, locale: SiteLocale, now = new Date()): Promise<MapPageData> {
  return withSettings(async (settings): Promise<MapPageData> => {
    const filters = mapFilters(url.searchParams)
    if (isFilterError(filters)) return { status: 400, settings, error: filters }
    const [layers, neighbourhoodList] = await Promise.all([loadMapLayers({ layers: [...MAP_LAYERS], neighbourhood: filters.neighbourhood }, locale, now), allMapNeighbourhoods()])
    const styleUrl = basemapStyleUrl(settings)
    return {
      status: 200,
      data: {
        settings,
        layers,
        filters,
        neighbourhoods: neighbourhoodList.map(({ slug, name }) => ({ slug, name })),
        view: initialView(layers, settings, filters.neighbourhood !== undefined),
        styleUrl,
        basemapOrigins: styleUrl ? await basemapOrigins(styleUrl) : [],
      },
    }
  })
}

export interface NeighbourhoodMap {
  layers: MapLayers
  view: MapViewport
  styleUrl: string | null
}

type Ref = { id: number | string; slug?: string } | number | string | null | undefined

/** Whether a relationship (populated or an id) points at this neighbourhood. */
function isNeighbourhood(ref: Ref, own: { id: number | string; slug: string }): boolean {
  return typeof ref === 'object' && ref !== null ? ref.slug === own.slug || String(ref.id) === String(own.id) : ref !== null && ref !== undefined && String(ref) === String(own.id)
}

/**
 * The map on a neighbourhood's page: what lies in it, framed on its boundary (or its centre); null when it
 * has no place to show or the data cannot be read, so the rest of the page still shows. Built from this
 * neighbourhood's records only (its labs read from the CMS, its events, pacts and projects from the
 * site's in-memory indexes), so a page costs the same however many neighbourhoods the city has.
 */
export async function loadNeighbourhoodMap(neighbourhood: PublicNeighbourhood, locale: SiteLocale, now = new Date()): Promise<NeighbourhoodMap | null> {
  const own = { id: neighbourhood.id, slug: neighbourhood.slug }
  try {
    const [settings, labs, events, pactRecords] = await Promise.all([
      getSettings(),
      listLaboratories({ neighbourhood: own.slug, perPage: 200 }, locale),
      eventIndex().then((index) => index.events.filter((e) => e.neighbourhood === own.slug).map((e) => eventIn(e, locale))),
      publishedPactRecords(locale),
    ])
    const pacts = pactRecords.pacts.filter((p) => (p.neighbourhoods ?? []).some((n) => isNeighbourhood(n as Ref, own)))
    const pactIds = new Set(pacts.map((p) => String(p.id)))
    const projects = pactRecords.projects.filter((p) => isNeighbourhood(p.neighbourhood as Ref, own) || pactIds.has(idKey(p.pact) ?? ''))
    const layers = withTitleLanguages(
      buildMapLayers({ neighbourhoods: [neighbourhood], laboratories: labs.docs, events, pacts, projects }, { layers: MAP_LAYERS, neighbourhood: own.slug, now }),
      { laboratories: labs.docs, events, pacts, projects },
    )
    const shape = layers.quartieri.features[0]
    if (!shape) return null
    const view: MapViewport = shape.geometry.type === 'Point' ? { centre: shape.geometry.coordinates as [number, number], zoom: 15 } : { bounds: boundsOf([shape])! }
    return { layers, view, styleUrl: basemapStyleUrl(settings) }
  } catch (err) {
    console.error(`the map of neighbourhood ${own.slug} is unavailable`, err)
    return null
  }
}

/** How many places of a layer a map's list shows: past that, the page would weigh megabytes and no one could read it. */
export const MAP_LIST_LIMIT = config.MAP_LIST_LIMIT

/** Where every record of a layer is listed in full (paginated and searchable), by the map's layer. */
const FULL_LISTS: Record<MapLayer, string> = { quartieri: '/quartieri', laboratori: '/laboratori', eventi: '/eventi', progetti: '/patti', patti: '/patti' }

export interface MapListSection<F> {
  /** The features the list shows, in the layer's order. */
  shown: F[]
  total: number
  /** The full listing (limited to the neighbourhood, when the map is), when the list leaves some out. */
  fullList: string | null
}

/** What a map's list shows of a layer: its first `limit` features, and where to find the rest. */
export function mapListSection<F>(layer: MapLayer, features: readonly F[], neighbourhood?: string, limit = MAP_LIST_LIMIT): MapListSection<F> {
  const total = features.length
  if (total <= limit) return { shown: [...features], total, fullList: null }
  const path = FULL_LISTS[layer]
  return { shown: features.slice(0, limit), total, fullList: neighbourhood && layer !== 'quartieri' ? `${path}?quartiere=${encodeURIComponent(neighbourhood)}` : path }
}
