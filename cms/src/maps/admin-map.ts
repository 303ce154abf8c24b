import type { StyleSpecification } from 'maplibre-gl'
import type { Polygon } from '@quartieri/shared/maps/polygon'

/** What the admin maps read of the site settings. */
export interface MapSettings {
  mapStyleUrl?: string | null
  defaultMapView?: { centre?: { lat?: number | null; lng?: number | null } | null; zoom?: number | null } | null
}

export interface NeighbourhoodShape {
  id: number | string
  name?: string
  boundary?: Polygon | null
}

/** Italy, when neither the settings nor any boundary says where the city is. */
export const FALLBACK_VIEW = { center: [12.5, 42.5] as [number, number], zoom: 5 }

/** Boundaries and points on a plain background: what shows when no basemap is configured or it cannot load. */
export const plainStyle: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } }],
}

/** Six decimals of a degree are about ten centimetres: more than a click can mean. */
export const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6

export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** A JSON answer of the CMS's own API with the admin's session; null when it fails in any way. */
export async function getJson<T>(url: string): Promise<T | null> {
  try {
    const response = await fetch(url, { credentials: 'include', headers: { accept: 'application/json' } })
    return response.ok ? ((await response.json()) as T) : null
  } catch {
    return null
  }
}

/** The map library, its worker served as a file of its own (the bundler cannot see where the library looks for it); null when it cannot load. */
export async function loadMapLibrary(): Promise<typeof import('maplibre-gl') | null> {
  const maplibre = await import('maplibre-gl').catch(() => null)
  maplibre?.setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href)
  return maplibre
}

/** The settings' starting view, or Italy. */
export function settingsView(settings: MapSettings | null): { center: [number, number]; zoom: number } {
  const centre = settings?.defaultMapView?.centre
  return isNumber(centre?.lat) && isNumber(centre?.lng) ? { center: [centre.lng, centre.lat], zoom: settings?.defaultMapView?.zoom ?? 12 } : FALLBACK_VIEW
}

export type Label = { it: string; en: string }

/** Words every admin map uses. */
export const mapText = {
  loading: { it: 'Caricamento della mappa…', en: 'Loading the map…' },
  zoomIn: { it: 'Ingrandisci', en: 'Zoom in' },
  zoomOut: { it: 'Riduci', en: 'Zoom out' },
} satisfies Record<string, Label>
