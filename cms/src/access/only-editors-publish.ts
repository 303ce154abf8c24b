import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from './roles.ts'

/** Operators save drafts; publishing (or changing a published version in place) is for editors and admins. */
export const onlyEditorsPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !hasRole(req.user, 'admin', 'editor') && data._status === 'published') {
    throw new APIError(
      'Solo la redazione e gli amministratori possono pubblicare: salva come bozza. / Only editors and administrators can publish: save a draft.',
      403,
      undefined,
      true, // shown to the client as is: it tells the operator what to do
    )
  }
  return data
}
