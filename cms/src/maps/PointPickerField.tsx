'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useField, useTranslation } from '@payloadcms/ui'
import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { UIFieldClientComponent } from 'payload'
import type { Polygon } from '@quartieri/shared/maps/polygon'
import { useEffect, useId, useRef, useState } from 'react'
import { FALLBACK_VIEW, getJson, isNumber, loadMapLibrary, plainStyle, round, settingsView, type Label, type MapSettings, mapText, type NeighbourhoodShape } from './admin-map.ts'

const text = {
  help: {
    it: 'Fai clic sulla mappa (o trascina il segnaposto) per scegliere il punto; puoi anche scrivere latitudine e longitudine nei campi qui sopra.',
    en: 'Click on the map (or drag the marker) to choose the point; you can also type the latitude and longitude in the fields above.',
  },
  mapName: { it: 'Mappa per scegliere il punto', en: 'Map for choosing the point' },
  unavailable: {
    it: 'La mappa non è disponibile in questo browser: scrivi latitudine e longitudine nei campi qui sopra.',
    en: 'The map is not available in this browser: type the latitude and longitude in the fields above.',
  },
  noPoint: { it: 'Nessun punto scelto.', en: 'No point chosen.' },
  point: { it: 'Punto scelto', en: 'Chosen point' },
  marker: { it: 'Punto scelto', en: 'Chosen point' },
} satisfies Record<string, Label>

const POINT_ZOOM = 14
const BOUNDARIES = 'quartieri-boundaries'

interface Boundaries {
  type: 'FeatureCollection'
  features: Array<{ type: 'Feature'; id: number | string; properties: { name: string }; geometry: Polygon }>
}

function boundaryCollection(neighbourhoods: NeighbourhoodShape[]): Boundaries {
  return {
    type: 'FeatureCollection',
    features: neighbourhoods.flatMap((n) =>
      n.boundary?.type === 'Polygon' ? [{ type: 'Feature' as const, id: n.id, properties: { name: n.name ?? '' }, geometry: n.boundary }] : [],
    ),
  }
}

function showBoundaries(map: MapLibreMap, boundaries: Boundaries) {
  if (map.getSource(BOUNDARIES)) {
    ;(map.getSource(BOUNDARIES) as GeoJSONSource).setData(boundaries)
    return
  }
  map.addSource(BOUNDARIES, { type: 'geojson', data: boundaries })
  map.addLayer({ id: `${BOUNDARIES}-fill`, type: 'fill', source: BOUNDARIES, paint: { 'fill-color': '#0066cc', 'fill-opacity': 0.08 } })
  map.addLayer({ id: `${BOUNDARIES}-line`, type: 'line', source: BOUNDARIES, paint: { 'line-color': '#0066cc', 'line-width': 2 } })
}

/**
 * A small map under a latitude/longitude group: a click (or dragging the marker) sets both numbers,
 * and the marker follows what is typed. It only adds to the two inputs, which stay the way for
 * keyboard users and for browsers that cannot draw the map (no WebGL).
 */
