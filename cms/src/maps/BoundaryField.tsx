'use client'

import { getTranslation } from '@payloadcms/translations'
import { Button, useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { JSONFieldClientComponent } from 'payload'
import { boundaryProblem, unwrapBoundary, type Polygon } from '@quartieri/shared/maps/polygon'
import { useEffect, useId, useRef, useState } from 'react'
import { getJson, loadMapLibrary, plainStyle, round, settingsView, type Label, type MapSettings, mapText, type NeighbourhoodShape } from './admin-map.ts'

type Position = [number, number]

const text = {
  help: {
    it: 'Incolla il confine come GeoJSON nel riquadro, oppure disegnalo: premi «Disegna sulla mappa», fai clic su ogni vertice e poi «Chiudi il confine». Le coordinate sono [longitudine, latitudine].',
    en: 'Paste the boundary as GeoJSON in the box, or draw it: press “Draw on the map”, click each corner, then “Close the boundary”. Coordinates are [longitude, latitude].',
  },
  notJson: {
    it: 'Il testo non è JSON valido: controlla virgole, parentesi e virgolette.',
    en: 'The text is not valid JSON: check commas, brackets and quotes.',
  },
  valid: { it: 'Confine valido', en: 'Valid boundary' },
  points: { it: 'vertici', en: 'corners' },
  empty: { it: 'Nessun confine.', en: 'No boundary.' },
  mapName: { it: 'Mappa del confine', en: 'Map of the boundary' },
  unavailable: {
    it: 'La mappa non è disponibile in questo browser: incolla il confine come GeoJSON.',
    en: 'The map is not available in this browser: paste the boundary as GeoJSON.',
  },
  draw: { it: 'Disegna sulla mappa', en: 'Draw on the map' },
  drawing: {
    it: 'Disegno in corso: fai clic sulla mappa per aggiungere i vertici',
    en: 'Drawing: click on the map to add corners',
  },
  undo: { it: 'Togli l’ultimo vertice', en: 'Remove the last corner' },
  close: { it: 'Chiudi il confine', en: 'Close the boundary' },
  cancel: { it: 'Annulla il disegno', en: 'Cancel drawing' },
  clear: { it: 'Cancella il confine', en: 'Clear the boundary' },
} satisfies Record<string, Label>

const OTHERS = 'other-boundaries'
const SHAPE = 'this-boundary'
const SKETCH = 'sketch'

const format = (value: unknown) => (value === null || value === undefined || value === '' ? '' : typeof value === 'string' ? value : JSON.stringify(value, null, 2))

type Reading = { kind: 'empty' } | { kind: 'invalid'; message: string } | { kind: 'valid'; polygon: Polygon }

/** What the box holds: nothing, a boundary (unwrapped from a Feature or collection), or why it is refused. */
function read(textValue: string, notJson: string): Reading & { value: unknown } {
  if (textValue.trim() === '') return { kind: 'empty', value: null }
  let parsed: unknown
  try {
    parsed = JSON.parse(textValue)
  } catch {
    // Kept as typed, so that saving is refused with the same message rather than the old boundary kept.
    return { kind: 'invalid', message: notJson, value: textValue }
  }
  const problem = boundaryProblem(parsed)
  if (problem) return { kind: 'invalid', message: problem, value: parsed }
  const polygon = unwrapBoundary(parsed) as Polygon
  return { kind: 'valid', polygon, value: polygon }
}

function emptyCollection() {
  return { type: 'FeatureCollection' as const, features: [] as GeoJSON.Feature[] }
}

function sketchData(corners: Position[]) {
  const features: GeoJSON.Feature[] = corners.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } }))
  if (corners.length > 1) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: corners } })
  return { type: 'FeatureCollection' as const, features }
}

/**
 * The boundary of a neighbourhood: a plain text box for GeoJSON (checked as it is typed, with the
 * ring and corner at fault named) and a map that shows it, next to the other neighbourhoods, and on
 * which staff can draw it corner by corner. The text box works without the map, by keyboard and offline.
 */
