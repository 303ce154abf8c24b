import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/** Staff read everything; everyone else reads published documents only (as a query, so it holds for lists, drafts and relationships). */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'operator')) return true
  return { _status: { equals: 'published' } }
}
