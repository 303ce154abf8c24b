import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles.ts'

/** Any signed-in staff member (admin, editor, operator). */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'operator')

export const isStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'operator')