export const BoundaryField: JSONFieldClientComponent = ({ path, field, readOnly }) => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { id: documentId } = useDocumentInfo()
  const t = (label: Label) => getTranslation(label, i18n)
  const { value, setValue, showError, errorMessage } = useField<unknown>({ path })
  const [boxText, setBoxText] = useState(() => format(value))
  const [state, setState] = useState<'loading' | 'ready' | 'unavailable'>('loading')
  const [corners, setCorners] = useState<Position[] | null>(null)
  const inputId = useId()
  const helpId = useId()
  const statusId = useId()

  const container = useRef<HTMLDivElement>(null)
  const mapRef = useRef<MapLibreMap | null>(null)
  const libraryRef = useRef<typeof import('maplibre-gl') | null>(null)
  const drawingRef = useRef(false)
  drawingRef.current = corners !== null

  const reading = read(boxText, t(text.notJson))

  // A value set from elsewhere (the document loading, a reset): the box shows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a value set from elsewhere rewrites the box; the box's own edits already set the value
  useEffect(() => {
    const current = read(boxText, '')
    if (JSON.stringify(current.value ?? null) !== JSON.stringify(value ?? null)) setBoxText(format(value))
    // Only when the value changes; the box's own edits set the value themselves.
  }, [value])

  const onText = (next: string) => {
    setBoxText(next)
    setValue(read(next, '').value)
  }

  const setPolygon = (polygon: Polygon | null) => {
    const next = polygon ? JSON.stringify(polygon, null, 2) : ''
    setBoxText(next)
    setValue(polygon)
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is built once per mount; later changes reach it through refs and the effects below
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
      if (!maplibre) return setState('unavailable')
      libraryRef.current = maplibre
      let map: MapLibreMap
      try {
        map = new maplibre.Map({
          container: container.current,
          style: settings?.mapStyleUrl || plainStyle,
          ...settingsView(settings),
          attributionControl: { compact: true },
          locale: { 'Map.Title': t(text.mapName), 'NavigationControl.ZoomIn': t(mapText.zoomIn), 'NavigationControl.ZoomOut': t(mapText.zoomOut) },
        })
      } catch {
        return setState('unavailable')
      }
      mapRef.current = map
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right')
      const others = {
        type: 'FeatureCollection' as const,
        features: (neighbourhoods?.docs ?? []).flatMap((n): GeoJSON.Feature[] =>
          n.boundary?.type === 'Polygon' && String(n.id) !== String(documentId) ? [{ type: 'Feature', properties: { name: n.name ?? '' }, geometry: n.boundary }] : [],
        ),
      }
      let styleLoaded = false
      map.on('style.load', () => {
        styleLoaded = true
        map.addSource(OTHERS, { type: 'geojson', data: others })
        map.addSource(SHAPE, { type: 'geojson', data: emptyCollection() })
        map.addSource(SKETCH, { type: 'geojson', data: emptyCollection() })
        map.addLayer({ id: `${OTHERS}-line`, type: 'line', source: OTHERS, paint: { 'line-color': '#5c6f82', 'line-width': 1, 'line-dasharray': [2, 2] } })
        map.addLayer({ id: `${SHAPE}-fill`, type: 'fill', source: SHAPE, paint: { 'fill-color': '#0066cc', 'fill-opacity': 0.15 } })
        map.addLayer({ id: `${SHAPE}-line`, type: 'line', source: SHAPE, paint: { 'line-color': '#0066cc', 'line-width': 2 } })
        map.addLayer({ id: `${SKETCH}-line`, type: 'line', source: SKETCH, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': '#b71918', 'line-width': 2 } })
        map.addLayer({
          id: `${SKETCH}-corners`,
          type: 'circle',
          source: SKETCH,
          filter: ['==', ['geometry-type'], 'Point'],
          paint: { 'circle-color': '#b71918', 'circle-radius': 5 },
        })
      })
      map.on('load', () => setState('ready'))
      map.on('error', () => {
        // A basemap that cannot be fetched (no internet, a wrong URL): carry on with the plain style.
        if (!styleLoaded && settings?.mapStyleUrl) map.setStyle(plainStyle)
      })
      map.on('click', (event) => {
        if (!drawingRef.current) return
        setCorners((list) => [...(list ?? []), [round(event.lngLat.lng), round(event.lngLat.lat)]])
      })
    })()
    return () => {
      cancelled = true
      mapRef.current?.remove()
      mapRef.current = null
    }
    // Built once; the effects below keep the drawing in step.
  }, [])

  // The boundary in the box, drawn and framed.
  const shapeKey = reading.kind === 'valid' ? JSON.stringify(reading.polygon.coordinates) : ''
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shapeKey` stands for the polygon read from the box: redrawing on every render would reset the view
  useEffect(() => {
    const map = mapRef.current
    const maplibre = libraryRef.current
    if (!map || !maplibre || state !== 'ready') return
    const source = map.getSource(SHAPE) as GeoJSONSource | undefined
    if (reading.kind !== 'valid') {
      source?.setData(emptyCollection())
      return
    }
    source?.setData({ type: 'Feature', properties: {}, geometry: reading.polygon })
    const bounds = new maplibre.LngLatBounds()
    for (const [lng, lat] of reading.polygon.coordinates[0] ?? []) bounds.extend([lng!, lat!])
    if (!bounds.isEmpty()) map.fitBounds(bounds, { padding: 30, animate: false, maxZoom: 17 })
  }, [shapeKey, state])

  // biome-ignore lint/correctness/useExhaustiveDependencies: the sketch is redrawn when the corners change or the map becomes ready; `state` is that signal
  useEffect(() => {
    ;(mapRef.current?.getSource(SKETCH) as GeoJSONSource | undefined)?.setData(sketchData(corners ?? []))
    if (mapRef.current) mapRef.current.getCanvas().style.cursor = corners ? 'crosshair' : ''
  }, [corners, state])

  const closeShape = () => {
    if (!corners || corners.length < 3) return
    setPolygon({ type: 'Polygon', coordinates: [[...corners, corners[0]!]] })
    setCorners(null)
  }

  const problem = reading.kind === 'invalid' ? reading.message : showError && typeof errorMessage === 'string' ? errorMessage : null
  const status =
    reading.kind === 'valid' ? `${t(text.valid)}: ${(reading.polygon.coordinates[0]?.length ?? 1) - 1} ${t(text.points)}.` : reading.kind === 'empty' ? t(text.empty) : ''
  const label = field?.label ? getTranslation(field.label, i18n) : 'boundary'

  return (
    <div className={`field-type json boundary-field${problem ? ' error' : ''}`} style={{ marginBottom: 'var(--spacing-field, 1.5rem)', maxWidth: '40rem' }}>
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      <p id={helpId} className="field-description" style={{ marginTop: 0 }}>
        {t(text.help)}
      </p>
      <textarea
        id={inputId}
        name={path}
        value={boxText}
        readOnly={readOnly}
        onChange={(event) => onText(event.target.value)}
        rows={10}
        spellCheck={false}
        aria-describedby={`${helpId} ${statusId}`}
        aria-invalid={problem ? true : undefined}
        style={{
          width: '100%',
          fontFamily: 'monospace',
          fontSize: '0.85rem',
          padding: '0.5rem',
          border: '1px solid var(--theme-elevation-400)',
          borderRadius: 'var(--style-radius-s, 3px)',
          background: 'var(--theme-input-bg)',
          color: 'var(--theme-text)',
        }}
      />
      <p id={statusId} className="boundary-field__status" role="status" style={{ margin: '0.25rem 0 0.75rem', color: problem ? 'var(--theme-error-500)' : undefined }}>
        {problem ?? status}
      </p>
      <div
        ref={container}
        className="boundary-field__map"
        data-map-state={state}
        style={{
          display: state === 'unavailable' ? 'none' : 'block',
          position: 'relative',
          height: '20rem',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-s, 3px)',
        }}
      />
      {state === 'ready' && !readOnly ? (
        <div className="boundary-field__tools" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', marginTop: '0.5rem' }}>
          {corners === null ? (
            <>
              <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setCorners([])}>
                {t(text.draw)}
              </Button>
              {reading.kind !== 'empty' ? (
                <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setPolygon(null)}>
                  {t(text.clear)}
                </Button>
              ) : null}
            </>
          ) : (
            <>
              <span aria-live="polite">
                {t(text.drawing)}: {corners.length} {t(text.points)}
              </span>
              <Button buttonStyle="secondary" size="small" margin={false} disabled={corners.length === 0} onClick={() => setCorners(corners.slice(0, -1))}>
                {t(text.undo)}
              </Button>
              <Button buttonStyle="primary" size="small" margin={false} disabled={corners.length < 3} onClick={closeShape}>
                {t(text.close)}
              </Button>
              <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setCorners(null)}>
                {t(text.cancel)}
              </Button>
            </>
          )}
        </div>
      ) : (
        <p style={{ margin: '0.5rem 0 0' }}>{state === 'loading' ? t(mapText.loading) : state === 'unavailable' ? t(text.unavailable) : null}</p>
      )}
    </div>
  )
}
