import stylesheetUrl from 'maplibre-gl/dist/maplibre-gl.css?url'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type FilterSpecification,
  type GeoJSONSource,
  type LngLat,
  type MapGeoJSONFeature,
  type PointLike,
  type StyleSpecification,
} from 'maplibre-gl'
import type { MapFeatureProperties, MapLayer } from '@quartieri/shared/maps/map-layers'
import type { MapConfig } from './map-config.ts'
import type { MapController } from './map.ts'

/*
 * Draws a map with MapLibre: the basemap of the settings, or a plain background when there is none or it
 * cannot be loaded (no internet), with the layers of /mappa.geojson on top, clustered points, and popups
 * that show the same entries as the list alternative. Loaded only by map.ts, when the map is in view.
 */

declare global {
  interface Window {
    /** The maps drawn on the page (for tests, and for anyone inspecting the page). */
    quartieriMaps?: MapLibreMap[]
  }
}

// The worker ships as its own file from this site: the security policy allows workers from 'self' only.
setWorkerUrl(workerUrl)

/** Layer colours, also in styles/map.css (the swatches): each at least 3:1 against the background. */
const COLOURS: Record<MapLayer, string> = {
  quartieri: '#0059b3',
  laboratori: '#b34700',
  eventi: '#7a1fa2',
  progetti: '#1b7a34',
  patti: '#b3141b',
}

/** Drawn when there is no basemap: overlays only, on a light ground. */
const PLAIN_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'sfondo', type: 'background', paint: { 'background-color': '#f3f4ef' } }],
}

const STYLE_TIMEOUT_MS = 8_000

/** A style's relative URLs made absolute against where it came from (an inline style has no base URL). */
function withAbsoluteUrls(style: StyleSpecification, base: string): StyleSpecification {
  const absolute = (url: string) => (/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : new URL(url, base).href.replace(/%7B/g, '{').replace(/%7D/g, '}'))
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([name, source]) => {
      const copy = { ...source } as Record<string, unknown>
      if (typeof copy.url === 'string') copy.url = absolute(copy.url)
      if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map((t) => (typeof t === 'string' ? absolute(t) : t))
      if (typeof copy.data === 'string') copy.data = absolute(copy.data)
      return [name, copy]
    }),
  ) as StyleSpecification['sources']
  const sprite = typeof style.sprite === 'string' ? absolute(style.sprite) : style.sprite?.map((s) => ({ ...s, url: absolute(s.url) }))
  return { ...style, sources, ...(sprite ? { sprite } : {}), ...(style.glyphs ? { glyphs: absolute(style.glyphs) } : {}) }
}

/**
 * MapLibre's stylesheet, linked now rather than imported: an imported one would be linked by every map
 * page up front, before the map is in view.
 */
function loadStylesheet(href: string): Promise<void> {
  if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((link) => link.href.endsWith(href))) return Promise.resolve()
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href })
    // Without it the controls look plain, but the map still works: never a reason to fail.
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => resolve())
    document.head.append(link)
  })
}

/** The basemap style, or null when there is none or it cannot be read in time. */
async function loadBasemap(styleUrl: string | null): Promise<StyleSpecification | null> {
  if (!styleUrl) return null
  try {
    const res = await fetch(styleUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(STYLE_TIMEOUT_MS) })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    const style = (await res.json()) as StyleSpecification
    if (style?.version !== 8 || !Array.isArray(style.layers)) throw new Error('not a MapLibre style (version 8)')
    return withAbsoluteUrls(style, res.url || styleUrl)
  } catch (err) {
    console.warn(`basemap ${styleUrl} unavailable, drawing on a plain background:`, err)
    return null
  }
}

/** The map layers drawing one data layer. */
function drawingsOf(layer: MapLayer): string[] {
  return layer === 'quartieri' ? ['quartieri-fill', 'quartieri-line', 'quartieri-point'] : [`${layer}-cluster`, `${layer}-point`]
}

type PointLayer = Exclude<MapLayer, 'quartieri'>

/**
 * Points of different layers often share a place (a lab and its events at the venue, a pact at its
 * projects): the bigger are drawn lower and pacts as rings, so that every layer stays visible there.
 */
