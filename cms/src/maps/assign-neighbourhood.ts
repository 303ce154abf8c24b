import { APIError, type CollectionBeforeValidateHook, type RelationshipField } from 'payload'
import { neighbourhoodAt } from '@quartieri/shared/maps/locate'
import type { LatLng } from '@quartieri/shared/maps/polygon'

export const NEIGHBOURHOOD_NEEDED = 'Indica il quartiere o un punto dentro il confine di un quartiere. / Give the neighbourhood, or a point inside the boundary of a neighbourhood.'

const isGiven = (value: unknown) => value !== null && value !== undefined && value !== ''

function at(doc: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), doc)
}

/** The point at `path` (a group of `lat` and `lng`), when both numbers are given. */
function pointAt(doc: unknown, path: readonly string[]): LatLng | null {
  const group = at(doc, path) as { lat?: unknown; lng?: unknown } | null | undefined
  const lat = group?.lat
  const lng = group?.lng
  if (!isGiven(lat) || !isGiven(lng)) return null
  const point = { lat: Number(lat), lng: Number(lng) }
  return Number.isFinite(point.lat) && Number.isFinite(point.lng) ? point : null
}

/**
 * A document without an explicit neighbourhood gets the one whose boundary contains its point
 * (the lat/lng group at `pointPath`); with neither, it is refused with a 400.
 *
 * Runs before validation, hence before `ownNeighbourhoodOnWrite`: an operator still may only
 * place a point inside one of their own neighbourhoods.
 */
export function assignNeighbourhoodFromPoint(pointPath: readonly string[]): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req }) => {
    if (!data) return data
    const current = 'neighbourhood' in data ? data.neighbourhood : originalDoc?.neighbourhood
    if (isGiven(current)) return data
    // A partial update that leaves the point alone keeps the stored one.
    const point = at(data, pointPath) !== undefined ? pointAt(data, pointPath) : pointAt(originalDoc, pointPath)
    if (point) {
      const { docs } = await req.payload.find({
        collection: 'neighbourhoods',
        draft: true,
        overrideAccess: true,
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        select: { boundary: true },
        req,
      })
      const found = neighbourhoodAt(point, docs)
      if (found) return { ...data, neighbourhood: found.id }
    }
    throw new APIError(NEIGHBOURHOOD_NEEDED, 400, { reason: 'neighbourhood-needed' }, true)
  }
}

/** The `neighbourhood` relationship of a document placed on the map: optional, filled from its point by the hook above. */
export const neighbourhoodFromPointField: RelationshipField = {
  name: 'neighbourhood',
  type: 'relationship',
  relationTo: 'neighbourhoods',
  index: true,
  label: { it: 'Quartiere', en: 'Neighbourhood' },
  admin: {
    position: 'sidebar',
    description: {
      it: 'Se lo lasci vuoto, viene dalla posizione: il quartiere il cui confine la contiene.',
      en: 'If left empty, it comes from the location: the neighbourhood whose boundary contains it.',
    },
  },
}
