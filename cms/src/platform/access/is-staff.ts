import type { FieldAccess } from 'payload'
import { hasRole } from './roles.ts'

/** Field rule: any signed-in staff member (admin, editor, operator) reads it; the public never does. */
export const isStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'operator')