const POINTS: Record<PointLayer, { radius: number; ring?: boolean }> = {
  patti: { radius: 12, ring: true },
  laboratori: { radius: 9 },
  progetti: { radius: 6 },
  eventi: { radius: 5 },
}
/** Bottom to top: every cluster under every single point. */
const CLUSTER_ORDER: PointLayer[] = ['patti', 'eventi', 'progetti', 'laboratori']
const POINT_ORDER: PointLayer[] = ['patti', 'laboratori', 'progetti', 'eventi']

function addOverlays(map: MapLibreMap, config: MapConfig, drawn: readonly MapLayer[]): void {
  for (const layer of drawn) {
    const url = new URL(config.dataUrl, location.href)
    url.searchParams.set('livello', layer)
    if (config.neighbourhood) url.searchParams.set('quartiere', config.neighbourhood)
    map.addSource(layer, layer === 'quartieri' ? { type: 'geojson', data: url.href } : { type: 'geojson', data: url.href, cluster: true, clusterRadius: 40, clusterMaxZoom: 15 })
  }
  if (drawn.includes('quartieri')) {
    const colour = COLOURS.quartieri
    const polygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon']
    map.addLayer({ id: 'quartieri-fill', type: 'fill', source: 'quartieri', filter: polygon, paint: { 'fill-color': colour, 'fill-opacity': 0.1 } })
    map.addLayer({ id: 'quartieri-line', type: 'line', source: 'quartieri', filter: polygon, paint: { 'line-color': colour, 'line-width': 2.5 } })
    map.addLayer({
      id: 'quartieri-point',
      type: 'circle',
      source: 'quartieri',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 10, 'circle-color': colour, 'circle-opacity': 0.1, 'circle-stroke-color': colour, 'circle-stroke-width': 2.5 },
    })
  }
  for (const layer of CLUSTER_ORDER.filter((l) => drawn.includes(l))) {
    // Wider than any single point with its stroke (9 + 2), so a cluster under a lab still shows around it.
    const radius = Math.max(POINTS[layer].radius + 6, 14)
    map.addLayer({
      id: `${layer}-cluster`,
      type: 'circle',
      source: layer,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': COLOURS[layer],
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], radius, 10, radius + 4, 50, radius + 8],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    })
  }
  for (const layer of POINT_ORDER.filter((l) => drawn.includes(l))) {
    const { radius, ring } = POINTS[layer]
    map.addLayer({
      id: `${layer}-point`,
      type: 'circle',
      source: layer,
      filter: ['!', ['has', 'point_count']],
      paint: ring
        ? { 'circle-radius': radius, 'circle-opacity': 0, 'circle-stroke-color': COLOURS[layer], 'circle-stroke-width': 3 }
        : { 'circle-radius': radius, 'circle-color': COLOURS[layer], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    })
  }
}

/** The entry of the list alternative for a feature, or a plain link when the list does not have it. */
function entryFor(root: HTMLElement, properties: MapFeatureProperties, locale: MapConfig['locale']): HTMLElement {
  const listed = [...root.querySelectorAll<HTMLElement>('[data-map-layer] li[data-path]')].find((li) => li.dataset.path === properties.path)
  if (listed) {
    const copy = listed.cloneNode(true) as HTMLElement
    copy.removeAttribute('data-path')
    return copy
  }
  const item = document.createElement('li')
  const link = Object.assign(document.createElement('a'), { href: locale === 'en' ? `/en${properties.path}` : properties.path, textContent: properties.title })
  item.append(link)
  return item
}

