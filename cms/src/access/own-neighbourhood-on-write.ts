import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { assignedNeighbourhoodIds, roleOf } from './roles.ts'

/** An operator may only create or move content into one of their own neighbourhoods. */
export function ownNeighbourhoodOnWrite(field: string): CollectionBeforeChangeHook {
  return ({ data, req }) => {
    if (roleOf(req.user) !== 'operator') return data
    const value = data[field] as unknown
    const id = typeof value === 'object' && value !== null ? (value as { id: number | string }).id : value
    const own = assignedNeighbourhoodIds(req.user).map(String)
    if (id === undefined || id === null || !own.includes(String(id))) {
      throw new APIError('Puoi lavorare solo sui tuoi quartieri. / You can only work on your own neighbourhoods.', 403, { reason: 'not-your-neighbourhood' }, true)
    }
    return data
  }
}
