import type { MapLayer } from '@quartieri/shared/maps/map-layers'

/** What MapView.astro tells the map script, in the container's `data-config` (JSON). */
export interface MapConfig {
  /** The GeoJSON endpoint; `livello` and `quartiere` are added per layer. */
  dataUrl: string
  neighbourhood?: string
  /** Layers with a checkbox and a list section, and the drawn-only ones (a neighbourhood's own boundary). */
  offered: MapLayer[]
  context: MapLayer[]
  view: { bounds: [[number, number], [number, number]] } | { centre: [number, number]; zoom: number }
  /** The basemap's style URL, or null for the plain background. */
  styleUrl: string | null
  locale: 'it' | 'en'
  /** MapLibre's UI strings in the page's language. */
  ui: Record<string, string>
  messages: { plainBasemap: string; unavailable: string; loading: string }
}
