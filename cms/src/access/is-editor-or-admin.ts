import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/** Communications staff and administrators: create, publish and delete public content. */
export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