/** Draws the map in `container` and gives back how to show and hide its layers; throws when the browser cannot draw it (no WebGL). */
export async function renderMap(root: HTMLElement, container: HTMLElement, config: MapConfig, initial: readonly MapLayer[]): Promise<MapController> {
  const [basemap] = await Promise.all([loadBasemap(config.styleUrl), loadStylesheet(stylesheetUrl)])
  const notice = root.querySelector<HTMLElement>('[data-map-notice]')
  if (config.styleUrl && !basemap && notice) notice.textContent = config.messages.plainBasemap
  container.replaceChildren()

  const view = 'bounds' in config.view ? { bounds: config.view.bounds, fitBoundsOptions: { padding: 40, maxZoom: 15 } } : { center: config.view.centre, zoom: config.view.zoom }
  const map = new MapLibreMap({
    container,
    style: basemap ?? PLAIN_STYLE,
    ...view,
    maxZoom: 18,
    attributionControl: false,
    cooperativeGestures: true,
    locale: config.ui,
  })
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
  // Credits belong to the basemap's sources; the plain background has none.
  const attribution = basemap ? new AttributionControl({ compact: false }) : null
  if (attribution) map.addControl(attribution, 'bottom-right')
  window.quartieriMaps = [...(window.quartieriMaps ?? []), map]

  const drawn: MapLayer[] = [...config.context, ...config.offered]
  const pointLayers = drawn.filter((l) => l !== 'quartieri').map((l) => `${l}-point`)
  const clusterLayers = drawn.filter((l) => l !== 'quartieri').map((l) => `${l}-cluster`)
  const areaLayers = drawn.includes('quartieri') ? ['quartieri-fill', 'quartieri-point'] : []
  let visible = new Set<MapLayer>([...config.context, ...initial])

  const shownOf = (ids: string[]) => ids.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none')
  // Closed here rather than by MapLibre on any click, which would also close the popup a click just opened.
  const popup = new Popup({ maxWidth: '22rem', focusAfterOpen: true, closeOnClick: false })
  popup.on('open', () => {
    popup.getElement()?.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return
      popup.remove()
      map.getCanvas().focus()
    })
  })

  /** Opens what is at a spot: its points (all of them, as several can share a venue), else zooms into a cluster, else its neighbourhood. */
  async function openAt(lngLat: LngLat, area: PointLike | [PointLike, PointLike]): Promise<void> {
    const points = map.queryRenderedFeatures(area, { layers: shownOf(pointLayers) })
    const cluster = points.length === 0 ? map.queryRenderedFeatures(area, { layers: shownOf(clusterLayers) })[0] : undefined
    if (cluster) {
      const source = map.getSource<GeoJSONSource>(cluster.source)
      const zoom = source ? await source.getClusterExpansionZoom(cluster.properties.cluster_id as number) : map.getZoom() + 2
      popup.remove()
      map.easeTo({ center: cluster.geometry.type === 'Point' ? (cluster.geometry.coordinates as [number, number]) : lngLat, zoom })
      return
    }
    const features: MapGeoJSONFeature[] = points.length > 0 ? points : map.queryRenderedFeatures(area, { layers: shownOf(areaLayers) }).slice(0, 1)
    const seen = new Set<string>()
    const list = document.createElement('ul')
    list.className = 'map-popup-list'
    for (const feature of features) {
      const properties = feature.properties as MapFeatureProperties
      if (seen.has(properties.path)) continue
      seen.add(properties.path)
      list.append(entryFor(root, properties, config.locale))
    }
    if (list.children.length === 0) return void popup.remove()
    popup.setLngLat(lngLat).setDOMContent(list).addTo(map)
  }

  map.on('click', (event) => void openAt(event.lngLat, event.point))
  map.on('mousemove', (event) => {
    const over = map.queryRenderedFeatures(event.point, { layers: shownOf([...pointLayers, ...clusterLayers, ...areaLayers]) })
    map.getCanvas().style.cursor = over.length > 0 ? 'pointer' : ''
  })
  // By keyboard: Enter opens what is at the centre of the map (the arrow keys move it there).
  map.getCanvas().addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const centre = map.project(map.getCenter())
    void openAt(map.getCenter(), [
      [centre.x - 20, centre.y - 20],
      [centre.x + 20, centre.y + 20],
    ])
  })

  let overlaysAdded = false
  const showLayers = (layers: readonly MapLayer[]) => {
    visible = new Set([...config.context, ...layers])
    if (!overlaysAdded) return
    for (const layer of config.offered) {
      for (const id of drawingsOf(layer)) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible.has(layer) ? 'visible' : 'none')
    }
    popup.remove()
  }

  await new Promise<void>((resolve, reject) => {
    // A basemap that never finishes loading (a broken style, a slow host) gives way to the plain background.
    const giveUp = setTimeout(() => {
      if (overlaysAdded) return
      if (notice) notice.textContent = config.messages.plainBasemap
      if (attribution) map.removeControl(attribution)
      map.setStyle(PLAIN_STYLE)
    }, STYLE_TIMEOUT_MS)
    map.on('style.load', () => {
      if (overlaysAdded) return
      clearTimeout(giveUp)
      try {
        addOverlays(map, config, drawn)
        overlaysAdded = true
        showLayers([...visible].filter((l) => config.offered.includes(l)))
        resolve()
      } catch (err) {
        reject(err)
      }
    })
  })
  map.once('idle', () => {
    root.dataset.mapState = 'ready'
  })
  return { showLayers }
}
