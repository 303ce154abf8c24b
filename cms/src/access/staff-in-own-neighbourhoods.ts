import type { Access } from 'payload'
import { inOwnNeighbourhoods } from './own-neighbourhoods.ts'
import { hasRole } from './roles.ts'

/** Staff-only data (sign-ups): editors and admins see all, operators their neighbourhoods', nobody else anything. */
export function staffInOwnNeighbourhoods(field: string): Access {
  const scoped = inOwnNeighbourhoods(field)
  return (args) => (hasRole(args.req.user, 'admin', 'editor', 'operator') ? scoped(args) : false)
}
