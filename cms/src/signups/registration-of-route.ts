import type { PayloadRequest } from 'payload'
import type { Registration } from '../payload-types.ts'
import { mayOnDocument } from '../platform/access/apply-access-matrix.ts'
import type { Operation } from '../platform/access/matrix.ts'
import { isDocumentId } from '../platform/http/document-ids.ts'

/**
 * The sign-up a staff endpoint's address names (`/api/registrations/:id/…`), once the access matrix lets the staff
 * member do `operation` on it; otherwise why not: not signed in, no such sign-up, or not theirs to act on.
 */
export async function registrationOfRoute(req: PayloadRequest, operation: Operation): Promise<Registration | 'signed-out' | 'not-found' | 'forbidden'> {
  if (!req.user) return 'signed-out'
  const id = String(req.routeParams?.id ?? '')
  if (!isDocumentId(req.payload, 'registrations', id)) return 'not-found'
  const registration = (await req.payload.find({ collection: 'registrations', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: true })).docs[0] as
    | Registration
    | undefined
  if (!registration) return 'not-found'
  return mayOnDocument('registrations', operation, req.user, registration as unknown as Record<string, unknown>) ? registration : 'forbidden'
}
