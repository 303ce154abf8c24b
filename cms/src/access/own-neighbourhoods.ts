import type { Access } from 'payload'
import { assignedNeighbourhoodIds, hasRole } from './roles.ts'

/**
 * Editors and admins change any document; an operator only those whose `field`
 * (the document's own id for neighbourhoods, its neighbourhood elsewhere) is one of theirs.
 */
export function inOwnNeighbourhoods(field: string): Access {
  return ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!hasRole(req.user, 'operator')) return false
    const ids = assignedNeighbourhoodIds(req.user)
    if (ids.length === 0) return false
    return { [field]: { in: ids } }
  }
}