export const PointPickerField: UIFieldClientComponent = ({ path, field, readOnly }) => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const t = (label: Label) => getTranslation(label, i18n)
  const group = path.split('.').slice(0, -1).join('.')
  const latitude = useField<number | null>({ path: group ? `${group}.lat` : 'lat' })
  const longitude = useField<number | null>({ path: group ? `${group}.lng` : 'lng' })
  const lat = latitude.value
  const lng = longitude.value

  const container = useRef<HTMLDivElement>(null)
  const mapRef = useRef<MapLibreMap | null>(null)
  const markerRef = useRef<Marker | null>(null)
  const [state, setState] = useState<'loading' | 'ready' | 'unavailable'>('loading')
  const helpId = useId()

  // Read through refs from the map's event handlers, which are bound once.
  const setPoint = useRef<(point: { lat: number; lng: number }) => void>(() => {})
  setPoint.current = ({ lat: newLat, lng: newLng }) => {
    if (readOnly) return
    latitude.setValue(round(newLat))
    longitude.setValue(round(newLng))
  }
  // The point as it stands, for the map to open on once its library has loaded.
  const pointRef = useRef({ lat, lng })

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is built once per mount; the point reaches it through a ref and the effect below
  useEffect(() => {
    let cancelled = false
    const api = config.routes?.api ?? '/api'
    void (async () => {
      const [maplibre, settings, neighbourhoods] = await Promise.all([
        loadMapLibrary(),
        getJson<MapSettings>(`${api}/globals/settings?depth=0`),
        getJson<{ docs: NeighbourhoodShape[] }>(`${api}/neighbourhoods?depth=0&draft=true&limit=500&select[name]=true&select[boundary]=true`),
      ])
      if (cancelled || !container.current) return
      if (!maplibre) {
        setState('unavailable')
        return
      }
      const boundaries = boundaryCollection(neighbourhoods?.docs ?? [])
      const start = pointRef.current
      const view = isNumber(start.lat) && isNumber(start.lng) ? { center: [start.lng, start.lat] as [number, number], zoom: POINT_ZOOM } : settingsView(settings)

      let map: MapLibreMap
      try {
        map = new maplibre.Map({
          container: container.current,
          style: settings?.mapStyleUrl || plainStyle,
          ...view,
          attributionControl: { compact: true },
          locale: { 'Map.Title': t(text.mapName), 'NavigationControl.ZoomIn': t(mapText.zoomIn), 'NavigationControl.ZoomOut': t(mapText.zoomOut), 'Marker.Title': t(text.marker) },
        })
      } catch {
        // No WebGL (a headless browser, a locked-down machine): the inputs above still work.
        setState('unavailable')
        return
      }
      mapRef.current = map
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right')

      const fitBoundaries = view === FALLBACK_VIEW && boundaries.features.length > 0
      let styleLoaded = false
      map.on('style.load', () => {
        styleLoaded = true
        showBoundaries(map, boundaries)
        if (fitBoundaries) {
          const bounds = new maplibre.LngLatBounds()
          for (const feature of boundaries.features) for (const [x, y] of feature.geometry.coordinates[0] ?? []) bounds.extend([x!, y!])
          map.fitBounds(bounds, { padding: 20, animate: false })
        }
      })
      map.on('load', () => setState('ready'))
      map.on('error', () => {
        // A basemap that cannot be fetched (no internet, a wrong URL): carry on with the plain style.
        if (!styleLoaded && settings?.mapStyleUrl) map.setStyle(plainStyle)
      })
      map.on('click', (event) => setPoint.current(event.lngLat))

      const marker = new maplibre.Marker({ color: '#0066cc', draggable: !readOnly })
      marker.on('dragend', () => setPoint.current(marker.getLngLat()))
      markerRef.current = marker
      const now = pointRef.current
      if (isNumber(now.lat) && isNumber(now.lng)) marker.setLngLat([now.lng, now.lat]).addTo(map)
    })()
    return () => {
      cancelled = true
      markerRef.current?.remove()
      mapRef.current?.remove()
      markerRef.current = null
      mapRef.current = null
    }
    // Built once; the effect below keeps the marker in step with the inputs.
  }, [])

  // The marker follows the inputs, typed or set by a click.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the marker follows the inputs once the map is ready; `state` is that signal
  useEffect(() => {
    pointRef.current = { lat, lng }
    const map = mapRef.current
    const marker = markerRef.current
    if (!map || !marker) return
    if (isNumber(lat) && isNumber(lng) && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) {
      marker.setLngLat([lng, lat]).addTo(map)
      if (!map.getBounds().contains([lng, lat])) map.easeTo({ center: [lng, lat] })
    } else {
      marker.remove()
    }
  }, [lat, lng, state])

  const hasPoint = isNumber(lat) && isNumber(lng)
  return (
    <div className="field-type point-picker" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      {field?.label ? <span className="field-label">{getTranslation(field.label, i18n)}</span> : null}
      <p id={helpId} className="field-description" style={{ marginTop: 0 }}>
        {t(text.help)}
      </p>
      <div
        ref={container}
        className="point-picker__map"
        data-map-state={state}
        aria-describedby={helpId}
        style={{
          display: state === 'unavailable' ? 'none' : 'block',
          position: 'relative',
          height: '18rem',
          maxWidth: '40rem',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-s, 3px)',
          cursor: readOnly ? 'default' : 'crosshair',
        }}
      />
      <p className="point-picker__status" role="status" style={{ margin: '0.5rem 0 0' }}>
        {state === 'loading' ? t(mapText.loading) : state === 'unavailable' ? t(text.unavailable) : hasPoint ? `${t(text.point)}: ${lat}, ${lng}` : t(text.noPoint)}
      </p>
    </div>
  )
}
