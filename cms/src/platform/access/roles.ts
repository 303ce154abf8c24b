import type { PayloadRequest } from 'payload'

import { ROLES, type Role } from './matrix.ts'
import { idOf } from '@quartieri/shared/platform/ids'

type MaybeUser = PayloadRequest['user']

/** The signed-in staff member's role; null for anonymous readers. */
export function roleOf(user: MaybeUser): Role | null {
  if (user?.collection !== 'users') return null
  const role = (user as { role?: unknown }).role
  return ROLES.includes(role as Role) ? (role as Role) : null
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

/** IDs of the neighbourhoods an operator is assigned to; empty for everyone else. */
export function assignedNeighbourhoodIds(user: MaybeUser): Array<number | string> {
  if (roleOf(user) !== 'operator') return []
  const assigned = (user as { neighbourhoods?: unknown }).neighbourhoods
  if (!Array.isArray(assigned)) return []
  return assigned.map(idOf).filter((n): n is number | string => n !== undefined)
}
