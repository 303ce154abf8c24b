import type { FieldAccess } from 'payload'
import { hasRole } from './roles.ts'

/** Field rule: only administrators set it (roles, assigned neighbourhoods). */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
