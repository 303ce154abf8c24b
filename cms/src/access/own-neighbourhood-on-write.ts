import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { assignedNeighbourhoodIds, roleOf } from './roles.ts'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number | string }).id : value)

/**
 * An operator may only create or move content into their own neighbourhoods: the `field` (one
 * neighbourhood, or several, every one of which must be theirs).
 */
export function ownNeighbourhoodOnWrite(field: string): CollectionBeforeChangeHook {
  return ({ data, req, originalDoc }) => {
    if (roleOf(req.user) !== 'operator') return data
    const value = (field in data ? data[field] : originalDoc?.[field]) as unknown
    const ids = (Array.isArray(value) ? value.map(idOf) : [idOf(value)]).filter((id) => id !== undefined && id !== null)
    const own = assignedNeighbourhoodIds(req.user).map(String)
    if (ids.length === 0 || !ids.every((id) => own.includes(String(id)))) {
      throw new APIError('Puoi lavorare solo sui tuoi quartieri. / You can only work on your own neighbourhoods.', 403, { reason: 'not-your-neighbourhood' }, true)
    }
    return data
  }
}
