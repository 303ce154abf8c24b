import { check } from '@placemarkio/check-geojson'
import { expect } from 'vitest'
import type { PublicEvent } from '../events/event.ts'
import type { PublicLaboratory } from '../laboratories/laboratory.ts'
import type { PublicPact } from '../pacts/pact.ts'
import type { PublicProject } from '../projects/project.ts'
import type { MapNeighbourhood } from './features.ts'

/* Records in Milan that the map's tests of every domain's layer share. */

export const NOW = new Date('2026-11-22T09:00:00Z')
export const stamp = { updatedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z' }

// San Siro, Milan, drawn clockwise as [longitude, latitude] (RFC 7946 wants the outer ring counterclockwise).
export const clockwise = [
  [9.13, 45.46],
  [9.13, 45.47],
  [9.15, 45.47],
  [9.15, 45.46],
  [9.13, 45.46],
]

export const sanSiro: MapNeighbourhood & { id: number } = {
  id: 1,
  slug: 'san-siro',
  name: 'San Siro',
  centre: { lat: 45.4692, lng: 9.1437 },
  venue: { name: 'Laboratorio San Siro', location: { lat: 45.4692, lng: 9.1437 } },
  boundary: { type: 'Polygon', coordinates: [clockwise] },
}
export const mazzini: MapNeighbourhood & { id: number } = { id: 2, slug: 'mazzini', name: 'Mazzini', centre: { lat: 45.4411, lng: 9.2094 }, venue: null, boundary: null }
export const gratosoglio: MapNeighbourhood & { id: number } = { id: 3, slug: 'gratosoglio', name: 'Gratosoglio', centre: null, venue: { location: { lat: 45.4128, lng: 9.1742 } } }

export const lab = (slug: string, location: { lat: number; lng: number } | null, neighbourhood: PublicLaboratory['neighbourhood']): PublicLaboratory => ({
  id: slug,
  title: `Lab ${slug}`,
  slug,
  phase: 'listening',
  capacity: 20,
  neighbourhood,
  venue: { name: 'Sede', location },
  updatedAt: stamp.updatedAt,
})

export const event = (slug: string, start: string, extra: Partial<PublicEvent> = {}): PublicEvent => ({
  id: slug,
  title: `Evento ${slug}`,
  slug,
  type: 'assembly',
  start,
  venue: { name: 'Sala', location: { lat: 45.4561, lng: 9.2168 } },
  neighbourhood: { id: 2, slug: 'mazzini' },
  ...stamp,
  ...extra,
})

export const project = (
  slug: string,
  pact: number,
  location: { lat: number; lng: number } | null,
  neighbourhood: PublicProject['neighbourhood'] = { id: 1, slug: 'san-siro' },
): PublicProject => ({
  id: slug,
  title: `Progetto ${slug}`,
  slug,
  pact,
  neighbourhood,
  domain: 'care-of-city',
  status: 'in-progress',
  location,
  updatedAt: stamp.updatedAt,
})

export const pact = (id: number, slug: string, neighbourhoods: PublicPact['neighbourhoods'], extra: Partial<PublicPact> = {}): PublicPact => ({
  id,
  code: `PC-${id}`,
  title: `Patto ${slug}`,
  slug,
  kind: 'collaboration-pact',
  status: 'in-progress',
  neighbourhoods,
  ...stamp,
  ...extra,
})

/** Valid GeoJSON by an independent checker, every position in Milan as [longitude, latitude]. */
export function expectValidGeoJson(value: unknown) {
  expect(() => check(JSON.stringify(value))).not.toThrow()
  const positions = JSON.stringify(value).match(/\[\d+\.?\d*,\d+\.?\d*\]/g) ?? []
  for (const position of positions) {
    const [lng, lat] = JSON.parse(position) as [number, number]
    expect(lng).toBeGreaterThan(8)
    expect(lng).toBeLessThan(10)
    expect(lat).toBeGreaterThan(45)
    expect(lat).toBeLessThan(46)
  }
}
